import check from '../../../checks/m365/m365-data-dlp-all-locations.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when the PII policy covers every workload', expect: 'pass' },
  { name: 'fails naming the workloads left out', patch: (t: T) => { t.purviewDlpPolicies[0]!.name = 'Finance'; t.purviewDlpRules[0]!.policy = 'Finance'; t.purviewDlpPolicies[0]!.locations.teams = []; t.purviewDlpPolicies[0]!.locations.devices = []; }, expect: 'fail', evidence: ['Finance'], summary: "DLP policy 'Finance' covers Exchange, SharePoint and OneDrive but not Teams and devices." },
  { name: 'a workload covered for some accounts only is a gap', patch: (t: T) => void (t.purviewDlpPolicies[0]!.locations.oneDrive = ['adele@contoso.example']), expect: 'fail', summary: /OneDrive \(only 1 location\)/ },
  { name: 'fails when no enforced policy detects the types', patch: (t: T) => void (t.purviewDlpPolicies[0]!.enabled = false), expect: 'fail' },
  { name: 'is not assessed when purviewDlpPolicies cannot be read', unreadable: { purviewDlpPolicies: { permission: 'Exchange.ManageAsApp (Office 365 Exchange Online)' } }, expect: 'not_assessed' },
]);
