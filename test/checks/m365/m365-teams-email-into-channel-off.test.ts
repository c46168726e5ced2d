import check from '../../../checks/m365/m365-teams-email-into-channel-off.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when email into channels is off', expect: 'pass' },
  { name: 'fails when channels can receive email', patch: (t: T) => void (t.teamsClientConfiguration.allowEmailIntoChannel = true), expect: 'fail', evidence: ['Email into channels allowed'] },
  { name: 'is not assessed when the client configuration cannot be read', unreadable: { teamsClientConfiguration: { code: 'licence', licence: 'Microsoft Teams' } }, expect: 'not_assessed' },
]);
