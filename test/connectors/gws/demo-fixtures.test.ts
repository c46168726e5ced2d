import { join } from 'node:path';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGwsConnector } from '../../../src/connectors/gws/connector.js';
import { gwsTenantFields } from '../../../src/connectors/gws/config.js';
import type { GwsShapes } from '../../../src/snapshot/gws.js';
import { loadCheckFiles } from '../../../src/core/catalog.js';
import { evaluateSnapshot } from '../../../src/core/evaluate.js';
import type { Snapshot } from '../../../src/core/model.js';
import { DEFAULT_TENANT_SETTINGS } from '../../../src/core/tenant-settings.js';
import { mountRoutes } from './nock-routes.js';

const BASE = 'http://127.0.0.1:7411';
const FOLDER = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'demo', 'gws-demo');
const SECTIONS = ['customer', 'policies', 'users', 'adminRoles', 'oauthGrants', 'userTokens', 'driveLabels', 'contextAwareAccess', 'adminSettingChanges'] as const;

describe('gws demo fixtures through the real connector', () => {
  beforeEach(() => {
    nock.disableNetConnect();
    mountRoutes(FOLDER, BASE);
  });
  afterEach(() => {
    expect(nock.isDone()).toBe(true);
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it('collects every section, with labels unreadable and user tokens not opted in', async () => {
    const tenant = { name: 'gws-demo', ...gwsTenantFields.parse({ primaryDomain: 'northwind.example', auth: { type: 'token', tokenEnv: 'DEMO_TOKEN' }, endpoints: { admin: BASE, cloudIdentity: BASE, driveLabels: BASE } }) };
    const unmatched: string[] = [];
    nock.emitter.on('no match', (req: { path?: string }) => unmatched.push(String(req.path)));
    const connector = createGwsConnector(tenant, { configDir: FOLDER, env: { DEMO_TOKEN: 'demo-token' }, sleep: async () => {}, maxTries: 3 });
    const collected = await connector.collect({ sections: [...SECTIONS], settings: DEFAULT_TENANT_SETTINGS, log: { info() {}, warn() {} } });
    expect(unmatched).toEqual([]);
    const s = collected.sections;
    expect(collected.tenant).toMatchObject({ id: 'C04demo7x', displayName: 'Northwind Traders' });
    expect(s.policies?.status).toBe('ok');
    if (s.policies?.status !== 'ok') return;
    expect(s.policies.data.rootOrgUnitId).toBe('03ph8a2z2dvk5ts');
    expect(s.policies.data.orgUnits.map((u) => u.path).sort()).toEqual(['/', '/Engineering', '/Engineering/Contractors', '/Sales']);
    expect(s.policies.data.groups).toEqual([{ id: '00fin4k2m9x7c3a', email: 'finance@northwind.example', name: 'Finance' }]);
    expect(s.policies.data.policies.length).toBe(17 + 13 + 32 + 16);
    expect(s.policies.data.policies.find((p) => p.groupId)).toMatchObject({ setting: 'gmail.auto_forwarding', sortOrder: 201 });
    expect(s.users?.status === 'ok' && s.users.data.length).toBe(8);
    expect(s.adminRoles?.status === 'ok' && s.adminRoles.data.assignments.length).toBe(5);
    expect(s.oauthGrants?.status === 'ok' && s.oauthGrants.data.apps.map((a) => a.appName)).toEqual(['Mail Merge Deluxe', 'Meeting Scheduler']);
    expect(s.contextAwareAccess?.status === 'ok' && s.contextAwareAccess.data.latest?.enabled).toBe(true);
    expect(s.driveLabels).toMatchObject({ status: 'error', error: { code: 'permission', permission: 'https://www.googleapis.com/auth/drive.admin.labels.readonly' } });
    expect(s.userTokens).toMatchObject({ status: 'error', error: { code: 'not_collected' } });

    // The demo should show a mix: mostly passing, several real gaps, and not_assessed where a read failed.
    const checks = (await loadCheckFiles(['gws'])).map((c) => c.check);
    const snapshot: Snapshot<'gws', GwsShapes> = { schemaVersion: 1, provider: 'gws', tenant: collected.tenant, collectedAt: '2026-11-01T00:00:00Z', tool: { name: 'tenant-audit', version: 'test' }, sections: collected.sections };
    const results = evaluateSnapshot(checks, snapshot as Snapshot, DEFAULT_TENANT_SETTINGS);
    const status = Object.fromEntries(results.map((r) => [r.checkId, r.status]));
    expect(status['gws-share-drive-external-mode']).toBe('fail');
    expect(results.find((r) => r.checkId === 'gws-share-drive-external-mode')?.evidence.map((e) => e.name)).toContain('/Engineering/Contractors');
    expect(status['gws-share-gmail-auto-forwarding-off']).toBe('fail');
    expect(status['gws-ca-web-session-duration']).toBe('fail');
    expect(status['gws-mfa-admins-enrolled']).toBe('fail');
    expect(status['gws-oauth-restricted-scope-grants']).toBe('fail');
    expect(status['gws-dc-drive-labels-published']).toBe('not_assessed');
    expect(status['gws-mfa-2sv-enforced']).toBe('pass');
    expect(status['gws-share-meet-external-safety']).toBe('fail');
    expect(status['gws-ca-post-sso-verification']).toBe('pass');
    expect(status['gws-share-gmail-external-reply-warning']).toBe('fail');
    expect(s.adminSettingChanges?.status === 'ok' && s.adminSettingChanges.data.changes.length).toBe(5);
    expect(status['gws-dc-chat-space-history-on']).toBe('pass');
    expect(status['gws-share-classroom-membership-internal']).toBe('fail');
    expect(status['gws-oauth-unconfigured-apps-blocked']).toBe('pass');
    expect(results.filter((r) => r.status === 'pass').length).toBeGreaterThan(results.filter((r) => r.status === 'fail').length);
  });
});
