import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/core/model.js';
import { DEFAULT_TENANT_SETTINGS } from '../../src/core/tenant-settings.js';
import { tenantFolder, tenantSnapshotPath, writeTenantSnapshot } from '../../src/output/tenant-files.js';
import { createRedactor } from '../../src/redaction/redactor.js';

const SECRET = 'client-secret-the-run-knows-0123';

function snapshotOf(rows: number): Snapshot {
  const data = Array.from({ length: rows }, (_, i) => ({ id: `u${i}`, userPrincipalName: `user${i}@contoso.example`, methodsRegistered: i % 2 ? ['microsoftAuthenticatorPush'] : [], note: i === rows - 1 ? `echoed ${SECRET}` : null }));
  return {
    schemaVersion: 1,
    provider: 'm365',
    tenant: { name: 'contoso', provider: 'm365' },
    collectedAt: '2026-11-01T00:00:00.000Z',
    tool: { name: 'tenant-audit', version: '0.0.0' },
    settings: DEFAULT_TENANT_SETTINGS,
    sections: { userRegistrationDetails: { status: 'ok', data } },
  } as unknown as Snapshot;
}

describe('writeTenantSnapshot', () => {
  let out: string;
  beforeEach(async () => {
    out = await mkdtemp(join(tmpdir(), 'tenant-snapshot-'));
  });
  afterEach(async () => {
    await rm(out, { recursive: true, force: true });
  });

  it('writes the pretty JSON of the snapshot, redacted, as a whole-text pass would', async () => {
    const redactor = createRedactor([SECRET]);
    const snapshot = snapshotOf(20_000);
    await writeTenantSnapshot(out, 'contoso', snapshot, redactor);
    const text = await readFile(tenantSnapshotPath(out, 'contoso'), 'utf8');
    expect(text).toBe(redactor(`${JSON.stringify(snapshot, null, 2)}\n`));
    expect(text).not.toContain(SECRET);
    expect(text).toContain('echoed [redacted]');
  });

  it('leaves neither the file nor a temp file when the snapshot cannot be written', async () => {
    const snapshot = snapshotOf(2_000);
    (snapshot.sections as Record<string, unknown>).broken = { status: 'ok', data: [{ toJSON: () => { throw new Error('unserialisable'); } }] };
    await expect(writeTenantSnapshot(out, 'contoso', snapshot, createRedactor())).rejects.toThrow('unserialisable');
    expect(await readdir(tenantFolder(out, 'contoso'))).toEqual([]);
  });
});
