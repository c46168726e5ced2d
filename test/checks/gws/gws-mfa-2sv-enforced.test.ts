import check from '../../../checks/gws/gws-mfa-2sv-enforced.js';
import { checkTable } from '../../support/check-table.js';
import { addPolicy, compliantTenant, GROUP, OU, removeSetting, setRoot } from './compliant-tenant.js';

const ENF = 'security.two_step_verification_enforcement';

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes when the top OU enforces 2SV and nothing overrides it', expect: 'pass' },
  { name: 'fails everywhere when enforcement is set nowhere (Google default: off)', patch: (t) => removeSetting(t, ENF), expect: 'fail', evidence: ['/', '/Engineering', '/Engineering/Contractors', '/Sales'] },
  { name: 'fails for the epoch value', patch: (t) => setRoot(t, ENF, { enforcedFrom: '1970-01-01T00:00:00Z' }), expect: 'fail', evidence: ['/'] },
  {
    name: 'fails for a sub-OU that turns enforcement off under a compliant top OU',
    patch: (t) => addPolicy(t, ENF, { enforcedFrom: '1970-01-01T00:00:00Z' }, { ou: OU.contractors }),
    expect: 'fail',
    evidence: ['/Engineering/Contractors'],
    notEvidence: ['/', '/Engineering', '/Sales'],
  },
  { name: 'fails for a group override that turns enforcement off', patch: (t) => addPolicy(t, ENF, { enforcedFrom: '1970-01-01T00:00:00Z' }, { group: GROUP.finance }), expect: 'fail', evidence: ['group finance@example.org'] },
  { name: 'fails where enforcement is only scheduled for the future', patch: (t) => setRoot(t, ENF, { enforcedFrom: '2027-01-01T00:00:00Z' }), expect: 'fail', summary: /not enforced/ },
  {
    name: 'fails for an OU where users may not even enrol (false pass in log-based tools)',
    patch: (t) => addPolicy(t, 'security.two_step_verification_enrollment', { allowEnrollment: false }, { ou: OU.sales }),
    expect: 'fail',
    evidence: ['/Sales'],
  },
  {
    name: 'fails for a group that only disallows enrolment (no enforcement override of its own)',
    patch: (t) => addPolicy(t, 'security.two_step_verification_enrollment', { allowEnrollment: false }, { group: GROUP.finance }),
    expect: 'fail',
    evidence: ['group finance@example.org'],
    notEvidence: ['/', '/Sales'],
  },
  {
    name: 'judges an enforcement-only group override on top of the top OU enrolment value',
    patch: (t) => addPolicy(t, ENF, { enforcedFrom: '2025-03-01T00:00:00Z' }, { group: GROUP.finance }),
    expect: 'pass',
  },
  { name: 'a later OU policy (higher sortOrder) wins', patch: (t) => { addPolicy(t, ENF, { enforcedFrom: '1970-01-01T00:00:00Z' }, { ou: OU.sales, sortOrder: 101 }); addPolicy(t, ENF, { enforcedFrom: '2025-06-01T00:00:00Z' }, { ou: OU.sales, sortOrder: 150 }); }, expect: 'pass' },
  { name: 'is not assessed when the Policy API cannot be read', unreadable: { policies: { message: 'Request had insufficient authentication scopes.', permission: 'https://www.googleapis.com/auth/cloud-identity.policies.readonly' } }, expect: 'not_assessed', summary: /policies.readonly/ },
]);
