import check from '../../../checks/salesforce/sf-data-classification-coverage.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes when every object has classified fields', expect: 'pass', summary: /Contact 75%/ },
  { name: 'fails when an object has none', patch: (o) => { o.fieldClassification.push({ object: 'Account', fields: [{ name: 'Phone', label: 'Phone', securityClassification: null, complianceGroup: null, historyTracked: false }] }); }, expect: 'fail', evidence: ['Account'] },
  { name: 'is not assessed when no field came back (never an empty pass)', patch: (o) => { o.fieldClassification = o.fieldClassification.map((x) => ({ ...x, fields: [] })); }, expect: 'not_assessed' },
  { name: 'is not assessed when FieldDefinition cannot be read', unreadable: { fieldClassification: true }, expect: 'not_assessed' },
]);
