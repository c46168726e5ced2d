import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAtomicFile } from '../../src/io/atomic-file-stream.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tenant-audit-atomic-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('a file written in chunks, whole or not at all', () => {
  it('leaves nothing behind when aborted before its temp file has even opened', async () => {
    // A write that fits the buffer does not wait for the disk, so the abort races the file's open.
    for (let i = 0; i < 30; i++) {
      const file = await openAtomicFile(join(dir, `part-${i}.json`));
      await file.write('{"tenants": [');
      await file.abort();
    }
    expect(await readdir(dir)).toEqual([]);
  });

  it('appears whole under its own name on commit, with no temp file beside it', async () => {
    const file = await openAtomicFile(join(dir, 'results.json'));
    const chunks = Array.from({ length: 40 }, (_, i) => `${'x'.repeat(64 * 1024)}${i}\n`);
    for (const chunk of chunks) await file.write(chunk);
    expect(await readdir(dir)).not.toContain('results.json');
    await file.commit();
    expect(await readdir(dir)).toEqual(['results.json']);
    expect(await readFile(join(dir, 'results.json'), 'utf8')).toBe(chunks.join(''));
  });
});
