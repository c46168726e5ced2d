import { defineCheck } from '../../src/core/define-check.js';
import {
  ADMINISTRATOR_ROLES,
  assignmentsTo,
  holderEvidence,
  isUnresolved,
  unexpandedGroupEvidence,
  unexpandedGroups,
  unresolvedEvidence,
  userHolders,
} from '../../src/rules/m365/privileged-roles.js';

export default defineCheck({
  id: 'm365-priv-admins-cloud-only',
  provider: 'm365',
  area: 'privileged-access',
  severity: 'high',
  title: 'Administrators are cloud-only accounts',
  owner: 'Privileged Role Administrator',
  rationale:
    'An administrator synchronised from on-premises Active Directory can be taken over from on-premises (password reset, sync rules, a compromised domain controller), turning an AD breach into a Microsoft 365 breach.',
  remediation:
    'Create separate cloud-only accounts (…@tenant.onmicrosoft.com or a cloud domain) for each listed administrator, move the roles to them, and remove the roles from the synchronised accounts.',
  references: {
    scuba: ['MS.AAD.7.3v1'],
    cis: ['1.1.1'],
    docs: ['https://learn.microsoft.com/entra/architecture/protect-m365-from-on-premises-attacks'],
  },
  reads: ['roleAssignments'],
  evaluate({ roleAssignments }) {
    const held = assignmentsTo(roleAssignments, ADMINISTRATOR_ROLES);
    // Members of role-assignable groups hold the role as much as direct assignees do.
    const synced = userHolders(held).filter((h) => h.user.onPremisesSyncEnabled === true);
    const unresolved = held.filter(isUnresolved).map(unresolvedEvidence);
    const hidden = unexpandedGroups(held).map(unexpandedGroupEvidence);
    if (synced.length === 0 && hidden.length) {
      return {
        status: 'not_assessed',
        summary: `No directly assessed administrator is synchronised, but ${hidden.length} group(s) holding administrator roles could not be expanded, so their members were not checked.`,
        evidence: [...hidden, ...unresolved],
      };
    }
    if (synced.length === 0) {
      return {
        status: 'pass',
        summary: `No administrator is synchronised from on-premises.${unresolved.length ? ` ${unresolved.length} role holder(s) could not be resolved and were not assessed.` : ''}`,
        evidence: unresolved,
      };
    }
    const users = new Set(synced.map((h) => h.user.id));
    return {
      status: 'fail',
      summary: `${users.size} administrator account(s) are synchronised from on-premises Active Directory.`,
      evidence: [...synced.map((h) => holderEvidence(h, 'synced from on-premises')), ...hidden, ...unresolved],
    };
  },
});
