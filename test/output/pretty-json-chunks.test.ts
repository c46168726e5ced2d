import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/core/catalog.js';
import type { Snapshot } from '../../src/core/model.js';
import { DEMO_ENV, startDemoTenants, type DemoEnvironment } from '../../src/demo/demo-tenants.js';
import { prettyJsonChunks } from '../../src/io/pretty-json-chunks.js';
import { createRedactor } from '../../src/redaction/redactor.js';
import { checksForTenant, collectSnapshot } from '../../src/runner/tenant-audit.js';

const whole = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const joined = (value: unknown, chunkChars?: number) => [...prettyJsonChunks(value, chunkChars === undefined ? {} : { chunkChars })].join('');

const protoKey = JSON.parse('{"__proto__": {"x": 1}, "a": [{"__proto__": null}]}') as unknown;
const long = (n: number, item: (i: number) => unknown) => Array.from({ length: n }, (_, i) => item(i));
const nested = (depth: number): unknown => (depth === 0 ? { leaf: [1, 'two', null] } : { [`level${depth}`]: nested(depth - 1), list: [depth, [], {}] });

const CASES: [string, unknown][] = [
  ['a string', 'plain'],
  ['a number', 42.5],
  ['non-finite numbers', [Number.NaN, Number.POSITIVE_INFINITY, -0]],
  ['true, false and null', [true, false, null]],
  ['empty array and object', { a: [], o: {}, deep: { a: [[]], o: [{}] } }],
  ['undefined and function properties are skipped', { a: undefined, f: () => 1, s: Symbol('x'), kept: 1, last: undefined }],
  ['only skipped properties', { a: undefined, f: () => 1 }],
  ['undefined, function and symbol array items become null', [undefined, () => 1, Symbol('x'), 1]],
  ['sparse arrays', [1, , 3]], // eslint-disable-line no-sparse-arrays
  ['toJSON, with its key', { when: new Date(Date.UTC(2026, 0, 2)), keyed: { toJSON: (key: string) => `held under ${key}` }, list: [{ toJSON: (key: string) => ({ index: key }) }] }],
  ['toJSON returning undefined', { gone: { toJSON: () => undefined }, items: [{ toJSON: () => undefined }] }],
  ['a toJSON result with its own toJSON (not called)', { outer: { toJSON: () => ({ toJSON: () => 'never', kept: true }) } }],
  ['boxed primitives', { n: new Number(3), s: new String('boxed'), b: new Boolean(false) }],
  ['strings needing escapes', { 'quote"key\n': 'line\nbreak\ttab "quoted" \\ back \u0000 \u2028 \ud800 emoji 😀', '': '' }],
  ['__proto__ as an own key', protoKey],
  ['integer-like keys in their order', { b: 1, 2: 'two', a: 3, 1: 'one' }],
  ['nested indentation, deeper than the walked depth', nested(8)],
  ['a long array of rows', long(300, (i) => ({ id: `id-${i}`, tags: i % 3 ? [] : ['a', 'b'], owner: i % 2 ? null : { name: `n${i}` }, gone: undefined }))],
  ['a long array deep down', { a: { b: { c: { d: { e: long(100, (i) => [i, { i }]) } } } } }],
];

describe('prettyJsonChunks', () => {
  it.each(CASES)('%s: the text of JSON.stringify(value, null, 2), in one chunk or many', (_name, value) => {
    expect(joined(value)).toBe(whole(value));
    expect(joined(value, 1)).toBe(whole(value));
  });

  it('cuts long lists into many chunks, each ending right after a complete item or member', () => {
    const value = { sections: { users: { status: 'ok', data: long(2_000, (i) => ({ id: i, upn: `user${i}@contoso.example`, methods: ['a', 'b'] })) } } };
    const chunks = [...prettyJsonChunks(value, { chunkChars: 4_096 })];
    expect(chunks.length).toBeGreaterThan(20);
    expect(chunks.join('')).toBe(whole(value));
    for (const chunk of chunks.slice(0, -1)) {
      expect(chunk.length).toBeLessThan(8_192);
      expect(chunk).toMatch(/[}\]"\de]$/);
    }
    // The next chunk opens on the separator after that item, never on the item's own text.
    for (const chunk of chunks.slice(1)) expect(chunk).toMatch(/^(,\n|\n *[}\]])/);
  });

  it('never separates a key from its value, nor an opening bracket from the first item', () => {
    const value = { authorization: ['Bearer abcdefghijklmnopqrstuvwxyz0123'], list: long(70, (i) => ({ client_secret: `s${i}-not-a-real-secret`, n: i })) };
    for (const chunk of prettyJsonChunks(value, { chunkChars: 1 })) {
      expect(chunk).not.toMatch(/: $/);
      expect(chunk).not.toMatch(/[[{]$/);
      expect(chunk).not.toMatch(/^\s*[\]}]?\s*"[^"]*"$/);
    }
  });

  it('redacted chunk by chunk, the text is what redacting it whole gives', () => {
    const redactor = createRedactor(['known-secret-value-1234']);
    const value = {
      headers: { Authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl', authorization: 12345678, 'proxy-authorization': ['Basic dXNlcjpwYXNz'] },
      rows: long(80, (i) => ({ client_secret: `abc${i}def`, body: `password=pw-${i}-x&user=u`, url: `https://user:pw${i}@host.example/x?access_token=t${i}`, note: i === 40 ? 'known-secret-value-1234' : 'none' })),
      pem: '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC\n-----END PRIVATE KEY-----\n',
      cutPem: '-----BEGIN RSA PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEF',
    };
    const text = whole(value);
    const chunked = [...prettyJsonChunks(value, { chunkChars: 1 })].map((chunk) => redactor(chunk)).join('');
    expect(chunked).toBe(redactor(text));
    expect(chunked).not.toContain('known-secret-value-1234');
    expect(chunked).not.toContain('abc40def');
    expect(chunked).not.toContain('12345678');
    expect(chunked).not.toContain('pw-40-x');
  });

  it('refuses what JSON.stringify refuses', () => {
    const circular: Record<string, unknown> = { a: 1 };
    circular.self = { back: circular };
    expect(() => joined(circular)).toThrow(TypeError);
    expect(() => joined({ n: 1n })).toThrow(TypeError);
    expect(() => joined(undefined)).toThrow(/no JSON text/);
  });
});

describe('prettyJsonChunks over the demo tenants\' snapshots', () => {
  let demo: DemoEnvironment;
  const snapshots: Snapshot[] = [];

  beforeAll(async () => {
    demo = await startDemoTenants();
    const catalog = await loadCatalog();
    const runtime = { configDir: demo.config.dir, env: { ...DEMO_ENV }, sleep: async () => {}, maxTries: 1, redactor: createRedactor() };
    const log = { info: () => {}, warn: () => {} };
    for (const tenant of demo.config.tenants) snapshots.push(await collectSnapshot(tenant, checksForTenant(tenant, catalog), runtime, log));
  });

  afterAll(async () => {
    await demo?.close();
  });

  it('gives the text JSON.stringify gives, for every provider', () => {
    expect(new Set(snapshots.map((s) => s.provider))).toEqual(new Set(['m365', 'gws', 'salesforce']));
    for (const snapshot of snapshots) {
      const chunks = [...prettyJsonChunks(snapshot, { chunkChars: 2_048 })];
      expect(chunks.length).toBeGreaterThan(1);
      expect(chunks.join('')).toBe(whole(snapshot));
      expect([...prettyJsonChunks(snapshot, { chunkChars: 1 })].join('')).toBe(whole(snapshot));
    }
  });
});
