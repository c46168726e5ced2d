import check from '../../../checks/m365/m365-exo-dkim-enabled.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when every domain signs', expect: 'pass' },
  { name: 'fails and names the domain that does not sign', patch: (t: T) => void (t.exoDkimSigningConfigs[0]!.enabled = false), expect: 'fail', evidence: ['contoso.example'], notEvidence: ['contoso.onmicrosoft.com'] },
  { name: 'fails when no configuration exists', patch: (t: T) => void (t.exoDkimSigningConfigs = []), expect: 'fail' },
  { name: 'is not assessed when exoDkimSigningConfigs cannot be read', unreadable: { exoDkimSigningConfigs: { permission: 'Exchange.ManageAsApp (Office 365 Exchange Online)' } }, expect: 'not_assessed' },
]);
