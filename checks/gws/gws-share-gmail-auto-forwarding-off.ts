import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { judgeSetting } from '../../src/rules/gws/setting-verdict.js';

export default defineCheck({
  id: 'gws-share-gmail-auto-forwarding-off',
  provider: 'gws',
  area: 'external-sharing',
  severity: 'high',
  title: "Users cannot automatically forward their mail",
  owner: 'Super Admin',
  rationale:
    "Attackers who take over a mailbox set an auto-forwarding rule to keep reading mail after they lose access; it is also a quiet data-exfiltration channel. Google allows it by default.",
  remediation:
    "Admin console > Apps > Google Workspace > Gmail > End user access > Automatic forwarding: untick \"Allow users to automatically forward incoming email to another address\" for the top OU and set every listed OU and group to Inherit.",
  references: {
    scuba: ["GWS.GMAIL.11.1v1"],
    cis: ["3.1.3.5.2"],
    docs: ["https://support.google.com/a/answer/2491924"],
  },
  reads: ['policies'],
  evaluate({ policies }) {
    return judgeSetting(policies, {
      spec: SETTINGS.gmailAutoForwarding,
      fields: ["enableAutoForwarding"],
      weak: (v) => (v.enableAutoForwarding === false ? null : 'automatic forwarding allowed'),
      passSummary: "Automatic forwarding is off",
      failWhat: "allow automatic forwarding",
    });
  },
});
