import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { judgeSetting } from '../../src/rules/gws/setting-verdict.js';

export default defineCheck({
  id: 'gws-share-gmail-outbound-gateway-off',
  provider: 'gws',
  area: 'external-sharing',
  severity: 'medium',
  title: 'Users cannot send Gmail through their own outbound SMTP servers',
  owner: 'Super Admin',
  rationale:
    'A per-user outbound gateway sends mail from the organisation’s addresses through servers it does not run, outside its DLP, logging and SPF/DKIM; it also hides exfiltration. The Admin console leaves it off until an admin allows it.',
  remediation:
    'Admin console > Apps > Google Workspace > Gmail > End user access > Allow per-user outbound gateways: untick "Allow users to send mail through an external SMTP server when configuring a \'from\' address hosted outside your email domains"; set every listed OU and group to Inherit.',
  references: {
    scuba: ['GWS.GMAIL.12.1v1'],
    cis: ['3.1.3.5.3'],
    docs: ['https://support.google.com/a/answer/176054', 'https://cloud.google.com/identity/docs/concepts/supported-policy-api-settings'],
  },
  reads: ['policies'],
  evaluate({ policies }) {
    return judgeSetting(policies, {
      spec: SETTINGS.gmailOutboundGateway,
      fields: ['allowUsersToUseExternalSmtpServers'],
      weak: (v) => (v.allowUsersToUseExternalSmtpServers === true ? 'per-user outbound gateways allowed' : null),
      passSummary: 'Per-user outbound gateways are off',
      failWhat: 'allow per-user outbound gateways',
    });
  },
});
