import check from '../../../checks/gws/gws-mfa-users-enrolled.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes when every active user is enrolled (suspended ones ignored)', expect: 'pass' },
  { name: 'fails for an active user who is not enrolled', patch: (t) => { t.users[3]!.isEnrolledIn2Sv = false; }, expect: 'fail', evidence: ['alan@example.org'], notEvidence: ['old.user@example.org'] },
  { name: 'ignores archived users', patch: (t) => { t.users[3]!.isEnrolledIn2Sv = false; t.users[3]!.archived = true; }, expect: 'pass' },
  { name: 'is not applicable with no active users', patch: (t) => { t.users = t.users.filter((u) => u.suspended); }, expect: 'not_applicable' },
  { name: 'is not assessed when users cannot be read', unreadable: { users: { permission: 'https://www.googleapis.com/auth/admin.directory.user.readonly', message: 'Not Authorized to access this resource/api' } }, expect: 'not_assessed', summary: /directory.user.readonly/ },
]);
