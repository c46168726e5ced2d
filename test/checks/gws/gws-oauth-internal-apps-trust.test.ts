import check from '../../../checks/gws/gws-oauth-internal-apps-trust.js';
import { checkTable } from '../../support/check-table.js';
import { addPolicy, compliantTenant, GROUP, OU, removeSetting } from './compliant-tenant.js';
import { goodValue, overlayRoot } from './policy-patches.js';

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes on the compliant tenant', expect: 'pass' },
  { name: 'fails when the top OU is weak, and names every inheriting OU', patch: (t) => overlayRoot(t, "api_controls.internal_apps", {"trustInternalApps":true}), expect: 'fail', evidence: ['/', '/Engineering', '/Engineering/Contractors', '/Sales'] },
  { name: 'fails for a sub-OU that weakens the setting under a compliant top OU', patch: (t) => addPolicy(t, "api_controls.internal_apps", {"trustInternalApps":true}, { ou: OU.engineering }), expect: 'fail', evidence: ['/Engineering', '/Engineering/Contractors'], notEvidence: ['/', '/Sales'] },
  { name: 'fails for a group override that weakens the setting', patch: (t) => addPolicy(t, "api_controls.internal_apps", {"trustInternalApps":true}, { group: GROUP.finance }), expect: 'fail', evidence: ['group finance@example.org'], notEvidence: ['/'] },
  { name: 'a compliant child OU under a weak parent passes while the parent fails', patch: (t) => { addPolicy(t, "api_controls.internal_apps", {"trustInternalApps":true}, { ou: OU.engineering }); addPolicy(t, "api_controls.internal_apps", goodValue(t, "api_controls.internal_apps"), { ou: OU.contractors }); }, expect: 'fail', evidence: ['/Engineering'], notEvidence: ['/Engineering/Contractors'] },
  { name: 'ignores a policy that names a deleted OU', patch: (t) => addPolicy(t, "api_controls.internal_apps", {"trustInternalApps":true}, { ou: 'deleted0000000' }), expect: 'pass' },
  { name: 'uses Google\'s default when the setting is set nowhere', patch: (t) => removeSetting(t, "api_controls.internal_apps"), expect: 'pass' },
  { name: 'fails under the cis profile when internal apps are not trusted', settings: { profile: 'cis' }, expect: 'fail', evidence: ['/'] },
  { name: 'passes under the cis profile when internal apps are trusted', patch: (t) => overlayRoot(t, "api_controls.internal_apps", {"trustInternalApps":true}), settings: { profile: 'cis' }, expect: 'pass' },
  { name: 'untrusted internal apps: 10.3 passes and CIS 4.2.1.3 fails, each on its own; strict follows SCuBA', expect: 'pass', controls: { 'GWS.COMMONCONTROLS.10.3v1': 'pass', '4.2.1.3': 'fail' } },
  { name: 'trusted internal apps: 10.3 fails and CIS 4.2.1.3 passes', patch: (t) => overlayRoot(t, 'api_controls.internal_apps', { trustInternalApps: true }), expect: 'fail', controls: { 'GWS.COMMONCONTROLS.10.3v1': 'fail', '4.2.1.3': 'pass' } },
  { name: 'is not assessed when the Policy API cannot be read', unreadable: { policies: { code: 'permission', message: 'Request had insufficient authentication scopes.', permission: 'https://www.googleapis.com/auth/cloud-identity.policies.readonly' } }, expect: 'not_assessed', summary: /cloud-identity.policies.readonly/ },
]);
