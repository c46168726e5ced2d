import check from '../../../checks/m365/m365-exo-remote-domain-auto-forward.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when no remote domain auto-forwards', expect: 'pass' },
  { name: 'fails and names the domain when * allows auto-forwarding', patch: (t: T) => void (t.exoRemoteDomains[0]!.autoForwardEnabled = true), expect: 'fail', evidence: ['*'], summary: 'Remote domain * allows automatic forwarding' },
  { name: 'fails on a named partner domain too', patch: (t: T) => void t.exoRemoteDomains.push({ identity: 'Partner', domainName: 'fabrikam.example', autoForwardEnabled: true }), expect: 'fail', evidence: ['fabrikam.example'] },
  { name: 'is not assessed when exoRemoteDomains cannot be read', unreadable: { exoRemoteDomains: { permission: 'Exchange.ManageAsApp (Office 365 Exchange Online)' } }, expect: 'not_assessed' },
]);
