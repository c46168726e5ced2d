import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'm365-auth-migration-complete',
  provider: 'm365',
  area: 'mfa',
  severity: 'low',
  title: 'Authentication methods are managed only by the authentication methods policy',
  owner: 'Authentication Policy Administrator',
  rationale:
    'Until the migration is marked complete, the legacy per-user MFA and SSPR method settings still apply alongside the authentication methods policy, so a method disabled in one place can remain usable through the other.',
  remediation:
    'Entra admin center > Protection > Authentication methods > Policies > Manage migration: move the methods from the legacy MFA and SSPR policies into the authentication methods policy, then select Migration Complete.',
  references: {
    scuba: ['MS.AAD.3.4v1'],
    docs: ['https://learn.microsoft.com/entra/identity/authentication/how-to-authentication-methods-manage'],
  },
  reads: ['authenticationMethodsPolicy'],
  evaluate({ authenticationMethodsPolicy }) {
    const state = authenticationMethodsPolicy.policyMigrationState;
    if (state === 'migrationComplete') {
      return { status: 'pass', summary: 'The authentication methods policy migration is complete.' };
    }
    // Graph leaves the state null in tenants created after the legacy policies were retired: there is nothing to migrate (SCuBA's Rego passes it too).
    if (state === null) {
      return { status: 'pass', summary: 'The tenant has no legacy MFA and SSPR method policies (policyMigrationState is null), so the authentication methods policy alone applies.' };
    }
    return {
      status: 'fail',
      summary: `The authentication methods policy migration state is ${state}, so legacy MFA and SSPR settings still apply.`,
      evidence: [{ kind: 'setting', name: 'Authentication methods policy migration', detail: `policyMigrationState is ${state}` }],
    };
  },
});
