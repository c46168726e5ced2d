import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'gws-mfa-users-enrolled',
  provider: 'gws',
  area: 'mfa',
  severity: 'high',
  title: 'Every active user is enrolled in 2-Step Verification',
  owner: 'User Management Admin',
  rationale:
    'Enforcement only bites at the next sign-in after the enrolment period; an active account that has not enrolled still signs in with its password alone, for example through an enrolment exception or a long grace period.',
  remediation:
    'Admin console > Reporting > User reports > Security: filter on 2-Step Verification enrolment = Not enrolled, contact each listed user (or suspend unused accounts), and check why enforcement has not reached them.',
  references: {
    cis: ['4.1.1.3'],
    docs: ['https://support.google.com/a/answer/9176657', 'https://developers.google.com/workspace/admin/directory/reference/rest/v1/users'],
  },
  reads: ['users'],
  evaluate({ users }) {
    const active = users.filter((u) => !u.suspended && !u.archived);
    const missing = active.filter((u) => !u.isEnrolledIn2Sv);
    if (active.length === 0) return { status: 'not_applicable', summary: 'The tenant has no active users.' };
    if (missing.length === 0) return { status: 'pass', summary: `All ${active.length} active users are enrolled in 2-Step Verification.` };
    return {
      status: 'fail',
      summary: `${missing.length} of ${active.length} active users are not enrolled in 2-Step Verification.`,
      evidence: missing.map((u) => ({
        kind: 'user' as const,
        name: u.primaryEmail,
        id: u.id,
        detail: `not enrolled${u.isEnforcedIn2Sv ? ' (enforced)' : ', not enforced'}; OU ${u.orgUnitPath}`,
      })),
    };
  },
});
