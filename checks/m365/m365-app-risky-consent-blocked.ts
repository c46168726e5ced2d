import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'm365-app-risky-consent-blocked',
  provider: 'm365',
  area: 'oauth-grants',
  severity: 'high',
  title: 'Users cannot consent to applications Microsoft flags as risky',
  owner: 'Privileged Role Administrator',
  rationale:
    'Microsoft detects consent requests that look malicious and, by default, sends them to the admin consent workflow instead of letting the user approve them. Turning that off lets users grant access to apps that Microsoft has already judged risky.',
  remediation:
    'Reset the setting with Microsoft Graph: PATCH https://graph.microsoft.com/v1.0/policies/authorizationPolicy with {"allowUserConsentForRiskyApps": false} (or Update-MgPolicyAuthorizationPolicy -AllowUserConsentForRiskyApps:$false).',
  references: {
    docs: [
      'https://learn.microsoft.com/entra/identity/enterprise-apps/configure-risk-based-step-up-consent',
      'https://learn.microsoft.com/graph/api/resources/authorizationpolicy',
    ],
  },
  reads: ['authorizationPolicy'],
  evaluate({ authorizationPolicy }) {
    if (authorizationPolicy.allowUserConsentForRiskyApps === true) {
      return {
        status: 'fail',
        summary: 'Users can consent to applications that Microsoft has flagged as risky.',
        evidence: [{ kind: 'setting', name: 'allowUserConsentForRiskyApps', detail: 'true: risk-based step-up consent is off' }],
      };
    }
    return {
      status: 'pass',
      summary:
        authorizationPolicy.allowUserConsentForRiskyApps === null
          ? 'Risk-based step-up consent is at its default: risky consent requests go to an administrator.'
          : 'Risky consent requests go to an administrator instead of the user.',
    };
  },
});
