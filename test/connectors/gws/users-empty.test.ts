import nock from 'nock';
import { expect, it } from 'vitest';
import usersEnrolled from '../../../checks/gws/gws-mfa-users-enrolled.js';
import { evaluateCheck } from '../../../src/core/evaluate.js';
import type { Snapshot } from '../../../src/core/model.js';
import { DEFAULT_TENANT_SETTINGS } from '../../../src/core/tenant-settings.js';
import { strictNock } from '../../support/strict-nock.js';
import { silentLog, tokenConnector } from './gws-token-connector.js';

/**
 * users.list answers `{ kind: "admin#directory#users", users: [...], nextPageToken }`, leaving `users` out when there
 * are none (https://developers.google.com/workspace/admin/directory/reference/rest/v1/users/list). The subject the
 * connector reads as is itself a user of the customer, so a read with no users at all did not read the tenant.
 */
const BASE = 'http://127.0.0.1:7417';
const log = silentLog;

const connector = () => tokenConnector(BASE);

strictNock();

it('users.list answering 200 with no users on any page is a section error, so the user checks are not assessed', async () => {
  nock(BASE)
    .get('/admin/directory/v1/users').query((q) => q.pageToken === undefined).reply(200, { kind: 'admin#directory#users', nextPageToken: 'u2' })
    .get('/admin/directory/v1/users').query((q) => q.pageToken === 'u2').reply(200, { kind: 'admin#directory#users' });
  const out = await connector().collect({ sections: ['users'], settings: DEFAULT_TENANT_SETTINGS, log });
  expect(out.sections.users).toMatchObject({ status: 'error', error: { code: 'api_error', permission: 'https://www.googleapis.com/auth/admin.directory.user.readonly' } });
  expect(out.sections.users?.status === 'error' && out.sections.users.error.message).toMatch(/no users/);
  const snapshot = { schemaVersion: 1, provider: 'gws', tenant: { name: 't1', provider: 'gws' }, collectedAt: '2026-11-01T00:00:00Z', tool: { name: 'x', version: '0' }, sections: { users: out.sections.users } } as unknown as Snapshot;
  expect(evaluateCheck(usersEnrolled, snapshot, { now: new Date('2026-11-01T00:00:00Z'), settings: DEFAULT_TENANT_SETTINGS }).status).toBe('not_assessed');
});

it('one user is enough to read as a tenant', async () => {
  nock(BASE).get('/admin/directory/v1/users').query(true).reply(200, { kind: 'admin#directory#users', users: [{ id: '1', primaryEmail: 'admin@example.org', isAdmin: true }] });
  const out = await connector().collect({ sections: ['users'], settings: DEFAULT_TENANT_SETTINGS, log });
  expect(out.sections.users).toMatchObject({ status: 'ok', data: [{ primaryEmail: 'admin@example.org' }] });
});
