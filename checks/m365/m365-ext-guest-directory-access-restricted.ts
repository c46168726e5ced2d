import { defineCheck } from '../../src/core/define-check.js';

const GUEST_ROLES: Record<string, string> = {
  '2af84b1e-32c8-42b7-82bc-daa82404023b': 'restricted to their own directory objects',
  '10dae51f-b6af-4016-8d66-8c2a99b929b3': 'limited access to directory objects',
  'a0b1b346-4d3e-4e8b-98f8-753987be4970': 'the same access as member users',
};
/** Both SCuBA MS.AAD.8.1v1 and CIS 5.1.6.2 accept "limited" as well as "restricted". */
const ACCEPTED = ['2af84b1e-32c8-42b7-82bc-daa82404023b', '10dae51f-b6af-4016-8d66-8c2a99b929b3'];

export default defineCheck({
  id: 'm365-ext-guest-directory-access-restricted',
  provider: 'm365',
  area: 'external-sharing',
  severity: 'medium',
  title: 'Guests have limited or restricted access to the directory',
  owner: 'Global Administrator',
  rationale:
    'With member-level access, a guest account can enumerate every user, group and membership in the directory: a ready-made target list for phishing if the guest (or the partner tenant) is compromised.',
  remediation:
    'Entra admin center > External Identities > External collaboration settings > Guest user access: choose "Guest user access is restricted to properties and memberships of their own directory objects (most restrictive)" (or "limited access") and save.',
  references: {
    scuba: ['MS.AAD.8.1v1'],
    cis: ['5.1.6.2'],
    docs: ['https://learn.microsoft.com/entra/identity/users/users-restrict-guest-permissions'],
  },
  reads: ['authorizationPolicy'],
  evaluate({ authorizationPolicy }) {
    const roleId = authorizationPolicy.guestUserRoleId.toLowerCase();
    const label = GUEST_ROLES[roleId] ?? `an unrecognised guest role (${roleId})`;
    if (ACCEPTED.includes(roleId)) return { status: 'pass', summary: `Guests have ${label}.` };
    return {
      status: 'fail',
      summary: `Guests have ${label}.`,
      evidence: [{ kind: 'setting', name: 'guestUserRoleId', id: roleId, detail: label }],
    };
  },
});
