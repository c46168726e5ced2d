import { expect } from 'vitest';
import check from '../../../checks/gws/gws-share-gmail-auto-forwarding-off.js';
import { checkTable } from '../../support/check-table.js';
import { addPolicy, compliantTenant, GROUP, OU, removeSetting } from './compliant-tenant.js';
import { goodValue, overlayRoot } from './policy-patches.js';

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes on the compliant tenant', expect: 'pass' },
  { name: 'fails when the top OU is weak, and names every inheriting OU', patch: (t) => overlayRoot(t, "gmail.auto_forwarding", {"enableAutoForwarding":true}), expect: 'fail', evidence: ['/', '/Engineering', '/Engineering/Contractors', '/Sales'] },
  { name: 'fails for a sub-OU that weakens the setting under a compliant top OU', patch: (t) => addPolicy(t, "gmail.auto_forwarding", {"enableAutoForwarding":true}, { ou: OU.engineering }), expect: 'fail', evidence: ['/Engineering', '/Engineering/Contractors'], notEvidence: ['/', '/Sales'] },
  { name: 'fails for a group override that weakens the setting', patch: (t) => addPolicy(t, "gmail.auto_forwarding", {"enableAutoForwarding":true}, { group: GROUP.finance }), expect: 'fail', evidence: ['group finance@example.org'], notEvidence: ['/'] },
  { name: 'a compliant child OU under a weak parent passes while the parent fails', patch: (t) => { addPolicy(t, "gmail.auto_forwarding", {"enableAutoForwarding":true}, { ou: OU.engineering }); addPolicy(t, "gmail.auto_forwarding", goodValue(t, "gmail.auto_forwarding"), { ou: OU.contractors }); }, expect: 'fail', evidence: ['/Engineering'], notEvidence: ['/Engineering/Contractors'] },
  { name: 'ignores a policy that names a deleted OU', patch: (t) => addPolicy(t, "gmail.auto_forwarding", {"enableAutoForwarding":true}, { ou: 'deleted0000000' }), expect: 'pass' },
  { name: 'uses Google\'s default when the setting is set nowhere', patch: (t) => removeSetting(t, "gmail.auto_forwarding"), expect: 'fail', evidence: ['/'] },
  { name: 'skips an OU where the service is turned off', patch: (t) => { addPolicy(t, "gmail.auto_forwarding", {"enableAutoForwarding":true}, { ou: OU.sales }); addPolicy(t, "gmail.service_status", { serviceState: 'DISABLED' }, { ou: OU.sales }); }, expect: 'pass' },
  { name: 'cites auto-forwarding (GWS.GMAIL.11.1, CIS 3.1.3.5.2), not POP/IMAP (GWS.GMAIL.9.1, CIS 3.1.3.5.1)', patch: () => { expect(check.meta.references.scuba).toEqual(['GWS.GMAIL.11.1v1']); expect(check.meta.references.cis).toEqual(['3.1.3.5.2']); }, expect: 'pass' },
  { name: 'is not assessed when the Policy API cannot be read', unreadable: { policies: { code: 'permission', message: 'Request had insufficient authentication scopes.', permission: 'https://www.googleapis.com/auth/cloud-identity.policies.readonly' } }, expect: 'not_assessed', summary: /cloud-identity.policies.readonly/ },
]);
