import { defineCheck } from '../../src/core/define-check.js';
import type { CredentialRestriction } from '../../src/snapshot/m365.js';
import type { Evidence, Verdict } from '../../src/core/model.js';
import { verdictPerControl } from '../../src/rules/m365/profile-verdict.js';

/** .NET DateTime.MinValue: Graph's way of saying "no creation-date cut-off, applies to every app". */
const ALL_APPS_MS = -62135596800000;

/** Whose reading a restriction is judged by. */
type Framework = 'scuba' | 'cis';

/**
 * Maximum lifetimes in days, per framework. Entra enforces maxLifetime as "less than", so SCuBA
 * tells admins to configure 181 / 366 days to get "180 / 365 or less" (and ScubaGear accepts those
 * values); CIS v7 asks for P180D for both secrets and certificates.
 */
const LIMITS: Record<Framework, { password: number; certificate: number }> = {
  scuba: { password: 181, certificate: 366 },
  cis: { password: 180, certificate: 180 },
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

/** Problems with one required restriction, or [] when it meets the framework's reading. */
function restrictionIssues(
  restriction: CredentialRestriction | undefined,
  label: string,
  maxDays: number | null,
  framework: Framework,
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
    if (framework === 'scuba' || future) issues.push(issue(`applies only to apps created after ${cutoff.slice(0, 10)}`));
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
    if (!policy.isEnabled) {
      return {
        status: 'fail',
        summary: 'The tenant default app management policy is turned off: apps can add secrets of any lifetime.',
        evidence: [{ kind: 'policy', name: 'Default app management policy', detail: 'isEnabled is false' }],
      };
    }
    const spRestrictions = policy.servicePrincipalRestrictions;
    if (!spRestrictions) {
      return { status: 'not_assessed', summary: 'This snapshot predates the service principal restrictions (servicePrincipalRestrictions); collect again to judge both restriction sets.' };
    }
    // Both restriction sets apply (ScubaGear judges ApplicationRestrictions and ServicePrincipalRestrictions alike):
    // restricting app registrations alone leaves every enterprise app free to take a long-lived secret.
    const sets = [
      { suffix: '', restrictions: policy },
      { suffix: ' (service principals)', restrictions: spRestrictions },
    ];
    type Kind = { type: string; label: string; credentials: 'passwordCredentials' | 'keyCredentials' };
    const ADDITION: Kind = { type: 'passwordAddition', label: 'Block password addition', credentials: 'passwordCredentials' };
    const PASSWORD: Kind = { type: 'passwordLifetime', label: 'Password lifetime', credentials: 'passwordCredentials' };
    const CERTIFICATE: Kind = { type: 'asymmetricKeyLifetime', label: 'Certificate lifetime', credentials: 'keyCredentials' };
    const issuesOf = (kind: Kind, maxDays: number | null, framework: Framework) =>
      sets.flatMap(({ suffix, restrictions }) =>
        restrictionIssues(restrictions[kind.credentials].find((r) => r.restrictionType === kind.type), `${kind.label}${suffix}`, maxDays, framework, ctx.now),
      );
    const judged = (issues: Evidence[], control: string, passSummary: string): Verdict => {
      if (issues.length === 0) return { status: 'pass', summary: `${passSummary} (${control}).` };
      return { status: 'fail', summary: `${control} is not met: ${issues.map((issue) => `${issue.name}: ${issue.detail}`).join('; ')}.`, evidence: issues };
    };
    const everyApp = 'for app registrations and service principals alike';
    const additionScuba = issuesOf(ADDITION, null, 'scuba');
    // MS.AAD.5.6 "applies only if password credentials are permitted": ScubaGear reports it met once every passwordAddition restriction blocks all apps.
    const passwordScuba: Verdict = additionScuba.length
      ? judged(issuesOf(PASSWORD, LIMITS.scuba.password, 'scuba'), 'MS.AAD.5.6v1', `Password lifetime is capped at 180 days or less ${everyApp}`)
      : { status: 'pass', summary: 'Password addition is blocked for every app, so no password lifetime applies (MS.AAD.5.6v1 applies only where passwords are permitted).' };
    return verdictPerControl(
      {
        'MS.AAD.5.5v1': judged(additionScuba, 'MS.AAD.5.5v1', `New client secrets are blocked for every app registration and service principal, whatever its creation date`),
        '5.1.5.3': judged(issuesOf(ADDITION, null, 'cis'), 'CIS 5.1.5.3', `New client secrets are blocked ${everyApp}`),
        'MS.AAD.5.6v1': passwordScuba,
        '5.1.5.4': judged(issuesOf(PASSWORD, LIMITS.cis.password, 'cis'), 'CIS 5.1.5.4', `Password lifetime is capped at ${LIMITS.cis.password} days ${everyApp}`),
        'MS.AAD.5.7v1': judged(issuesOf(CERTIFICATE, LIMITS.scuba.certificate, 'scuba'), 'MS.AAD.5.7v1', `Certificate lifetime is capped at 365 days or less ${everyApp}`),
        '5.1.5.6': judged(issuesOf(CERTIFICATE, LIMITS.cis.certificate, 'cis'), 'CIS 5.1.5.6', `Certificate lifetime is capped at ${LIMITS.cis.certificate} days ${everyApp}`),
      },
      ctx.settings.profile,
      { allPassSummary: `New client secrets are blocked and credential lifetimes are capped (passwords and certificates at ${LIMITS.cis.certificate} days or less), ${everyApp}.` },
    );
  },
});
