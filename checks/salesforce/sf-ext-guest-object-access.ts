import { defineCheck } from '../../src/core/define-check.js';
import type { ControlVerdict, Evidence } from '../../src/core/model.js';

const EDIT_COUNT = 'Number of objects to which guest user profiles have Edit access';

export default defineCheck({
  id: 'sf-ext-guest-object-access',
  provider: 'salesforce',
  area: 'external-sharing',
  severity: 'critical',
  title: 'Guest users can only read objects: no create, edit, delete, View All or Modify All',
  owner: 'Salesforce System Administrator',
  rationale:
    'Unauthenticated guest users of Experience Cloud sites and Salesforce Sites reach the org through their guest profile. Write or View All access lets anyone on the internet change or harvest records, as the 2026 guest-user data-theft campaigns showed.',
  remediation:
    'Setup > Sites/Digital Experiences > (site) > Guest User Profile > Object Settings: clear Create, Edit, Delete, View All and Modify All on every object; keep Read only where the public site needs it. Do the same on each listed permission set assigned to guest users, or remove the assignment.',
  references: {
    // SBS-CPORTAL-002 forbids guests any object access, read included: sf-ext-guest-no-business-access judges it.
    other: { 'Salesforce Health Check': [EDIT_COUNT] },
    docs: ['https://help.salesforce.com/s/articleView?id=xcloud.shr_guest_user_access.htm'],
  },
  reads: ['guestAccess'],
  evaluate({ guestAccess }) {
    const evidence = guestAccess.objectPermissions.flatMap((o): Evidence[] => {
      const rights = [o.create && 'create', o.edit && 'edit', o.delete && 'delete', o.viewAll && 'View All', o.modifyAll && 'Modify All'].filter(Boolean);
      if (!rights.length) return [];
      return o.permissionSet
        ? [{ kind: 'permission-set', name: `${o.permissionSet}: ${o.object}`, detail: `${rights.join(', ')} (permission set assigned to guest users)` }]
        : [{ kind: 'profile', name: `${o.profileName}: ${o.object}`, detail: rights.join(', ') }];
    });
    // Health Check counts Edit on the guest profiles themselves; permission sets are this check's own addition.
    const profileEdits = guestAccess.objectPermissions.filter((o) => !o.permissionSet && o.edit).map((o) => `${o.profileName}: ${o.object}`);
    const editCount: ControlVerdict = profileEdits.length
      ? { status: 'fail', summary: `Guest profiles have Edit access to ${profileEdits.length} object${profileEdits.length === 1 ? '' : 's'}: ${profileEdits.join(', ')}.` }
      : { status: 'pass', summary: 'Guest profiles have Edit access to no object.' };
    const controls = { [EDIT_COUNT]: editCount };
    if (evidence.length === 0) {
      return {
        status: 'pass',
        summary: `${guestAccess.guestProfiles.length} guest profile${guestAccess.guestProfiles.length === 1 ? '' : 's'} and ${guestAccess.guestPermissionSets.length} permission set${guestAccess.guestPermissionSets.length === 1 ? '' : 's'} assigned to guest users grant read-only object access at most.`,
        controls,
      };
    }
    return { status: 'fail', summary: `Guest users hold write or View All access on ${evidence.length} object${evidence.length === 1 ? '' : 's'}.`, evidence, controls };
  },
});
