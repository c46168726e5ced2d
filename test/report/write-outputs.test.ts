import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_FORMATS, OUTPUT_FORMATS, writeOutputs } from '../../src/output/write-outputs.js';
import { createRedactor } from '../../src/redaction/redactor.js';
import { renderActionPlanCsv, renderCsv } from '../../src/report/csv.js';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { buildSampleResults } from './sample-results.js';

describe('writeOutputs: action plan', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('writes action-plan.csv beside the other outputs by default', async () => {
    dir = await mkdtemp(join(tmpdir(), 'tenant-audit-outputs-'));
    const results = buildSampleResults();
    expect(DEFAULT_FORMATS).toContain('actions');
    const written = await writeOutputs(results, dir, DEFAULT_FORMATS);
    expect((await readdir(dir)).sort()).toEqual(['action-plan.csv', 'report.html', 'results.csv', 'results.json', 'summary.md']);
    expect(written.actions).toBe(join(dir, 'action-plan.csv'));
    expect(await readFile(join(dir, 'action-plan.csv'), 'utf8')).toBe(renderActionPlanCsv(results));
  });

  it('leaves it out when the format is not asked for', async () => {
    dir = await mkdtemp(join(tmpdir(), 'tenant-audit-outputs-'));
    const written = await writeOutputs(buildSampleResults(), dir, ['json', 'md']);
    expect((await readdir(dir)).sort()).toEqual(['results.json', 'summary.md']);
    expect(written.actions).toBeUndefined();
  });
});

describe('writeOutputs: redaction', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('changes nothing in a report that holds no credential', async () => {
    dir = await mkdtemp(join(tmpdir(), 'tenant-audit-outputs-'));
    const results = buildSampleResults();
    await writeOutputs(results, dir, OUTPUT_FORMATS);
    expect(await readFile(join(dir, 'results.json'), 'utf8')).toBe(`${JSON.stringify(results, null, 2)}\n`);
    expect(await readFile(join(dir, 'report.html'), 'utf8')).toBe(renderHtml(results));
    expect(await readFile(join(dir, 'results.csv'), 'utf8')).toBe(renderCsv(results));
    expect(await readFile(join(dir, 'summary.md'), 'utf8')).toBe(renderMarkdown(results));
  });

  it('redacts the run\'s secrets and credential shapes in every file, however the format escapes them', async () => {
    dir = await mkdtemp(join(tmpdir(), 'tenant-audit-outputs-'));
    const secret = 'kn0wn="secret"&<value>';
    const results = buildSampleResults();
    const failing = results.tenants.flatMap((t) => t.results).find((r) => r.status === 'fail')!;
    failing.summary = `Graph said: ${secret} (Authorization: Bearer opaque-0123456789)`;
    failing.evidence = [{ kind: 'app', name: `app ${secret}`, detail: 'https://svc:pa55word@api.example/' }];
    await writeOutputs(results, dir, OUTPUT_FORMATS, undefined, createRedactor([secret]));
    for (const file of await readdir(dir)) {
      const text = await readFile(join(dir, file), 'utf8');
      for (const leak of ['kn0wn', 'opaque-0123456789', 'pa55word']) expect(text, `${file} holds ${leak}`).not.toContain(leak);
    }
    expect(failing.summary, 'the results given are left as they were').toContain(secret);
  });
});

describe('writeOutputs: CSV byte-order mark', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('starts results.csv with a UTF-8 BOM only when asked, the rest unchanged', async () => {
    dir = await mkdtemp(join(tmpdir(), 'tenant-audit-outputs-'));
    const results = buildSampleResults();
    await writeOutputs(results, join(dir, 'plain'), ['json', 'csv']);
    await writeOutputs(results, join(dir, 'bom'), ['json', 'csv'], undefined, undefined, { csvBom: true });
    const plain = await readFile(join(dir, 'plain', 'results.csv'));
    const bom = await readFile(join(dir, 'bom', 'results.csv'));
    expect([...plain.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect([...bom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bom.subarray(3).equals(plain)).toBe(true);
  });
});
