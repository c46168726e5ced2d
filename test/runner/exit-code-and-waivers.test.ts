import { describe, expect, it } from 'vitest';
import { EXIT, exitCodeFor, severitiesAtOrAbove } from '../../src/cli/exit-codes.js';
import { compareResults } from '../../src/report/drift.js';
import { emptyCounts, type CheckResult, type Severity, type Snapshot, type Status } from '../../src/core/model.js';
import type { AuditResults, TenantAudit } from '../../src/core/results.js';
import { DEFAULT_TENANT_SETTINGS } from '../../src/core/tenant-settings.js';
import type { Waiver } from '../../src/config/schema.js';
import { assembleResults } from '../../src/runner/run-audit.js';
import { auditedTenant, judgeSnapshot } from '../../src/runner/tenant-audit.js';
import smsVoiceDisabled from '../../checks/m365/m365-auth-sms-voice-disabled.js';
import { compliantTenant } from '../checks/m365/compliant-tenant.js';

function result(status: Status, severity: Severity, waived = false): CheckResult {
  return {
    checkId: `m365-test-${status}-${severity}`,
    provider: 'm365',
    area: 'mfa',
    severity,
    title: 'A test control holds',
    status,
    summary: status,
    evidence: [],
    evidenceTotal: 0,
    owner: 'Global Administrator',
    rationale: 'r',
    remediation: 'r',
    references: { docs: ['https://learn.microsoft.com/'] },
    ...(waived ? { waiver: { reason: 'accepted risk' } } : {}),
  };
}

function tenant(results: CheckResult[], outcome: TenantAudit['outcome'] = 'audited'): TenantAudit {
  return { tenant: { name: `t-${outcome}`, provider: 'm365' }, outcome, durationMs: 1, counts: emptyCounts(), results };
}

function resultsOf(...tenants: TenantAudit[]): AuditResults {
  return assembleResults(tenants, { startedAt: new Date('2026-11-01T00:00:00Z'), failOn: 'none', profile: 'strict' });
}

describe('exitCodeFor', () => {
  it('lists the severities at or above a threshold', () => {
    expect(severitiesAtOrAbove('critical')).toEqual(['critical']);
    expect(severitiesAtOrAbove('high')).toEqual(['critical', 'high']);
    expect(severitiesAtOrAbove('info')).toEqual(['critical', 'high', 'medium', 'low', 'info']);
  });

  it('is 0 with --fail-on none whatever fails', () => {
    expect(exitCodeFor(resultsOf(tenant([result('fail', 'critical')])), 'none')).toBe(EXIT.ok);
  });

  it.each([
    ['critical', 'critical', EXIT.findings],
    ['high', 'critical', EXIT.ok],
    ['high', 'high', EXIT.findings],
    ['medium', 'high', EXIT.ok],
    ['medium', 'medium', EXIT.findings],
    ['low', 'medium', EXIT.ok],
    ['info', 'low', EXIT.ok],
    ['info', 'info', EXIT.findings],
  ] as const)('a %s failure with --fail-on %s exits %i', (severity, failOn, code) => {
    expect(exitCodeFor(resultsOf(tenant([result('pass', 'critical'), result('fail', severity)])), failOn)).toBe(code);
  });

  it('does not count waived failures, nor results that are not failures', () => {
    const waived = tenant([result('fail', 'critical', true), result('not_assessed', 'critical'), result('error', 'critical'), result('not_applicable', 'high')]);
    expect(exitCodeFor(resultsOf(waived), 'info')).toBe(EXIT.ok);
    const oneUnwaived = tenant([result('fail', 'critical', true), result('fail', 'low')]);
    expect(exitCodeFor(resultsOf(oneUnwaived), 'low')).toBe(EXIT.findings);
    expect(exitCodeFor(resultsOf(oneUnwaived), 'medium')).toBe(EXIT.ok);
  });

  it('is 3 when a tenant could not be audited, outranking findings', () => {
    const failed = tenant([], 'failed');
    expect(exitCodeFor(resultsOf(tenant([result('pass', 'high')]), failed), 'none')).toBe(EXIT.tenantFailed);
    expect(exitCodeFor(resultsOf(tenant([result('fail', 'critical')]), failed), 'critical')).toBe(EXIT.tenantFailed);
  });
});

