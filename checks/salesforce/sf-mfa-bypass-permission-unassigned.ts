import { defineCheck } from '../../src/core/define-check.js';
import { holdersOf, userEvidence } from '../../src/rules/salesforce/privilege.js';

export default defineCheck({
  id: 'sf-mfa-bypass-permission-unassigned',
  provider: 'salesforce',
  area: 'mfa',
  severity: 'high',
  title: 'No active user can bypass MFA for UI logins',
  owner: 'Salesforce System Administrator',
  rationale:
    'The "Waive Multi-Factor Authentication for Exempt Users" permission (BypassMFAForUiLogins) lets its holders sign in with a password alone. Salesforce is retiring it; any remaining holder is a password-only path into the org.',
  remediation:
    'Remove "Waive Multi-Factor Authentication for Exempt Users" from every profile, permission set and permission set group that grants it to people. Keep exemptions only for documented automated test accounts.',
  references: {
    other: { 'Salesforce MFA requirement': ['MFA for direct logins to Salesforce products'] },
    docs: ['https://help.salesforce.com/s/articleView?id=000396727&type=1', 'https://help.salesforce.com/s/articleView?id=sf.mfa_exclude_users.htm'],
  },
  reads: ['users', 'permissionSets', 'permissionSetAssignments'],
  evaluate(input) {
    if (input.permissionSets.unavailablePermissions.includes('BypassMFAForUiLogins')) {
      return { status: 'pass', summary: 'This org no longer exposes the MFA waiver permission (BypassMFAForUiLogins), so nobody can hold it.' };
    }
    const holders = holdersOf(['BypassMFAForUiLogins'], input);
    if (holders.length === 0) return { status: 'pass', summary: 'No active user holds the MFA waiver permission.' };
    return {
      status: 'fail',
      summary: `${holders.length} active user${holders.length === 1 ? '' : 's'} can sign in without MFA.`,
      evidence: holders.map((h) => userEvidence(h)),
    };
  },
});
