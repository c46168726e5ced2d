import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { renderOcsf, type OcsfDetectionFinding } from '../../src/report/ocsf.js';
import { buildSampleResults } from './sample-results.js';

// The attributes OCSF 1.x requires of a Detection Finding (base event + finding + detection_finding) and of the
// objects it holds, with their types: https://schema.ocsf.io/1.3.0/classes/detection_finding.
const int = { type: 'integer' };
const text = { type: 'string', minLength: 1 };
const required = {
  type: 'array',
  items: {
    type: 'object',
    required: ['activity_id', 'category_uid', 'class_uid', 'type_uid', 'time', 'severity_id', 'metadata', 'finding_info'],
    properties: {
      activity_id: { enum: [0, 1, 2, 3, 99] },
      category_uid: { const: 2 },
      class_uid: { const: 2004 },
      type_uid: int,
      time: int,
      severity_id: { enum: [0, 1, 2, 3, 4, 5, 6, 99] },
      status_id: { enum: [0, 1, 2, 3, 4, 5, 6, 99] },
      status: text,
      message: text,
      metadata: {
        type: 'object',
        required: ['version', 'product'],
        properties: { version: { type: 'string', pattern: '^1\\.\\d+\\.\\d+$' }, product: { type: 'object', required: ['name', 'vendor_name'], properties: { name: text, vendor_name: text, version: text } } },
      },
      finding_info: {
        type: 'object',
        required: ['uid', 'title'],
        properties: { uid: text, title: text, desc: text, types: { type: 'array', items: text }, created_time: int, analytic: { type: 'object', required: ['type_id'], properties: { type_id: int } } },
      },
      resources: { type: 'array', minItems: 1, items: { type: 'object', properties: { uid: text, name: text, type: text } } },
    },
  },
};
const validate = new Ajv({ allErrors: true, strict: false }).compile(required);

describe('renderOcsf', () => {
  const results = buildSampleResults();
  const findings = JSON.parse(renderOcsf(results)) as OcsfDetectionFinding[];

  it('has the attributes OCSF requires of a Detection Finding, with the right types', () => {
    expect(validate(findings), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the attribute check is live: a finding without finding_info.uid or with a string time fails it', () => {
    const first = findings[0]!;
    expect(validate([{ ...first, finding_info: { ...first.finding_info, uid: undefined } }])).toBe(false);
    expect(validate([{ ...first, time: String(first.time) }])).toBe(false);
  });

  it('is one finding per failing check per tenant, naming the tenant in resources', () => {
    const failing = results.tenants.flatMap((t) => t.results.filter((r) => r.status === 'fail').map((r) => `${t.tenant.name} ${r.checkId}`));
    expect(failing.length).toBeGreaterThan(1);
    expect(findings.map((f) => `${f.resources[0]!.name} ${f.finding_info.analytic.uid}`).sort()).toEqual(failing.sort());
    const contoso = findings.find((f) => f.resources[0]!.name === 'contoso')!;
    expect(contoso.resources[0]).toMatchObject({ uid: '72f988bf-0000-4a00-9000-00000000c0de', type: 'm365 tenant' });
  });

  it('keeps finding_info.uid across runs and apart between tenants and checks', () => {
    const again = JSON.parse(renderOcsf({ ...results, startedAt: '2030-01-01T00:00:00Z', finishedAt: '2030-01-01T00:05:00Z' })) as OcsfDetectionFinding[];
    expect(again.map((f) => f.finding_info.uid)).toEqual(findings.map((f) => f.finding_info.uid));
    expect(new Set(findings.map((f) => f.finding_info.uid)).size).toBe(findings.length);
  });

  it('maps severity to severity_id, a waived failure to Suppressed and the rest to New', () => {
    const byKey = new Map(results.tenants.flatMap((t) => t.results.map((r) => [`${t.tenant.name} ${r.checkId}`, r] as const)));
    const ids = { info: 1, low: 2, medium: 3, high: 4, critical: 5 } as const;
    for (const f of findings) {
      const source = byKey.get(`${f.resources[0]!.name} ${f.finding_info.analytic.uid}`)!;
      expect(f.severity_id).toBe(ids[source.severity]);
      expect([f.status_id, f.status]).toEqual(source.waiver ? [3, 'Suppressed'] : [1, 'New']);
      expect(f.type_uid).toBe(200401);
      expect(f.metadata.product.name).toBe('tenant-audit');
    }
  });
});
