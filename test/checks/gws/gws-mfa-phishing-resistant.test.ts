import check from '../../../checks/gws/gws-mfa-phishing-resistant.js';
import { checkTable } from '../../support/check-table.js';
import { addPolicy, compliantTenant, GROUP, OU, removeSetting } from './compliant-tenant.js';
import { goodValue, overlayRoot } from './policy-patches.js';

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes on the compliant tenant', expect: 'pass' },
  { name: 'fails when the top OU is weak, and names every inheriting OU', patch: (t) => overlayRoot(t, "security.two_step_verification_enforcement_factor", {"allowedSignInFactorSet":"NO_TELEPHONY"}), expect: 'fail', evidence: ['/', '/Engineering', '/Engineering/Contractors', '/Sales'] },
  { name: 'fails for a sub-OU that weakens the setting under a compliant top OU', patch: (t) => addPolicy(t, "security.two_step_verification_enforcement_factor", {"allowedSignInFactorSet":"NO_TELEPHONY"}, { ou: OU.engineering }), expect: 'fail', evidence: ['/Engineering', '/Engineering/Contractors'], notEvidence: ['/', '/Sales'] },
  { name: 'fails for a group override that weakens the setting', patch: (t) => addPolicy(t, "security.two_step_verification_enforcement_factor", {"allowedSignInFactorSet":"NO_TELEPHONY"}, { group: GROUP.finance }), expect: 'fail', evidence: ['group finance@example.org'], notEvidence: ['/'] },
  { name: 'a compliant child OU under a weak parent passes while the parent fails', patch: (t) => { addPolicy(t, "security.two_step_verification_enforcement_factor", {"allowedSignInFactorSet":"NO_TELEPHONY"}, { ou: OU.engineering }); addPolicy(t, "security.two_step_verification_enforcement_factor", goodValue(t, "security.two_step_verification_enforcement_factor"), { ou: OU.contractors }); }, expect: 'fail', evidence: ['/Engineering'], notEvidence: ['/Engineering/Contractors'] },
  { name: 'ignores a policy that names a deleted OU', patch: (t) => addPolicy(t, "security.two_step_verification_enforcement_factor", {"allowedSignInFactorSet":"NO_TELEPHONY"}, { ou: 'deleted0000000' }), expect: 'pass' },
  { name: 'uses Google\'s default when the setting is set nowhere', patch: (t) => removeSetting(t, "security.two_step_verification_enforcement_factor"), expect: 'fail', evidence: ['/'] },
  { name: 'fails for a passkey-only OU where 2SV is not enforced (password alone still signs in)', patch: (t) => addPolicy(t, 'security.two_step_verification_enforcement', { enforcedFrom: '1970-01-01T00:00:00Z' }, { ou: OU.sales }), expect: 'fail', evidence: ['/Sales'], notEvidence: ['/', '/Engineering'] },
  { name: 'fails for a group that turns enforcement off, though it inherits passkey-only', patch: (t) => addPolicy(t, 'security.two_step_verification_enforcement', { enforcedFrom: '1970-01-01T00:00:00Z' }, { group: GROUP.finance }), expect: 'fail', evidence: ['group finance@example.org'], notEvidence: ['/'] },
  { name: 'is not applicable under the cis profile', patch: (t) => overlayRoot(t, "security.two_step_verification_enforcement_factor", {"allowedSignInFactorSet":"NO_TELEPHONY"}), settings: { profile: 'cis' }, expect: 'not_applicable' },
  { name: 'is not assessed when the Policy API cannot be read', unreadable: { policies: { code: 'permission', message: 'Request had insufficient authentication scopes.', permission: 'https://www.googleapis.com/auth/cloud-identity.policies.readonly' } }, expect: 'not_assessed', summary: /cloud-identity.policies.readonly/ },
]);
