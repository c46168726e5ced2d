import check from '../../../checks/gws/gws-oauth-user-token-restricted-scopes.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

const risky = {
  clientId: '777-oldsync.apps.googleusercontent.com',
  appName: 'Old Drive Sync',
  scopes: ['https://www.googleapis.com/auth/drive', 'openid'],
  users: ['alan@example.org'],
  lastAuthorized: null,
  clientType: 'native',
};
const harmless = { ...risky, clientId: '888-cal.apps.googleusercontent.com', appName: 'Calendar Widget', scopes: ['https://www.googleapis.com/auth/calendar.readonly'] };

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes when no live token gives an app restricted scopes', patch: (t) => { t.userTokens.apps.push(harmless); }, expect: 'pass', summary: /tokens\.list/ },
  { name: 'fails and names the app, its restricted scopes and the users holding tokens', patch: (t) => { t.userTokens.apps.push(risky, harmless); }, expect: 'fail', evidence: ['Old Drive Sync'], notEvidence: ['Calendar Widget'] },
  { name: 'accepts an allow-listed app by client id', patch: (t) => { t.userTokens.apps.push(risky); }, settings: { privilegedUserAllowList: ['777-oldsync.apps.googleusercontent.com'] }, expect: 'pass' },
  {
    name: 'is not assessed, saying how to opt in, when tokens.list was not opted in',
    unreadable: { userTokens: { code: 'not_collected', message: 'Per-user OAuth tokens are opt-in: set optIn.userTokens: true.', permission: 'https://www.googleapis.com/auth/admin.directory.user.security' } },
    expect: 'not_assessed',
    summary: /optIn\.userTokens/,
  },
  { name: 'is not assessed when a tokens.list read failed', unreadable: { userTokens: { code: 'permission', message: 'Directory API tokens.list needs the scope https://www.googleapis.com/auth/admin.directory.user.security' } }, expect: 'not_assessed' },
]);
