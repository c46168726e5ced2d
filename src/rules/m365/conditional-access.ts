import type { CaAuthenticationStrength, CaPolicy } from '../../snapshot/m365.js';
import type { Evidence, Verdict } from '../../core/model.js';
import { ADMINISTRATOR_ROLES } from './privileged-roles.js';

/** The built-in "Phishing-resistant MFA" authentication strength. */
export const PHISHING_RESISTANT_STRENGTH_ID = '00000000-0000-0000-0000-000000000004';

const includesValue = (values: readonly string[] | null | undefined, value: string): boolean =>
  (values ?? []).some((v) => v.toLowerCase() === value.toLowerCase());

/** Only `enabled` is enforced; report-only and disabled policies protect nothing. */
export function isEnforced(policy: CaPolicy): boolean {
  return policy.state === 'enabled';
}

export function stateLabel(policy: CaPolicy): string {
  if (policy.state === 'enabledForReportingButNotEnforced') return 'report-only';
  return policy.state;
}

export function includesAllUsers(policy: CaPolicy): boolean {
  return includesValue(policy.conditions.users.includeUsers, 'All');
}

export function includesAllApps(policy: CaPolicy): boolean {
  return includesValue(policy.conditions.applications.includeApplications, 'All');
}

export function grantControls(policy: CaPolicy): string[] {
  return (policy.grantControls?.builtInControls ?? []).map((c) => c.toLowerCase());
}

export function blocksAccess(policy: CaPolicy): boolean {
  return grantControls(policy).includes('block');
}

/** Built-in authentication strengths by id: Multifactor authentication, Passwordless MFA, Phishing-resistant MFA. */
const BUILT_IN_MFA_STRENGTH_IDS = new Set(['00000000-0000-0000-0000-000000000002', '00000000-0000-0000-0000-000000000003', PHISHING_RESISTANT_STRENGTH_ID]);

/** Methods that are phishing-resistant on their own (ScubaGear IsPhishingResistantMFA). */
const PHISHING_RESISTANT_MODES = new Set(['fido2', 'windowshelloforbusiness', 'x509certificatemultifactor']);

/**
 * Single methods that satisfy MFA on their own; any other lone method (password, sms, email, a
 * single-factor certificate or federation …) is one factor. A combination of two methods is MFA.
 * ScubaGear's IsGeneralMFA lists the same combinations.
 */
const MULTIFACTOR_MODES = new Set([...PHISHING_RESISTANT_MODES, 'devicebasedpush', 'temporaryaccesspassonetime', 'temporaryaccesspassmultiuse', 'federatedmultifactor']);

const methodsOf = (combination: string): string[] => combination.split(',').map((m) => m.trim().toLowerCase()).filter(Boolean);

const isMultiFactorCombination = (combination: string): boolean => {
  const methods = methodsOf(combination);
  return methods.length > 1 || (methods.length === 1 && MULTIFACTOR_MODES.has(methods[0]!));
};

const isPhishingResistantCombination = (combination: string): boolean => {
  const methods = methodsOf(combination);
  return methods.length === 1 && PHISHING_RESISTANT_MODES.has(methods[0]!);
};

/** Why a strength does not amount to MFA, or null when every combination it allows is multifactor. */
export function strengthMfaShortfall(strength: CaAuthenticationStrength): string | null {
  const combinations = strength.allowedCombinations ?? [];
  const name = strength.displayName ?? strength.id;
  if (combinations.length === 0) {
    return BUILT_IN_MFA_STRENGTH_IDS.has(strength.id.toLowerCase()) ? null : `authentication strength "${name}": allowed combinations not known`;
  }
  const single = combinations.filter((c) => !isMultiFactorCombination(c));
  if (single.length) return `authentication strength "${name}" allows single-factor ${single.join('; ')}`;
  if (strength.requirementsSatisfied && strength.requirementsSatisfied.toLowerCase() !== 'mfa') return `authentication strength "${name}" does not satisfy MFA (requirementsSatisfied ${strength.requirementsSatisfied})`;
  return null;
}

