import check from '../../../checks/gws/gws-ca-password-policy.js';
import { checkTable } from '../../support/check-table.js';
import { addPolicy, compliantTenant, GROUP, OU, removeSetting } from './compliant-tenant.js';
import { goodValue, overlayRoot } from './policy-patches.js';

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes on the compliant tenant', expect: 'pass' },
  { name: 'fails when the top OU is weak, and names every inheriting OU', patch: (t) => overlayRoot(t, "security.password", {"minimumLength":8}), expect: 'fail', evidence: ['/', '/Engineering', '/Engineering/Contractors', '/Sales'] },
  { name: 'fails for a sub-OU that weakens the setting under a compliant top OU', patch: (t) => addPolicy(t, "security.password", {"minimumLength":8}, { ou: OU.engineering }), expect: 'fail', evidence: ['/Engineering', '/Engineering/Contractors'], notEvidence: ['/', '/Sales'] },
  { name: 'fails for a group override that weakens the setting', patch: (t) => addPolicy(t, "security.password", {"minimumLength":8}, { group: GROUP.finance }), expect: 'fail', evidence: ['group finance@example.org'], notEvidence: ['/'] },
  { name: 'a compliant child OU under a weak parent passes while the parent fails', patch: (t) => { addPolicy(t, "security.password", {"minimumLength":8}, { ou: OU.engineering }); addPolicy(t, "security.password", goodValue(t, "security.password"), { ou: OU.contractors }); }, expect: 'fail', evidence: ['/Engineering'], notEvidence: ['/Engineering/Contractors'] },
  { name: 'ignores a policy that names a deleted OU', patch: (t) => addPolicy(t, "security.password", {"minimumLength":8}, { ou: 'deleted0000000' }), expect: 'pass' },
  { name: 'uses Google\'s default when the setting is set nowhere', patch: (t) => removeSetting(t, "security.password"), expect: 'fail', evidence: ['/'] },
  { name: "fails when passwords expire", patch: (t) => overlayRoot(t, "security.password", {"allowedStrength":"STRONG","minimumLength":16,"enforceRequirementsAtLogin":true,"allowReuse":false,"expirationDuration":"7776000s"}), expect: 'fail' },
  { name: "fails when requirements are not enforced at sign-in", patch: (t) => overlayRoot(t, "security.password", {"allowedStrength":"STRONG","minimumLength":16,"enforceRequirementsAtLogin":false,"allowReuse":false,"expirationDuration":"0s"}), expect: 'fail' },
  { name: 'fails 12 characters under the scuba profile (GWS.COMMONCONTROLS.5.3 SHOULD 16) while 5.2 (12) passes', patch: (t) => overlayRoot(t, "security.password", {"minimumLength":12}), settings: { profile: 'scuba' }, expect: 'fail', evidence: ['/'], controls: { 'GWS.COMMONCONTROLS.5.2v1': 'pass', 'GWS.COMMONCONTROLS.5.3v1': 'fail', '4.1.5.1': 'fail' } },
  { name: '14 characters: 5.2 and CIS 4.1.5.1 pass, 5.3 fails', patch: (t) => overlayRoot(t, "security.password", {"minimumLength":14}), expect: 'fail', controls: { 'GWS.COMMONCONTROLS.5.2v1': 'pass', 'GWS.COMMONCONTROLS.5.3v1': 'fail', '4.1.5.1': 'pass' } },
  { name: 'a weak strength fails 5.1 and CIS only', patch: (t) => overlayRoot(t, "security.password", {"allowedStrength":"WEAK"}), expect: 'fail', controls: { 'GWS.COMMONCONTROLS.5.1v1': 'fail', 'GWS.COMMONCONTROLS.5.2v1': 'pass', 'GWS.COMMONCONTROLS.5.5v1': 'pass', '4.1.5.1': 'fail' } },
  { name: 'reuse fails 5.5 and CIS only', patch: (t) => overlayRoot(t, "security.password", {"allowReuse":true}), expect: 'fail', controls: { 'GWS.COMMONCONTROLS.5.5v1': 'fail', 'GWS.COMMONCONTROLS.5.4v1': 'pass', '4.1.5.1': 'fail' } },
  { name: 'not enforced at sign-in fails 5.4 and CIS only', patch: (t) => overlayRoot(t, "security.password", {"enforceRequirementsAtLogin":false}), expect: 'fail', controls: { 'GWS.COMMONCONTROLS.5.4v1': 'fail', 'GWS.COMMONCONTROLS.5.3v1': 'pass', '4.1.5.1': 'fail' } },
  { name: 'fails 14 characters under the strict profile (the longer of SCuBA 16 and CIS 14)', patch: (t) => overlayRoot(t, "security.password", {"minimumLength":14}), expect: 'fail', evidence: ['/'] },
  { name: 'passes 14 characters under the cis profile (CIS 4.1.5.1)', patch: (t) => overlayRoot(t, "security.password", {"minimumLength":14}), settings: { profile: 'cis' }, expect: 'pass', controls: { 'GWS.COMMONCONTROLS.5.3v1': 'fail', '4.1.5.1': 'pass' } },
  { name: 'fails 12 characters under the cis profile', patch: (t) => overlayRoot(t, "security.password", {"minimumLength":12}), settings: { profile: 'cis' }, expect: 'fail' },
  { name: 'passes expiring passwords under the cis profile (CIS 4.1.5.1 has no expiry requirement)', patch: (t) => overlayRoot(t, "security.password", {"expirationDuration":"7776000s"}), settings: { profile: 'cis' }, expect: 'pass' },
  { name: 'fails expiring passwords under the scuba profile (GWS.COMMONCONTROLS.5.6)', patch: (t) => overlayRoot(t, "security.password", {"expirationDuration":"7776000s"}), settings: { profile: 'scuba' }, expect: 'fail', summary: /make passwords expire/, controls: { 'GWS.COMMONCONTROLS.5.6v1': 'fail', 'GWS.COMMONCONTROLS.5.1v1': 'pass', '4.1.5.1': 'pass' } },
  { name: 'is not assessed when the Policy API cannot be read', unreadable: { policies: { code: 'permission', message: 'Request had insufficient authentication scopes.', permission: 'https://www.googleapis.com/auth/cloud-identity.policies.readonly' } }, expect: 'not_assessed', summary: /cloud-identity.policies.readonly/ },
]);