describe('waivers', () => {
  /** A tenant whose SMS sign-in method is on: m365-auth-sms-voice-disabled (medium) fails. */
  function smsEnabledSnapshot(): Snapshot {
    const data = compliantTenant();
    const sms = data.authenticationMethodsPolicy.methods.find((m) => m.id === 'Sms')!;
    sms.state = 'enabled';
    return {
      schemaVersion: 1,
      provider: 'm365',
      tenant: { name: 'contoso', provider: 'm365' },
      collectedAt: '2026-11-01T00:00:00Z',
      tool: { name: 'tenant-audit', version: 'test' },
      settings: DEFAULT_TENANT_SETTINGS,
      sections: { authenticationMethodsPolicy: { status: 'ok', data: data.authenticationMethodsPolicy } },
    };
  }

  function judge(waivers: Waiver[], now: string) {
    const snapshot = smsEnabledSnapshot();
    const [judged] = judgeSnapshot(snapshot, { settings: DEFAULT_TENANT_SETTINGS, waivers }, [smsVoiceDisabled], new Date(now));
    const results = assembleResults([auditedTenant(snapshot, [judged!], 1)], { startedAt: new Date(now), failOn: 'medium', profile: 'strict' });
    return { judged: judged!, code: exitCodeFor(results, 'medium') };
  }

  it('fails and gates the exit code without a waiver', () => {
    const { judged, code } = judge([], '2026-11-01T00:00:00Z');
    expect(judged.status).toBe('fail');
    expect(judged.waiver).toBeUndefined();
    expect(code).toBe(EXIT.findings);
  });

  it('marks a failure waived by an open-ended waiver, keeping its status, and it no longer gates', () => {
    const { judged, code } = judge([{ check: 'm365-auth-sms-voice-disabled', reason: 'call-centre staff have no smartphones' }], '2026-11-01T00:00:00Z');
    expect(judged.status).toBe('fail');
    expect(judged.waiver).toEqual({ reason: 'call-centre staff have no smartphones' });
    expect(code).toBe(EXIT.ok);
  });

  it('honours a waiver until the end of its expiry day', () => {
    const waiver = { check: 'm365-auth-sms-voice-disabled', reason: 'migration to passkeys under way', expires: '2026-11-30' };
    expect(judge([waiver], '2026-11-30T23:00:00Z').judged.waiver).toEqual({ reason: waiver.reason, expires: '2026-11-30' });
    const expired = judge([waiver], '2026-12-01T00:00:01Z');
    expect(expired.judged.waiver).toBeUndefined();
    expect(expired.code).toBe(EXIT.findings);
  });

  it('applies a waiver only to the check it names', () => {
    const { judged, code } = judge([{ check: 'm365-auth-email-otp-disabled', reason: 'other control' }], '2026-11-01T00:00:00Z');
    expect(judged.waiver).toBeUndefined();
    expect(code).toBe(EXIT.findings);
  });
});

describe('exitCodeFor with --new-only (drift against an earlier run)', () => {
  const stillFailing = result('fail', 'critical');
  const before = resultsOf(tenant([stillFailing, result('pass', 'high')]));

  it('ignores failures that already failed in the earlier run', () => {
    const now = resultsOf(tenant([stillFailing, result('pass', 'high')]));
    expect(exitCodeFor(now, 'high')).toBe(EXIT.findings);
    expect(exitCodeFor(now, 'high', { newSince: compareResults(before, now) })).toBe(EXIT.ok);
  });

  it('exits 1 for a check that regressed at or above the threshold', () => {
    const regressed = { ...result('pass', 'high'), status: 'fail' as const };
    const now = resultsOf(tenant([stillFailing, regressed]));
    expect(exitCodeFor(now, 'high', { newSince: compareResults(before, now) })).toBe(EXIT.findings);
    expect(exitCodeFor(now, 'critical', { newSince: compareResults(before, now) })).toBe(EXIT.ok);
  });

  it('counts every failure of a tenant the earlier run did not have', () => {
    const newcomer: TenantAudit = { ...tenant([result('fail', 'high')]), tenant: { name: 'new-client', provider: 'm365' } };
    const now = resultsOf(tenant([stillFailing, result('pass', 'high')]), newcomer);
    expect(exitCodeFor(now, 'high', { newSince: compareResults(before, now) })).toBe(EXIT.findings);
  });
});
