import check from '../../../checks/m365/m365-teams-unmanaged-inbound-blocked.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when unmanaged accounts are off', expect: 'pass' },
  { name: 'passes when unmanaged accounts are on but cannot start conversations', patch: (t: T) => void (t.teamsFederationConfiguration.allowTeamsConsumer = true), expect: 'pass', summary: 'cannot start conversations' },
  { name: 'ignores a stale inbound flag while unmanaged accounts are off', patch: (t: T) => void (t.teamsFederationConfiguration.allowTeamsConsumerInbound = true), expect: 'pass' },
  { name: 'fails when unmanaged accounts can start conversations', patch: (t: T) => void Object.assign(t.teamsFederationConfiguration, { allowTeamsConsumer: true, allowTeamsConsumerInbound: true }), expect: 'fail', evidence: ['Unmanaged Teams accounts can contact users'] },
  { name: 'is not assessed when the inbound flag was left out', patch: (t: T) => void Object.assign(t.teamsFederationConfiguration, { allowTeamsConsumer: true, allowTeamsConsumerInbound: null }), expect: 'not_assessed' },
  { name: 'is not assessed when the federation configuration cannot be read', unreadable: { teamsFederationConfiguration: true }, expect: 'not_assessed' },
]);
