import { defineCheck } from '../../src/core/define-check.js';
import type { CredentialRestriction } from '../../src/snapshot/m365.js';
import type { Evidence } from '../../src/core/model.js';
import type { Profile } from '../../src/core/tenant-settings.js';

/** .NET DateTime.MinValue: Graph's way of saying "no creation-date cut-off, applies to every app". */
const ALL_APPS_MS = -62135596800000;

/**
 * Maximum lifetimes in days, per profile. Entra enforces maxLifetime as "less than", so SCuBA
 * tells admins to configure 181 / 366 days to get "180 / 365 or less"; CIS v7 asks for P180D for
 * both secrets and certificates. strict takes the shorter of the two.
 */
const LIMITS: Record<Profile, { password: number; certificate: number }> = {
  scuba: { password: 181, certificate: 366 },
  cis: { password: 180, certificate: 180 },
  strict: { password: 180, certificate: 180 },
};

/** Days in an ISO 8601 duration such as P180D, P1Y or P12W; null when it cannot be read. */
function durationDays(value: string | null): number | null {
  if (!value) return null;
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(value.trim());
  if (!match || match.slice(1).every((part) => part === undefined)) return null;
  const [, y, mo, w, d, h, mi, s] = match.map((part) => (part === undefined ? 0 : Number(part)));
  return (y ?? 0) * 365 + (mo ?? 0) * 30 + (w ?? 0) * 7 + (d ?? 0) + ((h ?? 0) * 3600 + (mi ?? 0) * 60 + (s ?? 0)) / 86400;
}

function appliesToEveryApp(restriction: CredentialRestriction): boolean {
  const cutoff = restriction.restrictForAppsCreatedAfterDateTime;
  if (!cutoff) return true;
  const ms = Date.parse(cutoff);
  return Number.isNaN(ms) ? cutoff.includes('-62135596800000') : ms <= ALL_APPS_MS;
}

/** Problems with one required restriction, or [] when it meets the profile. */
function restrictionIssues(
  restriction: CredentialRestriction | undefined,
  label: string,
  maxDays: number | null,
  profile: Profile,
  now: Date,
): Evidence[] {
  const issue = (detail: string): Evidence => ({ kind: 'policy', name: label, detail });
  if (!restriction) return [issue('not configured')];
  const issues: Evidence[] = [];
  if (restriction.state !== 'enabled') issues.push(issue(`state is ${restriction.state ?? 'not set'}`));
  if (maxDays !== null) {
    const days = durationDays(restriction.maxLifetime);
    if (days === null) issues.push(issue(`maximum lifetime "${restriction.maxLifetime ?? ''}" not set or unreadable`));
    else if (days > maxDays) issues.push(issue(`maximum lifetime ${restriction.maxLifetime} is longer than ${maxDays} days`));
  }
  if (!appliesToEveryApp(restriction)) {
    const cutoff = restriction.restrictForAppsCreatedAfterDateTime ?? '';
    const future = Date.parse(cutoff) > now.getTime();
    // CIS accepts a cut-off date on or before the assessment; SCuBA wants no cut-off at all,
    // because apps created before it keep adding secrets unrestricted.
    if (profile !== 'cis' || future) issues.push(issue(`applies only to apps created after ${cutoff.slice(0, 10)}`));
  }
  return issues;
}

export default defineCheck({
  id: 'm365-app-credential-policy',
  provider: 'm365',
  area: 'oauth-grants',
  severity: 'medium',
  title: 'The tenant app management policy blocks client secrets and limits credential lifetimes',
  owner: 'Cloud Application Administrator',
  rationale:
    'Client secrets end up in scripts, config files and repositories, and long-lived credentials give a thief a long window. A tenant-wide app management policy that blocks new secrets and caps certificate lifetime forces short-lived, certificate-based app credentials.',
  remediation:
    'Entra admin center > Enterprise apps > Security > Application policies: turn on "Block password addition", "Restrict max password lifetime" (181 days in the portal enforces 180 or less) and "Restrict max certificate lifetime", apply each to all applications, and leave "Only apply to apps created after" empty. (Graph: PATCH /policies/defaultAppManagementPolicy, both applicationRestrictions and servicePrincipalRestrictions.)',
  references: {
    scuba: ['MS.AAD.5.5v1', 'MS.AAD.5.6v1', 'MS.AAD.5.7v1'],
    cis: ['5.1.5.3', '5.1.5.4', '5.1.5.6'],
    docs: [
      'https://learn.microsoft.com/entra/identity/enterprise-apps/configure-app-management-policies',
      'https://learn.microsoft.com/graph/api/resources/tenantappmanagementpolicy',
    ],
  },
  reads: ['appManagementPolicy'],
  evaluate({ appManagementPolicy: policy }, ctx) {
    const profile = ctx.settings.profile;
    const limits = LIMITS[profile];
    if (!policy.isEnabled) {
      return {
        status: 'fail',
        summary: 'The tenant default app management policy is turned off: apps can add secrets of any lifetime.',
        evidence: [{ kind: 'policy', name: 'Default app management policy', detail: 'isEnabled is false' }],
      };
    }
    if (!policy.servicePrincipalRestrictions) {
      return { status: 'not_assessed', summary: 'This snapshot predates the service principal restrictions (servicePrincipalRestrictions); collect again to judge both restriction sets.' };
    }
    const find = (list: CredentialRestriction[], type: string) => list.find((r) => r.restrictionType === type);
    // Both restriction sets apply (ScubaGear judges ApplicationRestrictions and ServicePrincipalRestrictions alike):
    // restricting app registrations alone leaves every enterprise app free to take a long-lived secret.
    const sets = [
      { suffix: '', restrictions: policy },
      { suffix: ' (service principals)', restrictions: policy.servicePrincipalRestrictions },
    ];
    const issues = sets.flatMap(({ suffix, restrictions }) => {
      const additionIssues = restrictionIssues(find(restrictions.passwordCredentials, 'passwordAddition'), `Block password addition${suffix}`, null, profile, ctx.now);
      // SCuBA treats the password lifetime as moot once new secrets are fully blocked; CIS asks for both.
      const lifetimeNeeded = profile !== 'scuba' || additionIssues.length > 0;
      return [
        ...additionIssues,
        ...(lifetimeNeeded
          ? restrictionIssues(find(restrictions.passwordCredentials, 'passwordLifetime'), `Password lifetime${suffix}`, limits.password, profile, ctx.now)
          : []),
        ...restrictionIssues(find(restrictions.keyCredentials, 'asymmetricKeyLifetime'), `Certificate lifetime${suffix}`, limits.certificate, profile, ctx.now),
      ];
    });
    if (issues.length === 0) {
      return {
        status: 'pass',
        summary: `New client secrets are blocked and credential lifetimes are capped (certificates at ${limits.certificate} days or less), for app registrations and service principals alike.`,
      };
    }
    const described = issues.map((issue) => `${issue.name}: ${issue.detail}`).join('; ');
    return { status: 'fail', summary: `The app management policy falls short (${profile} profile): ${described}.`, evidence: issues };
  },
});
