import { describe, expect, it } from 'vitest';
import type { Check } from '../../src/core/define-check.js';
import { evaluateCheck } from '../../src/core/evaluate.js';
import type { CheckResult, Provider, SectionError, Snapshot, Status } from '../../src/core/model.js';
import type { ProviderShapes } from '../../src/snapshot/provider-shapes.js';
import { DEFAULT_TENANT_SETTINGS, type TenantSettings } from '../../src/core/tenant-settings.js';

export interface CheckCase<S> {
  name: string;
  /** Mutates a deep copy of the compliant base data. */
  patch?: (sections: S) => void;
  /** Sections to mark unreadable, with an optional error. */
  unreadable?: { [K in keyof S]?: Partial<SectionError> | true };
  settings?: Partial<TenantSettings>;
  expect: Status;
  /** Evidence names that must appear. */
  evidence?: string[];
  /** Evidence names that must not appear. */
  notEvidence?: string[];
  /** A substring the summary must contain. */
  summary?: string | RegExp;
  /** Expected status of cited framework controls, by id as cited (others are not checked). */
  controls?: Record<string, Status>;
}

export function runCheckOn<P extends Provider>(
  check: Check,
  provider: P,
  data: ProviderShapes[P],
  options: { unreadable?: Record<string, Partial<SectionError> | true>; settings?: Partial<TenantSettings>; now?: string } = {},
): CheckResult {
  const sections: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(data as Record<string, unknown>)) {
    sections[name] = { status: 'ok', data: value };
  }
  for (const [name, error] of Object.entries(options.unreadable ?? {})) {
    const base: SectionError = { code: 'permission', message: `403 Forbidden reading ${name}`, permission: 'Policy.Read.All' };
    sections[name] = { status: 'error', error: error === true ? base : { ...base, ...error } };
  }
  const now = options.now ?? '2026-11-01T00:00:00Z';
  const snapshot: Snapshot = {
    schemaVersion: 1,
    provider,
    tenant: { name: 'test', provider },
    collectedAt: now,
    tool: { name: 'tenant-audit', version: 'test' },
    sections: sections as Snapshot['sections'],
  };
  return evaluateCheck(check, snapshot, { now: new Date(now), settings: { ...DEFAULT_TENANT_SETTINGS, ...options.settings } });
}

/** A table of cases over a compliant base snapshot, ESLint RuleTester style. */
export function checkTable<P extends Provider>(
  check: Check,
  provider: P,
  base: () => ProviderShapes[P],
  cases: CheckCase<ProviderShapes[P]>[],
): void {
  describe(check.meta.id, () => {
    for (const testCase of cases) {
      it(testCase.name, () => {
        const data = structuredClone(base());
        testCase.patch?.(data);
        const result = runCheckOn(check, provider, data, {
          unreadable: testCase.unreadable as Record<string, Partial<SectionError> | true> | undefined,
          settings: testCase.settings,
        });
        expect(result.status, result.summary).toBe(testCase.expect);
        const names = result.evidence.map((e) => e.name);
        for (const name of testCase.evidence ?? []) expect(names).toContain(name);
        for (const name of testCase.notEvidence ?? []) expect(names).not.toContain(name);
        if (testCase.summary) expect(result.summary).toMatch(testCase.summary);
        for (const [id, status] of Object.entries(testCase.controls ?? {})) {
          expect(result.controls?.find((c) => c.id === id)?.status, `control ${id}`).toBe(status);
        }
        if (result.status === 'fail') expect(result.evidence.length).toBeGreaterThan(0);
      });
    }
  });
}