/** Why a strength is not phishing-resistant, or null when it allows only FIDO2, Windows Hello for Business and multifactor certificates. */
export function strengthPhishingResistantShortfall(strength: CaAuthenticationStrength): string | null {
  const combinations = strength.allowedCombinations ?? [];
  const name = strength.displayName ?? strength.id;
  if (combinations.length === 0) {
    return strength.id.toLowerCase() === PHISHING_RESISTANT_STRENGTH_ID ? null : `authentication strength "${name}": allowed combinations not known`;
  }
  const weaker = combinations.filter((c) => !isPhishingResistantCombination(c));
  return weaker.length ? `authentication strength "${name}" also allows ${weaker.join('; ')}` : null;
}

const isOr = (policy: CaPolicy): boolean => (policy.grantControls?.operator ?? 'OR').toUpperCase() !== 'AND';

/**
 * Whether every way of satisfying the grant includes MFA. With OR, another control (a compliant
 * device, terms of use, a strength that admits a password alone) lets the user through without a
 * second factor, so it does not count.
 */
export function requiresMfa(policy: CaPolicy): boolean {
  const grant = policy.grantControls;
  if (!grant) return false;
  const controls = grantControls(policy);
  const strength = grant.authenticationStrength ?? null;
  const strengthIsMfa = strength !== null && strengthMfaShortfall(strength) === null;
  if (!strengthIsMfa && !controls.includes('mfa')) return false;
  if (!isOr(policy)) return true;
  return controls.every((c) => c === 'mfa') && (strength === null || strengthIsMfa);
}

/** Whether the grant demands a phishing-resistant strength (built-in or custom) with no weaker alternative. */
export function requiresPhishingResistantMfa(policy: CaPolicy): boolean {
  const strength = policy.grantControls?.authenticationStrength;
  if (!strength || strengthPhishingResistantShortfall(strength) !== null) return false;
  return !isOr(policy) || grantControls(policy).length === 0;
}

const MANAGED_DEVICE_CONTROLS = ['compliantdevice', 'domainjoineddevice'];

/** Whether every way through the grant needs a managed device: compliant, or Microsoft Entra hybrid joined. */
export function requiresManagedDevice(policy: CaPolicy): boolean {
  const controls = grantControls(policy);
  if (!controls.some((c) => MANAGED_DEVICE_CONTROLS.includes(c))) return false;
  if (!isOr(policy)) return true;
  return controls.every((c) => MANAGED_DEVICE_CONTROLS.includes(c)) && !policy.grantControls?.authenticationStrength;
}

/** Which risk condition a risk-based policy is built on. */
export type RiskKind = 'user' | 'signIn';

export interface NarrowingAllowance {
  /** A risk-based policy legitimately sets its own kind of risk level (and only that one). */
  allowRisk?: RiskKind;
  /** The policy is about client app types (blocking legacy authentication) and judges them itself. */
  allowClientAppTypes?: boolean;
  /** The policy is about authentication flows (blocking device code) and judges them itself. */
  allowAuthenticationFlows?: boolean;
}

const flags = (value: string | null | undefined): string[] => (value ?? '').split(',').map((v) => v.trim()).filter((v) => v && v.toLowerCase() !== 'none');

/**
 * Conditions that make the policy fire only sometimes: risk levels (user, sign-in, insider, service
 * principal), client app types other than all, authentication flows, device and application filters,
 * platforms, locations, excluded apps, or workload identities instead of users. Any one of them means
 * the policy does not apply at every sign-in.
 */
