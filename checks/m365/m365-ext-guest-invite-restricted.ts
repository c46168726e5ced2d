import { defineCheck } from '../../src/core/define-check.js';

const LABELS: Record<string, string> = {
  none: 'No one in the organization can invite guests',
  adminsAndGuestInviters: 'Only users assigned to specific admin roles can invite guests',
  adminsGuestInvitersAndAllMembers: 'Member users and users assigned to specific admin roles can invite guests',
  everyone: 'Anyone in the organization, including guests, can invite guests',
};
const ALLOWED = ['none', 'adminsAndGuestInviters'];

export default defineCheck({
  id: 'm365-ext-guest-invite-restricted',
  provider: 'm365',
  area: 'external-sharing',
  severity: 'medium',
  title: 'Only administrators and Guest Inviters can invite guests',
  owner: 'Global Administrator',
  rationale:
    'If any member (or guest) can invite outside accounts, guest accounts appear without approval and accumulate access. Limiting invitations to the Guest Inviter role and admins puts every new guest through an approval step.',
  remediation:
    'Entra admin center > External Identities > External collaboration settings > Guest invite settings: choose "Only users assigned to specific admin roles can invite guest users" and save. Give the Guest Inviter role to the people who approve guests.',
  references: {
    scuba: ['MS.AAD.8.2v1'],
    cis: ['5.1.6.3'],
    docs: ['https://learn.microsoft.com/entra/external-id/external-collaboration-settings-configure'],
  },
  reads: ['authorizationPolicy'],
  evaluate({ authorizationPolicy }) {
    const value = authorizationPolicy.allowInvitesFrom;
    const label = LABELS[value] ?? value;
    if (ALLOWED.includes(value)) return { status: 'pass', summary: `${label}.` };
    return {
      status: 'fail',
      summary: `${label}.`,
      evidence: [{ kind: 'setting', name: 'allowInvitesFrom', detail: value }],
    };
  },
});
