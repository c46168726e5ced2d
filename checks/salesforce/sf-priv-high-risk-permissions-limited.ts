import { defineCheck } from '../../src/core/define-check.js';
import type { Evidence } from '../../src/core/model.js';
import { DEFAULT_PRIVILEGED_USER_CAP, HIGH_RISK_PERMISSIONS, holdersOf, userEvidence } from '../../src/rules/salesforce/privilege.js';

export default defineCheck({
  id: 'sf-priv-high-risk-permissions-limited',
  provider: 'salesforce',
  area: 'privileged-access',
  severity: 'high',
  title: 'Few, named users hold Modify All Data, View All Data, Author Apex, Customize Application or Manage Users',
  owner: 'Salesforce System Administrator',
  rationale:
    'These permissions bypass sharing, change security settings or run code in system mode. Each extra holder, whether through a profile, a permission set or a permission set group, is another account whose compromise exposes the whole org.',
  remediation:
    'Remove the permissions from users who do not administer the org; move administrators to a dedicated permission set (group) and list the intended holders in privilegedUserAllowList, with privilegedUserCap set to the number you accept.',
  references: {
    other: { SBS: ['SBS-ACS-004'] },
    docs: ['https://help.salesforce.com/s/articleView?id=sf.admin_userperms.htm'],
  },
  reads: ['users', 'permissionSets', 'permissionSetAssignments'],
  evaluate(input, ctx) {
    const cap = ctx.settings.privilegedUserCap ?? DEFAULT_PRIVILEGED_USER_CAP;
    const allowList = new Set(ctx.settings.privilegedUserAllowList.map((u) => u.toLowerCase()));
    const evidence: Evidence[] = [];
    const counts: string[] = [];
    for (const permission of HIGH_RISK_PERMISSIONS) {
      const holders = holdersOf([permission], input);
      counts.push(`${permission} ${holders.length}`);
      // Allow-listed users may hold the permission whatever the cap; the cap bounds everyone else.
      const counted = holders.filter((h) => !allowList.has(h.user.username.toLowerCase()));
      if (allowList.size) for (const h of counted) evidence.push(userEvidence(h, `holds ${permission} but is not on the allow-list; via ${h.via.join('; ')}`));
      if (counted.length > cap) {
        evidence.push({ kind: 'role', name: permission, detail: `${counted.length} holders${allowList.size ? ' outside the allow-list' : ''}, above the cap of ${cap}: ${counted.map((h) => h.user.username).join(', ')}` });
      }
    }
    if (evidence.length === 0) return { status: 'pass', summary: `Holders per permission (cap ${cap}): ${counts.join(', ')}.` };
    return { status: 'fail', summary: `High-risk permissions are spread too widely (cap ${cap}${allowList.size ? ', allow-list set' : ''}): ${counts.join(', ')}.`, evidence };
  },
});
