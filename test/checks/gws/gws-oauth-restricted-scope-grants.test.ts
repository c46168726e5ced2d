import check from '../../../checks/gws/gws-oauth-restricted-scope-grants.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

const risky = {
  clientId: '555-mailtool.apps.googleusercontent.com',
  appName: 'Mail Merge Pro',
  scopes: ['https://mail.google.com/', 'https://www.googleapis.com/auth/drive', 'email'],
  users: ['alan@example.org', 'grace.admin@example.org'],
  lastAuthorized: '2026-10-10T10:00:00Z',
  clientType: 'WEB',
};

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes when no app holds restricted Gmail/Drive scopes', expect: 'pass' },
  { name: 'fails and lists the app with its restricted scopes', patch: (t) => { t.oauthGrants.apps.push(risky); }, expect: 'fail', evidence: ['Mail Merge Pro'], notEvidence: ['Calendar Sync'] },
  { name: 'recognises short scope names', patch: (t) => { t.oauthGrants.apps.push({ ...risky, scopes: ['gmail.readonly'] }); }, expect: 'fail', evidence: ['Mail Merge Pro'] },
  { name: 'accepts an app on the allow-list', patch: (t) => { t.oauthGrants.apps.push(risky); }, settings: { privilegedUserAllowList: ['555-mailtool.apps.googleusercontent.com'] }, expect: 'pass' },
  { name: 'is not assessed (never pass) when the token log was only partly read and shows no risky app', patch: (t) => { t.oauthGrants.truncated = true; }, expect: 'not_assessed', summary: /partly read/ },
  { name: 'still fails on a partly read log when a risky app is already in it', patch: (t) => { t.oauthGrants.truncated = true; t.oauthGrants.apps.push(risky); }, expect: 'fail', evidence: ['Mail Merge Pro'], summary: /partly read/ },
  { name: 'evidence names the granting users', patch: (t) => { t.oauthGrants.apps.push(risky); }, expect: 'fail', evidence: ['Mail Merge Pro'] },
  { name: 'is not assessed when the token log cannot be read', unreadable: { oauthGrants: { permission: 'https://www.googleapis.com/auth/admin.reports.audit.readonly' } }, expect: 'not_assessed' },
]);
