import check from '../../../checks/m365/m365-ca-no-unenforced-policies.js';
import { checkTable } from '../../support/check-table.js';
import { caPolicy, compliantTenant } from './compliant-tenant.js';

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when every policy is enabled', expect: 'pass' },
  {
    name: 'lists report-only and disabled policies',
    patch: (t) => {
      t.conditionalAccessPolicies.push(
        caPolicy({ id: 'ca-test', displayName: 'Pilot: require compliant device', state: 'enabledForReportingButNotEnforced' }),
        caPolicy({ id: 'ca-off', displayName: 'Old MFA policy', state: 'disabled' }),
      );
    },
    expect: 'fail',
    evidence: ['Pilot: require compliant device', 'Old MFA policy'],
    notEvidence: ['Require MFA for all users'],
  },
  {
    name: 'passes when there are no policies (another check judges that)',
    patch: (t) => {
      t.conditionalAccessPolicies = [];
    },
    expect: 'pass',
  },
  { name: 'is not assessed when CA policies cannot be read', unreadable: { conditionalAccessPolicies: true }, expect: 'not_assessed' },
]);
