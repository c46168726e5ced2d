import { defineCheck } from '../../src/core/define-check.js';
import { HIGH_RISK_PERMISSIONS, holdersOf, userEvidence } from '../../src/rules/salesforce/privilege.js';
import { daysSince } from '../../src/rules/salesforce/settings.js';

export default defineCheck({
  id: 'sf-priv-dormant-users',
  provider: 'salesforce',
  area: 'privileged-access',
  severity: 'medium',
  title: 'No privileged user has gone without logging in beyond the dormancy limit',
  owner: 'Salesforce User Administrator',
  rationale: 'A privileged account nobody uses is rarely watched: its password and tokens can be abused for a long time before anyone notices.',
  remediation: 'Freeze or deactivate the listed users, or remove their privileged permissions; integration users should authenticate with OAuth and show recent activity.',
  references: {
    other: { SBS: ['SBS-ACS-004'] },
    docs: ['https://help.salesforce.com/s/articleView?id=sf.users_freeze.htm'],
  },
  reads: ['users', 'permissionSets', 'permissionSetAssignments'],
  evaluate(input, ctx) {
    const limit = ctx.settings.dormantDays;
    const privileged = holdersOf(HIGH_RISK_PERMISSIONS, input);
    const dormant = privileged.filter((h) => daysSince(h.user.lastLoginDate, ctx.now) > limit && daysSince(h.user.createdDate, ctx.now) > limit);
    if (dormant.length === 0) return { status: 'pass', summary: `All ${privileged.length} privileged users logged in within ${limit} days.` };
    return {
      status: 'fail',
      summary: `${dormant.length} of ${privileged.length} privileged users have not logged in for more than ${limit} days.`,
      evidence: dormant.map((h) => userEvidence(h, `last login ${h.user.lastLoginDate ?? 'never'}; privileged via ${h.via.join('; ')}`)),
    };
  },
});
