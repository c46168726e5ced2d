import check from '../../../checks/m365/m365-app-admin-consent-workflow.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when the workflow is on with a reviewer', expect: 'pass', evidence: ['Admin consent reviewer'] },
  {
    name: 'fails when the workflow is off',
    patch: (t) => {
      t.adminConsentRequestPolicy.isEnabled = false;
    },
    expect: 'fail',
    evidence: ['Admin consent requests'],
  },
  {
    name: 'fails when the workflow is on but has no reviewers',
    patch: (t) => {
      t.adminConsentRequestPolicy.reviewers = [];
    },
    expect: 'fail',
    evidence: ['Admin consent reviewers'],
  },
  {
    name: 'fails when the only reviewer entry is blank',
    patch: (t) => {
      t.adminConsentRequestPolicy.reviewers = [{ query: ' ', queryType: 'MicrosoftGraph', queryRoot: null }];
    },
    expect: 'fail',
  },
  { name: 'is not assessed when the policy cannot be read', unreadable: { adminConsentRequestPolicy: true }, expect: 'not_assessed' },
]);
