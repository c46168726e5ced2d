import { defineCheck } from '../../src/core/define-check.js';
import type { Evidence } from '../../src/core/model.js';

export default defineCheck({
  id: 'sf-ext-guest-no-business-access',
  provider: 'salesforce',
  area: 'external-sharing',
  severity: 'critical',
  title: 'Guest users reach no business object and no custom Apex class',
  owner: 'Salesforce System Administrator',
  rationale:
    'Unauthenticated guests are anyone on the internet. Any object permission, read included, or any Apex class they can invoke is a public API onto org data that needs no account to enumerate.',
  remediation:
    'For each guest profile and each permission set assigned to guest users: clear every object permission that the login, registration and password-reset flows do not need, and remove access to custom Apex classes. Where public data must be shown, serve it through a class that returns a fixed allow-list of records and takes no parameters.',
  references: {
    other: { SBS: ['SBS-CPORTAL-002'] },
    docs: [
      'https://github.com/scottbcovert/salesforce-security-benchmark-docs-site/blob/main/benchmark/customer-portals.md',
      'https://help.salesforce.com/s/articleView?id=xcloud.shr_guest_user_access.htm',
      'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_setupentityaccess.htm',
    ],
  },
  reads: ['guestAccess', 'guestCodeAccess'],
  evaluate({ guestAccess, guestCodeAccess }) {
    const objects = guestAccess.objectPermissions.flatMap((o): Evidence[] => {
      const rights = [o.read && 'read', o.create && 'create', o.edit && 'edit', o.delete && 'delete', o.viewAll && 'View All', o.modifyAll && 'Modify All'].filter(Boolean);
      if (!rights.length) return [];
      const via = o.permissionSet ? `permission set ${o.permissionSet}` : `profile ${o.profileName}`;
      return [{ kind: o.permissionSet ? 'permission-set' : 'profile', name: `${o.permissionSet ?? o.profileName}: ${o.object}`, detail: `${rights.join(', ')} (${via})` }];
    });
    // Visualforce pages are how a Salesforce Site shows its login and registration pages, so they are listed, not failed.
    const classes = guestCodeAccess.filter((c) => c.kind === 'ApexClass');
    const pages = guestCodeAccess.length - classes.length;
    const code: Evidence[] = classes.map((c) => ({
      kind: 'app',
      name: `Apex class ${c.namespacePrefix ? `${c.namespacePrefix}.` : ''}${c.name ?? c.id}`,
      id: c.id,
      detail: `guests can invoke it (${c.grantedBy})`,
    }));
    const pageNote = `${pages} Visualforce page${pages === 1 ? '' : 's'} open to guests (not judged).`;
    if (objects.length === 0 && code.length === 0) return { status: 'pass', summary: `Guests hold no object permission and no Apex class access. ${pageNote}` };
    return {
      status: 'fail',
      summary: `Guests hold ${objects.length} object permission${objects.length === 1 ? '' : 's'} and can invoke ${code.length} Apex class${code.length === 1 ? '' : 'es'}. ${pageNote}`,
      evidence: [...objects, ...code],
    };
  },
});
