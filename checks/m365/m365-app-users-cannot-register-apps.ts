import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'm365-app-users-cannot-register-apps',
  provider: 'm365',
  area: 'oauth-grants',
  severity: 'medium',
  title: 'Only administrators can register applications',
  owner: 'Privileged Role Administrator',
  rationale:
    'Any user who can register an app can give it credentials and request permissions, creating an identity that is not subject to MFA and that attackers use for persistence. Restricting registration to administrators (or the Application Developer role) keeps app identities reviewed.',
  remediation:
    'Entra admin center > Identity > Users > User settings: set "Users can register applications" to No and save. Give the Application Developer role to the people who need to register apps.',
  references: {
    scuba: ['MS.AAD.5.1v1'],
    cis: ['5.1.2.2'],
    docs: ['https://learn.microsoft.com/entra/identity/role-based-access-control/delegate-app-roles#restrict-who-can-create-applications'],
  },
  reads: ['authorizationPolicy'],
  evaluate({ authorizationPolicy }) {
    if (authorizationPolicy.defaultUserRolePermissions.allowedToCreateApps === false) {
      return { status: 'pass', summary: 'Users without an admin role cannot register applications.' };
    }
    return {
      status: 'fail',
      summary: 'Every user can register applications.',
      evidence: [{ kind: 'setting', name: 'Users can register applications', detail: 'allowedToCreateApps is true' }],
    };
  },
});
