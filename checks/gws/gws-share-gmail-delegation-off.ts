import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { judgeSetting } from '../../src/rules/gws/setting-verdict.js';

export default defineCheck({
  id: 'gws-share-gmail-delegation-off',
  provider: 'gws',
  area: 'external-sharing',
  severity: 'medium',
  title: "Users cannot delegate access to their mailbox",
  owner: 'Super Admin',
  rationale:
    "A mail delegate reads and sends as the user without any sign-in of their own being logged against the mailbox; an attacker with one account can add themselves as delegate elsewhere.",
  remediation:
    "Admin console > Apps > Google Workspace > Gmail > User settings > Mail delegation: untick \"Let users delegate access to their mailbox\" for the top OU and set every listed OU and group to Inherit.",
  references: {
    scuba: ["GWS.GMAIL.1.1v1"],
    cis: ["3.1.3.1.1"],
    docs: ["https://support.google.com/a/answer/7223765"],
  },
  reads: ['policies'],
  evaluate({ policies }) {
    return judgeSetting(policies, {
      spec: SETTINGS.gmailDelegation,
      fields: ["enableMailDelegation"],
      weak: (v) => (v.enableMailDelegation === true ? 'mail delegation allowed' : null),
      passSummary: "Mail delegation is off",
      failWhat: "allow mail delegation",
    });
  },
});
