import { defineCheck } from '../../src/core/define-check.js';
import { HIGH_RISK_PERMISSIONS, holdersOf, userEvidence } from '../../src/rules/salesforce/privilege.js';

export default defineCheck({
  id: 'sf-mfa-privileged-api-logins',
  provider: 'salesforce',
  area: 'mfa',
  severity: 'medium',
  title: 'Privileged users need MFA for API logins too',
  owner: 'Salesforce System Administrator',
  rationale:
    'UI MFA does not cover API logins: a privileged user whose password leaks can still use the API (Data Loader, the CLI) without a second factor unless "Multi-Factor Authentication for API Logins" is granted to them.',
  remediation:
    'Grant the "Multi-Factor Authentication for API Logins" permission (TwoFactorApi) to every user with Modify All Data, View All Data, Author Apex, Customize Application or Manage Users, through a permission set or group, and have them use OAuth-based tools.',
  references: {
    other: { SBS: ['SBS-ACS-004'] },
    docs: ['https://help.salesforce.com/s/articleView?id=sf.security_require_two-factor_authentication.htm'],
  },
  reads: ['users', 'permissionSets', 'permissionSetAssignments'],
  evaluate(input) {
    if (input.permissionSets.unavailablePermissions.includes('TwoFactorApi')) {
      return { status: 'not_assessed', summary: 'This org does not expose the TwoFactorApi permission, so API MFA coverage cannot be read.' };
    }
    const withApiMfa = new Set(holdersOf(['TwoFactorApi'], input).map((h) => h.user.id));
    const missing = holdersOf(HIGH_RISK_PERMISSIONS, input).filter((h) => !withApiMfa.has(h.user.id));
    if (missing.length === 0) return { status: 'pass', summary: 'Every privileged user must use MFA for API logins.' };
    return {
      status: 'fail',
      summary: `${missing.length} privileged user${missing.length === 1 ? '' : 's'} can log in to the API without MFA.`,
      evidence: missing.map((h) => userEvidence(h, `no MFA for API logins; privileged via ${h.via.join('; ')}`)),
    };
  },
});
