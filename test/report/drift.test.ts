import { describe, expect, it } from 'vitest';
import type { CheckResult, Status } from '../../src/core/model.js';
import type { AuditResults } from '../../src/core/results.js';
import { compareResults, hasChanges } from '../../src/report/drift.js';
import { auditResults, buildSampleResults, checkResult, tenantAudit } from './sample-results.js';

function withStatus(results: AuditResults, tenant: string, checkId: string, status: Status): AuditResults {
  const copy = structuredClone(results);
  const audit = copy.tenants.find((t) => t.tenant.name === tenant)!;
  const result = audit.results.find((r) => r.checkId === checkId)!;
  result.status = status;
  return copy;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

const ids = (entries: { checkId: string }[]) => entries.map((e) => e.checkId);

describe('compareResults', () => {
  it('reports nothing new for two identical runs', () => {
    const drift = compareResults(buildSampleResults(), buildSampleResults());
    expect(drift.totals).toMatchObject({ regressions: 0, fixed: 0, changed: 0, addedChecks: 0, removedChecks: 0, tenantsAdded: 0, tenantsRemoved: 0 });
    expect(drift.totals.stillFailing).toBe(5 + 3 + 3); // contoso, fabrikam (one waived), northwind
    expect(drift.tenants.some(hasChanges)).toBe(false);
  });

  it('sorts each tenant’s changes into regressions, fixes, still failing and other changes', () => {
    let previous = buildSampleResults();
    previous = withStatus(previous, 'contoso', 'm365-app-user-consent-restricted', 'pass'); // now fail: regression
    previous = withStatus(previous, 'contoso', 'm365-priv-global-admin-count', 'fail'); // now pass: fixed
    previous = withStatus(previous, 'contoso', 'm365-priv-admins-phishing-resistant', 'pass'); // now not_assessed: lost permission
    previous = withStatus(previous, 'contoso', 'm365-ca-risky-users-blocked', 'fail'); // now not_applicable: fixed
    const drift = compareResults(previous, buildSampleResults());
    const contoso = drift.tenants.find((t) => t.tenant.name === 'contoso')!;
    expect(ids(contoso.regressions)).toEqual(['m365-app-user-consent-restricted']);
    expect(ids(contoso.fixed)).toEqual(['m365-ca-risky-users-blocked', 'm365-priv-global-admin-count']);
    expect(ids(contoso.changed)).toEqual(['m365-priv-admins-phishing-resistant']);
    expect(contoso.changed[0]).toMatchObject({ previous: 'pass', current: 'not_assessed', severity: 'high' });
    expect(ids(contoso.stillFailing)).toEqual([
      'm365-app-tenant-wide-risky-grants',
      'm365-auth-members-mfa-capable',
      'm365-ca-mfa-all-users',
      'm365-auth-sms-voice-disabled',
    ]);
    expect(drift.tenants[0]!.tenant.name).toBe('contoso'); // the tenant with regressions comes first
    expect(drift.totals).toMatchObject({ regressions: 1, fixed: 2, changed: 1 });
  });

  it('does not call a failing check fixed when it only became unreadable', () => {
    const current = withStatus(buildSampleResults(), 'contoso', 'm365-ca-mfa-all-users', 'not_assessed');
    const contoso = compareResults(buildSampleResults(), current).tenants.find((t) => t.tenant.name === 'contoso')!;
    expect(ids(contoso.fixed)).toEqual([]);
    expect(contoso.changed).toEqual([expect.objectContaining({ checkId: 'm365-ca-mfa-all-users', previous: 'fail', current: 'not_assessed' })]);
    expect(hasChanges(contoso)).toBe(true);
  });

  it('counts a check that was unreadable and now fails as newly failing', () => {
    const previous = withStatus(buildSampleResults(), 'fabrikam-gws', 'gws-drive-external-sharing-restricted', 'error');
    const fabrikam = compareResults(previous, buildSampleResults()).tenants.find((t) => t.tenant.name === 'fabrikam-gws')!;
    expect(fabrikam.regressions).toEqual([expect.objectContaining({ checkId: 'gws-drive-external-sharing-restricted', previous: 'error', current: 'fail' })]);
  });

  it('lists checks added to and removed from the catalog', () => {
    const previous = structuredClone(buildSampleResults());
    const contosoBefore = previous.tenants.find((t) => t.tenant.name === 'contoso')!;
    contosoBefore.results = contosoBefore.results.filter((r) => r.checkId !== 'm365-ca-device-code-flow-blocked');
    const current = structuredClone(buildSampleResults());
    const contosoNow = current.tenants.find((t) => t.tenant.name === 'contoso')!;
    contosoNow.results = contosoNow.results.filter((r) => r.checkId !== 'm365-sharing-guest-invites-restricted');
    const contoso = compareResults(previous, current).tenants.find((t) => t.tenant.name === 'contoso')!;
    expect(contoso.addedChecks).toEqual([expect.objectContaining({ checkId: 'm365-ca-device-code-flow-blocked', previous: null, current: 'error' })]);
    expect(contoso.removedChecks).toEqual([expect.objectContaining({ checkId: 'm365-sharing-guest-invites-restricted', previous: 'pass', current: null })]);
  });

  it('matches tenants by name and provider, and lists tenants added and removed', () => {
    const previous = buildSampleResults();
    const current = structuredClone(buildSampleResults());
    // Same name, other provider: a different tenant.
    current.tenants[1]!.tenant = { ...current.tenants[1]!.tenant, name: 'contoso' };
    const drift = compareResults(previous, current);
    expect(drift.tenantsAdded).toEqual([expect.objectContaining({ name: 'contoso', provider: 'gws' })]);
    expect(drift.tenantsRemoved).toEqual([expect.objectContaining({ name: 'fabrikam-gws', provider: 'gws' })]);
    expect(drift.tenants.map((t) => `${t.tenant.provider}/${t.tenant.name}`).sort()).toEqual(['m365/contoso', 'm365/tailspin', 'salesforce/northwind-prod']);
    expect(drift.totals).toMatchObject({ tenantsAdded: 1, tenantsRemoved: 1 });
  });

  it('flags a tenant that can no longer be audited instead of reporting every check as removed', () => {
    const current = structuredClone(buildSampleResults());
    const northwind = current.tenants.find((t) => t.tenant.name === 'northwind-prod')!;
    northwind.outcome = 'failed';
    northwind.results = [];
    northwind.error = { code: 'auth', message: 'INVALID_SESSION_ID: the connected app certificate expired' };
    const drift = compareResults(buildSampleResults(), current);
    const entry = drift.tenants.find((t) => t.tenant.name === 'northwind-prod')!;
    expect(entry).toMatchObject({ comparable: false, previousOutcome: 'audited', currentOutcome: 'failed', removedChecks: [] });
    expect(entry.currentError?.message).toContain('certificate expired');
    expect(drift.totals.tenantsNoLongerAudited).toBe(1);
    expect(drift.tenants[0]).toBe(entry);
    expect(hasChanges(entry)).toBe(true);
  });

  it('is pure: frozen inputs, same answer twice', () => {
    const previous = deepFreeze(withStatus(buildSampleResults(), 'contoso', 'm365-ca-block-legacy-auth', 'fail'));
    const current = deepFreeze(buildSampleResults());
    const first = compareResults(previous, current);
    expect(compareResults(previous, current)).toEqual(first);
    expect(first.totals.fixed).toBe(1);
  });

  it('keeps the waiver flag so a waived failure reads as such', () => {
    const make = (status: Status, waived: boolean): AuditResults => {
      const result: CheckResult = checkResult('gws-mfa-no-sms-voice', status, 's', [], waived ? { waiver: { reason: 'r' } } : {});
      return auditResults([tenantAudit({ name: 'x', provider: 'gws' }, [result])]);
    };
    const drift = compareResults(make('pass', false), make('fail', true));
    expect(drift.tenants[0]!.regressions).toEqual([expect.objectContaining({ waived: true })]);
  });
});
