import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'm365-ca-risky-user-admin-notification',
  provider: 'm365',
  area: 'conditional-access',
  severity: 'low',
  title: 'Administrators are e-mailed when Entra ID Protection detects a high-risk user',
  owner: 'Security Administrator',
  rationale:
    'A blocked high-risk user is only half the answer: someone has to investigate the account and reset it. The "Users at risk detected" alert tells the security team at once instead of when the user complains.',
  remediation:
    'Entra admin center > Protection > Identity Protection > Notify > Users at risk detected alerts: pick "High" as the alert level and add the security team\'s recipients.',
  references: {
    scuba: ['MS.AAD.2.2v1'],
    docs: ['https://learn.microsoft.com/entra/id-protection/howto-identity-protection-configure-notifications'],
  },
  reads: [],
  unreadable:
    'not readable through Microsoft Graph: the Identity Protection "Users at risk detected" alert settings have no documented Graph resource (ScubaGear also reports MS.AAD.2.2 as not checked). Check it in the Entra admin center under Protection > Identity Protection > Notify.',
});
