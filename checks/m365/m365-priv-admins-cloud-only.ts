import { verdictOfControls } from '../../src/core/control-verdicts.js';
import { defineCheck } from '../../src/core/define-check.js';
import type { ControlVerdict, Evidence } from '../../src/core/model.js';
import type { PimGroup, RoleAssignment } from '../../src/snapshot/m365.js';
import { pimGroupHolders } from '../../src/rules/m365/pim-groups.js';
import {
  ADMINISTRATOR_ROLES,
  assignmentsTo,
  HIGHLY_PRIVILEGED_ROLES,
  holderEvidence,
  isUnresolved,
  unexpandedGroupEvidence,
  unexpandedGroups,
  unresolvedEvidence,
  userHolders,
  type BuiltInRole,
  type RoleHolder,
} from '../../src/rules/m365/privileged-roles.js';

/**
 * One control's verdict over the holders of the given roles. `anchored` decides which accounts are not
 * cloud-only: CIS 1.1.1 asks about on-premises sync; SCuBA MS.AAD.7.3 also about federated identity
 * providers, and its instructions read onPremisesImmutableId (set for synchronised and federated accounts).
 */
function judge(roleAssignments: readonly RoleAssignment[], pimGroups: readonly PimGroup[] | undefined, roles: readonly BuiltInRole[], anchored: (h: RoleHolder) => string | null, what: string): ControlVerdict & { evidence: Evidence[] } {
  const held = assignmentsTo(roleAssignments, roles);
  const through = pimGroupHolders(held, pimGroups);
  // Members of role-assignable groups, and their eligible members in PIM for Groups, hold the role as much as direct assignees do.
  const holders = [...userHolders(held), ...through.holders];
  const offenders = holders.flatMap((h) => {
    const why = anchored(h);
    return why ? [holderEvidence(h, why)] : [];
  });
  const unresolved = held.filter(isUnresolved).map(unresolvedEvidence);
  const hidden = [...unexpandedGroups(held).map(unexpandedGroupEvidence), ...through.hidden];
  const users = new Set(offenders.map((e) => e.id));
  if (offenders.length) return { status: 'fail', summary: `${users.size} ${what} account(s) are not cloud-only.`, evidence: [...offenders, ...hidden, ...unresolved] };
  if (hidden.length) return { status: 'not_assessed', summary: `No assessed ${what} account is tied to an on-premises or federated identity, but ${hidden.length} group(s) holding the roles could not be expanded, so their members were not checked.`, evidence: [...hidden, ...unresolved] };
  return { status: 'pass', summary: `Every ${what} account is cloud-only.${unresolved.length ? ` ${unresolved.length} role holder(s) could not be resolved and were not assessed.` : ''}`, evidence: unresolved };
}

const synced = (h: RoleHolder) => (h.user.onPremisesSyncEnabled === true ? 'synced from on-premises' : null);
const syncedOrFederated = (h: RoleHolder) => synced(h) ?? (h.user.onPremisesImmutableId ? 'anchored to an on-premises or federated identity (onPremisesImmutableId is set)' : null);

export default defineCheck({
  id: 'm365-priv-admins-cloud-only',
  provider: 'm365',
  area: 'privileged-access',
  severity: 'high',
  title: 'Administrators are cloud-only accounts',
  owner: 'Privileged Role Administrator',
  rationale:
    'An administrator synchronised from on-premises Active Directory, or signing in through another identity provider, can be taken over from there (password reset, sync rules, a compromised domain controller or federation server), turning that breach into a Microsoft 365 breach.',
  remediation:
    'Create separate cloud-only accounts (…@tenant.onmicrosoft.com or a cloud domain, not federated) for each listed administrator, move the roles to them, and remove the roles from the synchronised or federated accounts.',
  references: {
    scuba: ['MS.AAD.7.3v1'],
    cis: ['1.1.1'],
    docs: ['https://learn.microsoft.com/entra/architecture/protect-m365-from-on-premises-attacks', 'https://learn.microsoft.com/graph/api/resources/user?view=graph-rest-1.0'],
  },
  reads: ['roleAssignments', 'pimGroups'],
  // Without Entra ID P2 there is no PIM for Groups, so no administrator hides there.
  licenceOptional: ['pimGroups'],
  evaluate({ roleAssignments, pimGroups }) {
    // SCuBA: users in the highly privileged roles, synced or federated; CIS: every administrator role, synced.
    const scuba = judge(roleAssignments, pimGroups, HIGHLY_PRIVILEGED_ROLES, syncedOrFederated, 'highly privileged');
    const cis = judge(roleAssignments, pimGroups, ADMINISTRATOR_ROLES, synced, 'administrator');
    const own = (v: ControlVerdict): ControlVerdict => ({ status: v.status, summary: v.summary });
    const seen = new Set<string>();
    const evidence = [...scuba.evidence, ...cis.evidence].filter((e) => {
      const key = `${e.id}|${e.detail}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return verdictOfControls({ 'MS.AAD.7.3v1': own(scuba), '1.1.1': own(cis) }, evidence);
  },
});
