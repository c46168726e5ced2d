import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { judgeSetting } from '../../src/rules/gws/setting-verdict.js';

export default defineCheck({
  id: 'gws-dc-gmail-comprehensive-storage',
  provider: 'gws',
  area: 'data-classification',
  severity: 'low',
  title: 'Comprehensive mail storage keeps a copy of mail sent from other Google services in Gmail',
  owner: 'Super Admin',
  rationale:
    'Mail sent by Calendar, Docs and other services is kept in the sender’s mailbox only with comprehensive storage on, so Vault retention, eDiscovery and investigations see it. Google documents no default, so a target whose policies never show it on is not shown to be compliant.',
  remediation:
    'Admin console > Apps > Google Workspace > Gmail > Compliance > Comprehensive mail storage: tick "Ensure that a copy of all sent and received mail is stored in associated users\' mailboxes"; set every listed OU and group to Inherit.',
  references: {
    scuba: ['GWS.GMAIL.17.1v1'],
    cis: ['3.1.3.7.1'],
    docs: ['https://support.google.com/a/answer/3547347', 'https://cloud.google.com/identity/docs/concepts/supported-policy-api-settings'],
  },
  reads: ['policies'],
  evaluate({ policies }) {
    return judgeSetting(policies, {
      spec: SETTINGS.gmailComprehensiveStorage,
      fields: ['enabled'],
      weak: (v) => (v.enabled === true ? null : v.enabled === false ? 'comprehensive mail storage is off' : 'comprehensive mail storage not shown as on (no policy returned)'),
      passSummary: 'Comprehensive mail storage is on',
      failWhat: 'do not store all mail comprehensively',
    });
  },
});
