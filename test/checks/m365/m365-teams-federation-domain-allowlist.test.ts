import check from '../../../checks/m365/m365-teams-federation-domain-allowlist.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when federation is limited to an allow-list', expect: 'pass', summary: 'fabrikam.example' },
  { name: 'passes when federation is off', patch: (t: T) => void Object.assign(t.teamsFederationConfiguration, { allowFederatedUsers: false, allowedDomains: [] }), expect: 'pass' },
  { name: 'fails when federation is open to all domains', patch: (t: T) => void (t.teamsFederationConfiguration.allowedDomains = []), expect: 'fail', evidence: ['Federation open to all domains'], summary: 'open to all domains' },
  { name: 'still fails with a block-list: every other domain is open', patch: (t: T) => void Object.assign(t.teamsFederationConfiguration, { allowedDomains: [], blockedDomains: ['spam.example'] }), expect: 'fail', summary: 'spam.example' },
  { name: 'is not assessed when the federation configuration cannot be read', unreadable: { teamsFederationConfiguration: true }, expect: 'not_assessed' },
]);
