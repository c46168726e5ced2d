import check from '../../../checks/m365/m365-ext-guest-invite-domain-allowlist.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes with an invitation allow-list, listing the domains', expect: 'pass', evidence: ['partner.example'] },
  {
    name: 'fails with a block-list, listing the blocked domains',
    patch: (t) => {
      t.b2bInvitePolicy = { mode: 'blockList', domains: ['competitor.example'] };
    },
    expect: 'fail',
    evidence: ['Collaboration restrictions', 'competitor.example'],
  },
  {
    name: 'fails when invitations go to any domain',
    patch: (t) => {
      t.b2bInvitePolicy = { mode: 'none', domains: [] };
    },
    expect: 'fail',
    summary: /any domain/,
  },
  {
    name: 'fails an allow-list with no domains',
    patch: (t) => {
      t.b2bInvitePolicy = { mode: 'allowList', domains: [] };
    },
    expect: 'fail',
  },
  { name: 'is not assessed when the B2B policy cannot be read', unreadable: { b2bInvitePolicy: true }, expect: 'not_assessed' },
]);
