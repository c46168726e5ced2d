import check from '../../../checks/m365/m365-ca-break-glass-excluded.js';
import type { M365Shapes } from '../../../src/snapshot/m365.js';
import { checkTable } from '../../support/check-table.js';
import { BREAK_GLASS_UPN, caPolicy, compliantTenant } from './compliant-tenant.js';

const policy = (t: M365Shapes, id: string) => t.conditionalAccessPolicies.find((p) => p.id === id)!;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when the break-glass account is excluded from every enabled policy', expect: 'pass', evidence: [BREAK_GLASS_UPN] },
  {
    name: 'fails when one enabled policy applies to the break-glass account',
    patch: (t) => {
      policy(t, 'ca-device-code').conditions.users.excludeUsers = [];
    },
    expect: 'fail',
    evidence: ['Block device code flow'],
    notEvidence: ['Require MFA for all users'],
  },
  {
    name: 'fails when the account is excluded only through a group (exclusion must be direct)',
    patch: (t) => {
      const p = policy(t, 'ca-mfa-all');
      p.conditions.users.excludeUsers = [];
      p.conditions.users.excludeGroups = ['grp-emergency'];
    },
    expect: 'fail',
    evidence: ['Require MFA for all users'],
  },
  {
    name: 'ignores report-only policies',
    patch: (t) => {
      t.conditionalAccessPolicies.push(caPolicy({ id: 'ca-pilot', displayName: 'Pilot', state: 'enabledForReportingButNotEnforced', conditions: { ...caPolicy({ id: 'x', displayName: 'x' }).conditions, users: { ...caPolicy({ id: 'x', displayName: 'x' }).conditions.users, excludeUsers: [] } } }));
    },
    expect: 'pass',
  },
  {
    name: 'fails when a configured account was not found in the tenant',
    patch: (t) => {
      t.breakGlassAccounts.push({ configured: 'emergency2@contoso.example', id: null, userPrincipalName: null, found: false });
    },
    expect: 'fail',
    evidence: ['emergency2@contoso.example'],
  },
  {
    name: 'flags an account named in settings that the snapshot never resolved',
    settings: { breakGlassAccounts: [BREAK_GLASS_UPN, 'emergency3@contoso.example'] },
    expect: 'fail',
    evidence: ['emergency3@contoso.example'],
    notEvidence: [BREAK_GLASS_UPN],
  },
  {
    name: 'is not assessed when no break-glass account is configured',
    patch: (t) => {
      t.breakGlassAccounts = [];
    },
    expect: 'not_assessed',
    summary: /settings\.breakGlassAccounts/,
  },
  { name: 'is not assessed when CA policies cannot be read', unreadable: { conditionalAccessPolicies: true }, expect: 'not_assessed' },
  { name: 'is not assessed when the accounts could not be looked up', unreadable: { breakGlassAccounts: { permission: 'User.Read.All' } }, expect: 'not_assessed' },
]);
