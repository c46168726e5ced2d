import { defineCheck } from '../../src/core/define-check.js';
import { adminRange } from '../../src/core/tenant-settings.js';
import { adminUsers, type AdminUser } from '../../src/rules/gws/admins.js';
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
    'One super admin is a single point of failure (lockout when they leave); many super admins are many high-value targets. SCuBA accepts 2 to 8, CIS 2 to 4; the strict profile takes 2 to 4. Break-glass accounts named in the config are left out of GWS.COMMONCONTROLS.6.2v1\'s count, as its note says ("The total number of super admin accounts does not include break-glass super admin accounts") and ScubaGoggles\' Rego does; CIS 1.1.1/1.1.2 name no exception, so their count includes every active super admin, break-glass accounts too. A configured range decides the check\'s own status on the count without break-glass accounts.',
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
    const isBreakGlass = (a: AdminUser) => breakGlass.has(a.user.primaryEmail.toLowerCase()) || breakGlass.has(a.user.id);
    const allSupers = adminUsers(users, adminRoles).filter((a) => a.superAdmin && !a.user.suspended && !a.user.archived);
    const withoutBreakGlass = allSupers.filter((a) => !isBreakGlass(a));
    const within = (supers: AdminUser[], min: number, max: number, label: string, besides: boolean): Verdict => {
      const count = supers.length;
      const counted = `super admin${count === 1 ? '' : 's'}${besides ? ' besides break-glass accounts' : ''}`;
      const evidence: Evidence[] = supers.map((a) => ({ kind: 'user' as const, name: a.user.primaryEmail, id: a.user.id, detail: isBreakGlass(a) ? 'super admin, configured as break-glass' : 'super admin' }));
      if (count >= min && count <= max) return { status: 'pass', summary: `${count} ${counted}, within ${label}.`, evidence };
      return {
        status: 'fail',
        summary: `${count} ${counted}, outside ${label}.`,
        evidence: evidence.length ? evidence : [{ kind: 'role', name: 'Super Admin', detail: `no active super admin${besides ? ' besides break-glass accounts' : ''}` }],
      };
    };
    // Each control by its own text: GWS.COMMONCONTROLS.6.2v1 two to eight, its note leaving break-glass accounts
    // out of the total (ScubaGoggles' Rego drops the configured ones before counting); CIS 1.1.1 more than one and
    // CIS 1.1.2 at most four, naming no exception, so every active super admin counts there.
    const besides = breakGlass.size > 0;
    const verdict = verdictPerControl(
      {
        'GWS.COMMONCONTROLS.6.2v1': within(withoutBreakGlass, 2, 8, '2–8 (GWS.COMMONCONTROLS.6.2)', besides),
        '1.1.1': within(allSupers, 2, Infinity, 'at least 2 (CIS 1.1.1)', false),
        '1.1.2': within(allSupers, 0, 4, 'at most 4 (CIS 1.1.2)', false),
      },
      ctx.settings.profile,
    );
    if (!ctx.settings.globalAdminRange) return verdict;
    // A range the tenant configured decides the check's own status, on the count without its break-glass accounts; its controls keep their verdicts.
    const { min, max } = adminRange(ctx.settings);
    return { ...within(withoutBreakGlass, min, max, `${min}–${max} (configured)`, besides), controls: verdict.controls };
  },
});
