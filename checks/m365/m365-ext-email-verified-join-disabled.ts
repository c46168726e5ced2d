import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'm365-ext-email-verified-join-disabled',
  provider: 'm365',
  area: 'external-sharing',
  severity: 'medium',
  title: 'People cannot join the tenant by verifying an e-mail address',
  owner: 'Global Administrator',
  rationale:
    'Email-verified self-service sign-up lets anyone with a mailbox on one of the tenant\'s domains create an unmanaged member account, without an administrator or the HR joiner process. Such accounts escape licensing, lifecycle and access reviews.',
  remediation:
    'Turn off email-verified sign-up with Microsoft Graph: PATCH https://graph.microsoft.com/v1.0/policies/authorizationPolicy with {"allowEmailVerifiedUsersToJoinOrganization": false} (Update-MgPolicyAuthorizationPolicy -AllowEmailVerifiedUsersToJoinOrganization:$false).',
  references: {
    docs: [
      'https://learn.microsoft.com/entra/identity/users/directory-self-service-signup',
      'https://learn.microsoft.com/graph/api/resources/authorizationpolicy',
    ],
  },
  reads: ['authorizationPolicy'],
  evaluate({ authorizationPolicy }) {
    if (!authorizationPolicy.allowEmailVerifiedUsersToJoinOrganization) {
      return { status: 'pass', summary: 'Email-verified users cannot join the organisation on their own.' };
    }
    return {
      status: 'fail',
      summary: 'Anyone who can verify an e-mail address on a tenant domain can join the organisation.',
      evidence: [{ kind: 'setting', name: 'allowEmailVerifiedUsersToJoinOrganization', detail: 'true' }],
    };
  },
});
