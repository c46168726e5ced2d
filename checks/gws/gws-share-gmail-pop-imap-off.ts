import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { allOf, judgeSetting } from '../../src/rules/gws/setting-verdict.js';

/** true → enabled; anything but an explicit false is not shown to be disabled (Google documents no default). */
function accessProblem(protocol: string, value: unknown): string | null {
  if (value === false) return null;
  if (value === true) return `${protocol} access enabled`;
  return `${protocol} access not shown as disabled (no policy returned, and Google documents no default)`;
}

export default defineCheck({
  id: 'gws-share-gmail-pop-imap-off',
  provider: 'gws',
  area: 'external-sharing',
  severity: 'high',
  title: 'POP and IMAP access to Gmail are turned off',
  owner: 'Super Admin',
  rationale:
    'POP and IMAP let legacy and third-party mail clients download a whole mailbox outside Gmail, where the organisation’s controls and logging do not follow the mail. SCuBA allows IMAP per OU or group only where a specific need (e.g. accessibility software) justifies it; record such an OU as a waiver.',
  remediation:
    'Admin console > Apps > Google Workspace > Gmail > End user access > POP and IMAP access: untick "Enable IMAP access for all users" and "Enable POP access for all users" for the top OU, and set every listed OU and group to Inherit (or waive an OU that needs IMAP, with its reason).',
  references: {
    scuba: ['GWS.GMAIL.9.1v1'],
    cis: ['3.1.3.5.1'],
    docs: ['https://support.google.com/a/answer/105694', 'https://cloud.google.com/identity/docs/concepts/supported-policy-api-settings'],
  },
  reads: ['policies'],
  evaluate({ policies }) {
    return allOf([
      judgeSetting(policies, {
        spec: SETTINGS.gmailImap,
        fields: ['enableImapAccess'],
        weak: (v) => accessProblem('IMAP', v.enableImapAccess),
        passSummary: 'IMAP access is off',
        failWhat: 'allow IMAP access',
      }),
      judgeSetting(policies, {
        spec: SETTINGS.gmailPop,
        fields: ['enablePopAccess'],
        weak: (v) => accessProblem('POP', v.enablePopAccess),
        passSummary: 'POP access is off',
        failWhat: 'allow POP access',
      }),
    ]);
  },
});
