import check from '../../../checks/salesforce/sf-mfa-privileged-api-logins.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes when every privileged user has API MFA', expect: 'pass' },
  { name: 'fails when a privileged profile lacks TwoFactorApi', patch: (o) => { const ps = o.permissionSets.permissionSets.find((p) => p.id === '0PS-admin'); if (ps) ps.permissions = ps.permissions.filter((p) => p !== 'TwoFactorApi'); }, expect: 'fail', evidence: ['alan.admin@acme.example'], notEvidence: ['ada.admin@acme.example'] },
  { name: 'is not assessed when the org hides TwoFactorApi', patch: (o) => { o.permissionSets.unavailablePermissions.push('TwoFactorApi'); }, expect: 'not_assessed' },
  { name: 'is not assessed when users cannot be read', unreadable: { users: { permission: 'View All Users' } }, expect: 'not_assessed' },
]);
