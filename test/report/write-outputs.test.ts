import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OUTPUT_FORMATS, writeOutputs } from '../../src/output/write-outputs.js';
import { renderActionPlanCsv } from '../../src/report/csv.js';
import { buildSampleResults } from './sample-results.js';

describe('writeOutputs: action plan', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('writes action-plan.csv beside the other outputs by default', async () => {
    dir = await mkdtemp(join(tmpdir(), 'tenant-audit-outputs-'));
    const results = buildSampleResults();
    expect(OUTPUT_FORMATS).toContain('actions');
    const written = await writeOutputs(results, dir, OUTPUT_FORMATS);
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
