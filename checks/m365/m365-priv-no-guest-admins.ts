import { defineCheck } from '../../src/core/define-check.js';
import {
  ADMINISTRATOR_ROLES,
  assignmentsTo,
  holderEvidence,
  isGuestUser,
  isUnresolved,
  unexpandedGroupEvidence,
  unexpandedGroups,
  unresolvedEvidence,
  userHolders,
} from '../../src/rules/m365/privileged-roles.js';

export default defineCheck({
  id: 'm365-priv-no-guest-admins',
  provider: 'm365',
  area: 'privileged-access',
  severity: 'high',
  title: 'No guest account holds an administrator role',
  owner: 'Privileged Role Administrator',
  rationale:
    'A guest is authenticated by another organisation: its password, MFA and offboarding are outside your control, so an administrator role on a guest hands part of your tenant to someone else\'s security.',
  remediation:
    'Remove administrator roles from the listed guests. Give external administrators a member account in your tenant, or use GDAP for partners, with the least role that does the job.',
  references: {
    docs: ['https://learn.microsoft.com/entra/identity/role-based-access-control/best-practices'],
  },
  reads: ['roleAssignments'],
  evaluate({ roleAssignments }) {
    const held = assignmentsTo(roleAssignments, ADMINISTRATOR_ROLES);
    const guests = userHolders(held).filter((h) => isGuestUser(h.user));
    const foreign = held.filter(isUnresolved).map(unresolvedEvidence);
    const hidden = unexpandedGroups(held).map(unexpandedGroupEvidence);
    if (guests.length === 0 && hidden.length) {
      return {
        status: 'not_assessed',
        summary: `No directly assessed administrator is a guest, but ${hidden.length} group(s) holding administrator roles could not be expanded, so their members were not checked.`,
        evidence: [...hidden, ...foreign],
      };
    }
    if (guests.length === 0) {
      return {
        status: 'pass',
        summary: `No guest user holds an administrator role.${foreign.length ? ` ${foreign.length} role holder(s) could not be resolved (GDAP partner groups or foreign objects): review them.` : ''}`,
        evidence: foreign,
      };
    }
    return {
      status: 'fail',
      summary: `${new Set(guests.map((h) => h.user.id)).size} guest user(s) hold administrator roles.`,
      evidence: [...guests.map((h) => holderEvidence(h, 'guest')), ...hidden, ...foreign],
    };
  },
});
