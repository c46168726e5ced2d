import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SpilledTexts, textsInMemory } from '../../src/io/spilled-texts.js';

const TEXTS = ['["tenant-a",null,[]]', '', 'Zürich — 東京 — 🛡️ "quoted" \\ back', 'x'.repeat(200_000)];

describe('SpilledTexts', () => {
  it('gives back every text in the order pushed, multi-byte characters whole', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spill-'));
    const spilled = new SpilledTexts(join(dir, 'details.tmp'));
    for (const text of TEXTS) spilled.push(text);
    expect(spilled.length).toBe(TEXTS.length);
    expect([...spilled.texts()]).toEqual(TEXTS);
    expect([...spilled.texts()]).toEqual(TEXTS);
    spilled.close();
  });

  it('removes its file when closed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spill-'));
    const spilled = new SpilledTexts(join(dir, 'details.tmp'));
    spilled.push('a');
    expect(existsSync(join(dir, 'details.tmp'))).toBe(true);
    spilled.close();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a file that is already there rather than writing into it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spill-'));
    const first = new SpilledTexts(join(dir, 'details.tmp'));
    expect(() => new SpilledTexts(join(dir, 'details.tmp'))).toThrow(/EEXIST/);
    first.close();
  });
});

describe('textsInMemory', () => {
  it('keeps the texts in order', () => {
    const kept = textsInMemory();
    for (const text of TEXTS) kept.push(text);
    expect(kept.length).toBe(TEXTS.length);
    expect([...kept.texts()]).toEqual(TEXTS);
  });
});
