import { defineCheck } from '../../src/core/define-check.js';
import type { Evidence, Verdict } from '../../src/core/model.js';
import { adminUsers } from '../../src/rules/gws/admins.js';
import { effectiveSettings, GOOGLE_DEFAULT } from '../../src/rules/gws/effective-settings.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { verdictPerControl } from '../../src/rules/gws/setting-verdict.js';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Security keys / passkeys only, with 2SV enforced. Two controls, each judged on its own scope:
 * GWS.COMMONCONTROLS.1.1v1 ("for all users") on every OU and group override, CIS 4.1.1.2 (security keys
 * for admins) on the OUs where the active admin accounts sit.
 */
export default defineCheck({
  id: 'gws-mfa-phishing-resistant',
  provider: 'gws',
  area: 'mfa',
  severity: 'medium',
  title: '2-Step Verification is enforced and allows only phishing-resistant methods (passkeys and security keys)',
  owner: 'Super Admin',
  rationale:
    'Codes and prompts can be relayed by an adversary-in-the-middle phishing kit; passkeys and security keys are bound to Google’s origin and cannot be. SCuBA requires phishing-resistant MFA for all users (judged on every OU and group override); CIS asks for security keys on admin accounts (judged on the OUs that hold the active admins).',
  remediation:
    'Admin console > Security > Authentication > 2-Step Verification > Methods: set Enforcement to On and choose "Only security key" (passkeys and security keys) for the top OU once users have enrolled keys, and set every listed OU and group to Inherit. Under the cis profile the check\'s status follows the OUs holding admin accounts (CIS 4.1.1.2); start there.',
  references: {
    scuba: ['GWS.COMMONCONTROLS.1.1v1'],
    cis: ['4.1.1.2'],
    docs: ['https://support.google.com/a/answer/9176657', 'https://support.google.com/a/answer/2537800'],
  },
  reads: ['policies', 'users', 'adminRoles'],
  evaluate({ policies, users, adminRoles }, ctx) {
    const targets = effectiveSettings(policies, { factors: SETTINGS.twoStepFactors, enforcement: SETTINGS.twoStepEnforcement });
    const problemsOf = new Map<string, string>();
    const weak: Evidence[] = [];
    for (const target of targets) {
      const factors = target.settings.factors;
      const from = typeof target.settings.enforcement.value.enforcedFrom === 'string' ? Date.parse(target.settings.enforcement.value.enforcedFrom) : NaN;
      const problems: string[] = [];
      if (factors.value.allowedSignInFactorSet !== 'PASSKEY_ONLY') {
        problems.push(`allowedSignInFactorSet is ${String(factors.value.allowedSignInFactorSet)} (from ${factors.origin.allowedSignInFactorSet ?? GOOGLE_DEFAULT})`);
      }
      // Passkey-only means nothing where 2SV is not enforced: the password alone still signs in.
      if (!Number.isFinite(from) || from <= 0 || from > ctx.now.getTime()) problems.push('2-Step Verification is not enforced, so a password alone signs in');
      if (problems.length === 0) continue;
      const detail = problems.join('; ');
      problemsOf.set(`${target.kind}:${target.id}`, detail);
      weak.push({
        kind: target.kind,
        name: target.kind === 'group' ? `group ${target.name}` : target.name,
        id: target.kind === 'group' ? `groups/${target.id}` : `orgUnits/${target.id}`,
        detail,
      });
    }
    const names = (items: Evidence[]) => `${items.slice(0, 3).map((e) => e.name).join(', ')}${items.length > 3 ? ', …' : ''}`;

    // GWS.COMMONCONTROLS.1.1v1: "for all users", so every OU and every group override.
    const allUsers: Verdict = weak.length === 0
      ? { status: 'pass', summary: `Only passkeys and security keys are allowed, with 2-Step Verification enforced, in all ${targets.length} OUs and group overrides.` }
      : { status: 'fail', summary: `${weak.length} of ${targets.length} OUs/groups allow sign-in without a phishing-resistant method: ${names(weak)}.`, evidence: weak };

    // CIS 4.1.1.2: admin accounts, so the OUs they sit in. Group members are not read, so a weak group
    // override or a role held by a group leaves the admins' verdict open rather than passed.
    const admins = adminUsers(users, adminRoles).filter((a) => !a.user.suspended && !a.user.archived);
    const ouByPath = new Map(targets.filter((t) => t.kind === 'org-unit').map((t) => [t.name, t]));
    const unprotected: Evidence[] = [];
    const unplaced: Evidence[] = [];
    const adminOus = new Set<string>();
    for (const admin of admins) {
      const ou = ouByPath.get(admin.user.orgUnitPath);
      if (!ou) {
        unplaced.push({ kind: 'user', name: admin.user.primaryEmail, id: admin.user.id, detail: `OU ${admin.user.orgUnitPath} is not among the organisational units read` });
        continue;
      }
      adminOus.add(ou.id);
      const problems = problemsOf.get(`org-unit:${ou.id}`);
      if (problems) unprotected.push({ kind: 'user', name: admin.user.primaryEmail, id: admin.user.id, detail: `${admin.roles.join(', ')} in OU ${ou.name}: ${problems}` });
    }
    const roleName = new Map(adminRoles.roles.map((r) => [r.roleId, r.roleName]));
    const openGroups: Evidence[] = [
      ...weak.filter((e) => e.kind === 'group').map((e) => ({ ...e, detail: `${e.detail ?? ''}; its members were not read, so it may cover admins` })),
      ...adminRoles.assignments
        .filter((a) => a.assigneeType.toLowerCase() === 'group')
        .map((a) => ({ kind: 'group' as const, name: a.assignedTo, id: a.assignedTo, detail: `holds ${roleName.get(a.roleId) ?? `role ${a.roleId}`}; members and their OUs not read` })),
    ];
    let forAdmins: Verdict;
    if (unprotected.length > 0) {
      forAdmins = { status: 'fail', summary: `${unprotected.length} of ${admins.length} active admin accounts sit in OUs that allow sign-in without a security key or passkey: ${names(unprotected)}.`, evidence: unprotected };
    } else if (openGroups.length > 0 || unplaced.length > 0) {
      forAdmins = {
        status: 'not_assessed',
        summary: `The OUs holding the ${plural(admins.length - unplaced.length, 'placed admin account')} allow only passkeys and security keys, but ${[
          openGroups.length ? `${plural(openGroups.length, 'group')} whose members were not read (${names(openGroups)})` : '',
          unplaced.length ? `${plural(unplaced.length, 'admin')} in OUs not read (${names(unplaced)})` : '',
        ].filter(Boolean).join(' and ')} may leave admins without that requirement; check those by hand.`,
        evidence: [...openGroups, ...unplaced],
      };
    } else if (admins.length === 0) {
      forAdmins = { status: 'not_applicable', summary: 'No active administrators were found.' };
    } else {
      forAdmins = { status: 'pass', summary: `The ${plural(adminOus.size, 'OU')} holding the ${plural(admins.length, 'active admin account')} allow only passkeys and security keys, with 2-Step Verification enforced.` };
    }

    return verdictPerControl({ 'GWS.COMMONCONTROLS.1.1v1': allUsers, '4.1.1.2': forAdmins }, ctx.settings.profile);
  },
});