export function narrowingConditions(policy: CaPolicy, options: NarrowingAllowance = {}): string[] {
  const reasons: string[] = [];
  const { conditions } = policy;
  if (options.allowRisk !== 'user' && conditions.userRiskLevels.length) {
    reasons.push(`only at user risk ${conditions.userRiskLevels.join('/')}`);
  }
  if (options.allowRisk !== 'signIn' && conditions.signInRiskLevels.length) {
    reasons.push(`only at sign-in risk ${conditions.signInRiskLevels.join('/')}`);
  }
  const insider = flags(conditions.insiderRiskLevels);
  if (insider.length) reasons.push(`only at insider risk ${insider.join('/')}`);
  if (conditions.servicePrincipalRiskLevels?.length) reasons.push(`only at service principal risk ${conditions.servicePrincipalRiskLevels.join('/')}`);
  const types = conditions.clientAppTypes;
  if (!options.allowClientAppTypes && types.length && !includesValue(types, 'all')) {
    reasons.push(`only for client types ${types.join(', ')}`);
  }
  const transfer = flags(conditions.authenticationFlows?.transferMethods);
  if (!options.allowAuthenticationFlows && transfer.length) reasons.push(`only for authentication flows ${transfer.join(', ')}`);
  const deviceFilter = conditions.devices?.deviceFilter;
  if (deviceFilter?.rule.trim()) reasons.push(`device filter (${deviceFilter.mode}: ${deviceFilter.rule})`);
  const appFilter = conditions.applications.applicationFilter;
  if (appFilter?.rule.trim()) reasons.push(`application filter (${appFilter.mode}: ${appFilter.rule})`);
  const platforms = conditions.platforms;
  if (platforms && ((platforms.includePlatforms.length && !includesValue(platforms.includePlatforms, 'all')) || platforms.excludePlatforms.length)) {
    reasons.push('limited to some device platforms');
  }
  const locations = conditions.locations;
  if (locations && ((locations.includeLocations.length && !includesValue(locations.includeLocations, 'All')) || locations.excludeLocations.length)) {
    reasons.push('limited by network location');
  }
  if (conditions.applications.excludeApplications.length) {
    reasons.push(`excludes ${conditions.applications.excludeApplications.length} application(s)`);
  }
  const workloads = conditions.clientApplications;
  if (workloads && (workloads.includeServicePrincipals.length || workloads.excludeServicePrincipals.length)) {
    reasons.push('targets workload identities (service principals), not users');
  }
  return reasons;
}

/**
 * Who the policy leaves out beyond the break-glass accounts (the ScubaGear CapExclusions model):
 * excluded users, groups, roles and guest types, each as evidence.
 */
export function unexpectedExclusions(policy: CaPolicy, allowedIds: ReadonlySet<string>): Evidence[] {
  const users = policy.conditions.users;
  const where = `excluded from "${policy.displayName}"`;
  const evidence: Evidence[] = [];
  for (const id of users.excludeUsers) {
    if (allowedIds.has(id.toLowerCase())) continue;
    if (id === 'GuestsOrExternalUsers') evidence.push({ kind: 'user', name: 'All guest and external users', detail: where });
    else evidence.push({ kind: 'user', name: policy.principalNames?.[id] ?? id, id, detail: `user ${where}` });
  }
  for (const id of users.excludeGroups) {
    if (allowedIds.has(id.toLowerCase())) continue;
    evidence.push({ kind: 'group', name: policy.principalNames?.[id] ?? id, id, detail: `group ${where}` });
  }
  for (const id of users.excludeRoles) {
    const known = ADMINISTRATOR_ROLES.find((role) => role.templateId === id.toLowerCase());
    evidence.push({ kind: 'role', name: known?.name ?? id, id, detail: `role ${where}` });
  }
  if (users.excludeGuestsOrExternalUsers) {
    evidence.push({ kind: 'user', name: 'Guest or external user types', detail: where });
  }
  return evidence;
}

export function policyEvidence(policy: CaPolicy, detail: string): Evidence {
  return { kind: 'policy', name: policy.displayName, id: policy.id, detail };
}

export interface TenantWideRequirement extends NarrowingAllowance {
  /** The protection, completing "No enabled Conditional Access policy …", e.g. "requires MFA for all users on all apps". */
  what: string;
  /** Targets and grant that make a policy this kind of policy (all users is checked for you). */
  qualifies(policy: CaPolicy): boolean;
  /** Extra reasons a qualifying policy falls short, e.g. only some client app types. */
  extraNarrowing?(policy: CaPolicy): string[];
}

/**
 * Judges a protection every user must get from an enforced policy: all users, no narrowing
 * conditions, and no exclusions other than the break-glass accounts.
 */
