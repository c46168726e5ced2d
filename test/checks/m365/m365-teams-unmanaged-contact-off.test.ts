import check from '../../../checks/m365/m365-teams-unmanaged-contact-off.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when unmanaged accounts are off', expect: 'pass' },
  { name: 'fails when users can contact unmanaged accounts', patch: (t: T) => void (t.teamsFederationConfiguration.allowTeamsConsumer = true), expect: 'fail', evidence: ['Unmanaged Teams accounts allowed'] },
  { name: 'is not assessed when the federation configuration cannot be read', unreadable: { teamsFederationConfiguration: true }, expect: 'not_assessed' },
]);
