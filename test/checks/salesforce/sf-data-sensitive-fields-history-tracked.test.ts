import check from '../../../checks/salesforce/sf-data-sensitive-fields-history-tracked.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes when every field marked sensitive is tracked', expect: 'pass', controls: { 'SBS-DATA-004': 'pass' } },
  {
    name: 'fails for a Restricted field without history tracking',
    patch: (o) => { const f = o.fieldClassification[0]?.fields.find((x) => x.name === 'Birthdate'); if (f) f.historyTracked = false; },
    expect: 'fail',
    evidence: ['Contact.Birthdate'],
    notEvidence: ['Contact.Title'],
    controls: { 'SBS-DATA-004': 'fail' },
  },
  {
    name: 'counts a compliance category alone as marking a field sensitive',
    patch: (o) => { o.fieldClassification[0]?.fields.push({ name: 'Nickname__c', label: 'Nickname', securityClassification: 'Internal', complianceGroup: 'GDPR', historyTracked: false }); },
    expect: 'fail',
    evidence: ['Contact.Nickname__c'],
  },
  { name: 'ignores untracked fields marked Public or Internal', patch: (o) => { o.fieldClassification[0]?.fields.push({ name: 'Fax', label: 'Fax', securityClassification: 'Internal', complianceGroup: null, historyTracked: false }); }, expect: 'pass' },
  {
    name: 'is not assessed when no field is marked sensitive',
    patch: (o) => { for (const obj of o.fieldClassification) obj.fields = obj.fields.filter((f) => !f.complianceGroup && !['Confidential', 'Restricted', 'MissionCritical'].includes(f.securityClassification ?? '')); },
    expect: 'not_assessed',
  },
  { name: 'is not assessed when the org exposes no IsFieldHistoryTracked', patch: (o) => { for (const obj of o.fieldClassification) for (const f of obj.fields) f.historyTracked = null; }, expect: 'not_assessed', summary: 'IsFieldHistoryTracked' },
  { name: 'is not assessed when field definitions cannot be read', unreadable: { fieldClassification: true }, expect: 'not_assessed' },
]);