export function assessTenantWide(policies: readonly CaPolicy[], allowedIds: ReadonlySet<string>, requirement: TenantWideRequirement): Verdict {
  const candidates = policies.filter((p) => includesAllUsers(p) && requirement.qualifies(p));
  const enforced = candidates.filter(isEnforced);
  const narrowed = new Map(enforced.map((p) => [p, [...narrowingConditions(p, requirement), ...(requirement.extraNarrowing?.(p) ?? [])]]));
  const full = enforced.filter((p) => narrowed.get(p)!.length === 0);

  const clean = full.find((p) => unexpectedExclusions(p, allowedIds).length === 0);
  if (clean) {
    return {
      status: 'pass',
      summary: `Enabled policy "${clean.displayName}" ${requirement.what}.`,
      evidence: [policyEvidence(clean, 'enabled, all users, no exclusions beyond break-glass accounts')],
    };
  }
  if (full.length) {
    const evidence = full.flatMap((p) => unexpectedExclusions(p, allowedIds));
    return {
      status: 'fail',
      summary: `${full.map((p) => `"${p.displayName}"`).join(', ')} ${requirement.what}, but exclude${full.length === 1 ? 's' : ''} ${evidence.length} principal(s) that are not configured break-glass accounts.`,
      evidence,
    };
  }
  const evidence: Evidence[] = [
    ...enforced.map((p) => policyEvidence(p, narrowed.get(p)!.join('; '))),
    ...candidates.filter((p) => !isEnforced(p)).map((p) => policyEvidence(p, `${stateLabel(p)}: not enforced`)),
  ];
  if (evidence.length === 0) evidence.push({ kind: 'setting', name: 'Conditional Access', detail: `no policy ${requirement.what}` });
  return { status: 'fail', summary: `No enabled Conditional Access policy ${requirement.what} without conditions that narrow it.`, evidence };
}

/** The user types of an excludeGuestsOrExternalUsers condition (a comma-separated guestOrExternalUserTypes), for evidence. */
function guestTypes(condition: unknown): string {
  const types = (condition as { guestOrExternalUserTypes?: unknown } | null)?.guestOrExternalUserTypes;
  return typeof types === 'string' && types ? types : 'named in the policy';
}

/**
 * Why a policy naming admin roles does not protect every holder at every sign-in: narrowing conditions,
 * only some client types, or users and groups excluded beyond the break-glass accounts (an excluded
 * admin, or a group any admin can be put in, is an admin the policy skips).
 */
function roleNarrowing(policy: CaPolicy, allowedIds: ReadonlySet<string>): string[] {
  const users = policy.conditions.users;
  const excluded = [
    ...users.excludeUsers.filter((id) => !allowedIds.has(id.toLowerCase())).map((id) => `user ${policy.principalNames?.[id] ?? id}`),
    ...users.excludeGroups.filter((id) => !allowedIds.has(id.toLowerCase())).map((id) => `group ${policy.principalNames?.[id] ?? id}`),
  ];
  const guests = users.excludeGuestsOrExternalUsers;
  return [
    ...narrowingConditions(policy),
    ...(excluded.length ? [`excludes ${excluded.join(', ')} (not configured break-glass accounts)`] : []),
    // A guest or external user can hold a directory role; excluding the type exempts those admins (ScubaGear GuestUserExclusionsFullyExempt).
    ...(guests ? [`excludes guest or external user types ${guestTypes(guests)}`] : []),
  ];
}

/**
 * The roles no enforced policy with the given grant covers on all apps without narrowing conditions.
 * A role is covered when the policy includes it (or all users) and does not exclude it.
 */
export function uncoveredRoles<R extends { templateId: string }>(
  policies: readonly CaPolicy[],
  roles: readonly R[],
  grants: (policy: CaPolicy) => boolean,
  allowedIds: ReadonlySet<string>,
): R[] {
  const applicable = policies.filter((p) => isEnforced(p) && includesAllApps(p) && grants(p) && roleNarrowing(p, allowedIds).length === 0);
  return roles.filter((role) => {
    const id = role.templateId.toLowerCase();
    return !applicable.some((p) => {
      const users = p.conditions.users;
      const included = includesAllUsers(p) || users.includeRoles.some((r) => r.toLowerCase() === id);
      return included && !users.excludeRoles.some((r) => r.toLowerCase() === id);
    });
  });
}

/** Policies that name the role but are not enforced or are narrowed: the near misses worth showing. */
export function roleNearMisses(policies: readonly CaPolicy[], grants: (policy: CaPolicy) => boolean, allowedIds: ReadonlySet<string>): Evidence[] {
  return policies
    .filter((p) => grants(p) && (includesAllUsers(p) || p.conditions.users.includeRoles.length > 0))
    .flatMap((p) => {
      if (!isEnforced(p)) return [policyEvidence(p, `${stateLabel(p)}: not enforced`)];
      const reasons = [...roleNarrowing(p, allowedIds), ...(includesAllApps(p) ? [] : ['not on all resources'])];
      return reasons.length ? [policyEvidence(p, reasons.join('; '))] : [];
    });
}
