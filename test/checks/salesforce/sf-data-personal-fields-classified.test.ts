import check from '../../../checks/salesforce/sf-data-personal-fields-classified.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes when personal-looking fields are classified', expect: 'pass' },
  { name: 'fails for an unclassified mobile phone field', patch: (o) => { o.fieldClassification[0]?.fields.push({ name: 'MobilePhone', label: 'Mobile', securityClassification: null, complianceGroup: null, historyTracked: false }); }, expect: 'fail', evidence: ['Contact.MobilePhone'], notEvidence: ['Contact.Title'] },
  { name: 'fails for a field with a compliance group but no level', patch: (o) => { o.fieldClassification[1]?.fields.push({ name: 'Notes__c', label: 'Notes', securityClassification: null, complianceGroup: 'GDPR', historyTracked: false }); }, expect: 'fail', evidence: ['Lead.Notes__c'] },
  { name: 'is not assessed when no personal-looking field came back', patch: (o) => { o.fieldClassification = []; }, expect: 'not_assessed' },
  { name: 'is not assessed when FieldDefinition cannot be read', unreadable: { fieldClassification: true }, expect: 'not_assessed' },
]);
