import { defineCheck } from '../../src/core/define-check.js';
import { adminRange } from '../../src/core/tenant-settings.js';
import { adminUsers } from '../../src/rules/gws/admins.js';
import { verdictPerControl } from '../../src/rules/gws/setting-verdict.js';
import type { Evidence, Verdict } from '../../src/core/model.js';

export default defineCheck({
  id: 'gws-priv-super-admin-count',
  provider: 'gws',
  area: 'privileged-access',
  severity: 'high',
  title: 'The number of super admins is within the accepted range',
  owner: 'Super Admin',
  rationale:
    'One super admin is a single point of failure (lockout when they leave); many super admins are many high-value targets. SCuBA accepts 2 to 8, CIS 2 to 4; the strict profile takes 2 to 4. Break-glass accounts named in the config are not counted under any profile: GWS.COMMONCONTROLS.6.2v1 says so itself ("The total number of super admin accounts does not include break-glass super admin accounts") and ScubaGoggles\' Rego removes the configured break_glass_accounts before counting; CIS 1.1.1/1.1.2 count the accounts the console lists and name no exception, so list break-glass accounts only where you accept that reading.',
  remediation:
    'Admin console > Account > Admin roles > Super Admin > Admins: unassign the role from users who need less (give them a delegated role) or add a second super admin; keep break-glass accounts listed in the config’s breakGlassAccounts.',
  references: {
    scuba: ['GWS.COMMONCONTROLS.6.2v1'],
    cis: ['1.1.1', '1.1.2'],
    docs: ['https://support.google.com/a/answer/9011373'],
  },
  reads: ['users', 'adminRoles'],
  evaluate({ users, adminRoles }, ctx) {
    const breakGlass = new Set(ctx.settings.breakGlassAccounts.map((a) => a.toLowerCase()));
    const supers = adminUsers(users, adminRoles).filter(
      (a) => a.superAdmin && !a.user.suspended && !a.user.archived && !breakGlass.has(a.user.primaryEmail.toLowerCase()) && !breakGlass.has(a.user.id),
    );
    const evidence: Evidence[] = supers.map((a) => ({ kind: 'user' as const, name: a.user.primaryEmail, id: a.user.id, detail: 'super admin' }));
    const count = supers.length;
    const within = (min: number, max: number, label: string): Verdict => {
      if (count >= min && count <= max) return { status: 'pass', summary: `${count} super admins, within ${label}.`, evidence };
      return {
        status: 'fail',
        summary: `${count} super admin${count === 1 ? '' : 's'}, outside ${label}.`,
        evidence: evidence.length ? evidence : [{ kind: 'role', name: 'Super Admin', detail: 'no active super admin outside break-glass accounts' }],
      };
    };
    // Each control by its own numbers: SCuBA 6.2 two to eight, CIS 1.1.1 more than one, CIS 1.1.2 at most four.
    const verdict = verdictPerControl(
      { 'GWS.COMMONCONTROLS.6.2v1': within(2, 8, '2–8 (GWS.COMMONCONTROLS.6.2)'), '1.1.1': within(2, Infinity, 'at least 2 (CIS 1.1.1)'), '1.1.2': within(0, 4, 'at most 4 (CIS 1.1.2)') },
      ctx.settings.profile,
    );
    if (!ctx.settings.globalAdminRange) return verdict;
    // A range the tenant configured decides the check's own status; its controls keep their verdicts.
    const { min, max } = adminRange(ctx.settings);
    return { ...within(min, max, `${min}–${max} (configured)`), controls: verdict.controls };
  },
});
