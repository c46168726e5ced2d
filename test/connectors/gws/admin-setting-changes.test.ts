import nock from 'nock';
import { expect, it } from 'vitest';
import { DEFAULT_TENANT_SETTINGS } from '../../../src/core/tenant-settings.js';
import { strictNock } from '../../support/strict-nock.js';
import { ADMIN_LOG_PATH, adminActivity } from './admin-log-activity.js';
import { silentLog, tokenConnector } from './gws-token-connector.js';

const BASE = 'http://127.0.0.1:7414';
const PATH = ADMIN_LOG_PATH;
const log = silentLog;
const SSO = 'SsoPolicyProto challenge_selection_behavior';
/** Each read asks for one setting (activities.list `filters`); the SSO setting's reads carry this. */
const ONLY_SSO = `SETTING_NAME==${SSO}`;

const connector = () => tokenConnector(BASE);

strictNock();

it('keeps the newest change per setting and OU across create, change (two pages) and delete events, and ignores other settings', async () => {
  nock(BASE)
    .get(PATH).query((q) => q.eventName === 'CREATE_APPLICATION_SETTING' && q.filters === ONLY_SSO)
    .reply(200, { kind: 'admin#reports#activities', items: [adminActivity('2026-05-01T00:00:00Z', 'CREATE_APPLICATION_SETTING', { SETTING_NAME: SSO, NEW_VALUE: 'PERFORM_CHALLENGE_SELECTION', ORG_UNIT_NAME: 'Org' })] })
    .get(PATH).query((q) => q.eventName === 'CHANGE_APPLICATION_SETTING' && q.filters === ONLY_SSO && !q.pageToken)
    .reply(200, { kind: 'admin#reports#activities', items: [adminActivity('2026-06-01T00:00:00Z', 'CHANGE_APPLICATION_SETTING', { SETTING_NAME: SSO, OLD_VALUE: 'PERFORM_CHALLENGE_SELECTION', NEW_VALUE: 'NONE', ORG_UNIT_NAME: 'Org' })], nextPageToken: 'p2' })
    .get(PATH).query((q) => q.eventName === 'CHANGE_APPLICATION_SETTING' && q.filters === ONLY_SSO && q.pageToken === 'p2')
    .reply(200, { kind: 'admin#reports#activities', items: [adminActivity('2026-04-01T00:00:00Z', 'CHANGE_APPLICATION_SETTING', { SETTING_NAME: 'Some other setting', NEW_VALUE: 'x', ORG_UNIT_NAME: 'Org' })] })
    .get(PATH).query((q) => q.eventName === 'DELETE_APPLICATION_SETTING' && q.filters === ONLY_SSO)
    // Google leaves `items` out of an empty page.
    .reply(200, { kind: 'admin#reports#activities', items: [adminActivity('2026-07-01T00:00:00Z', 'DELETE_APPLICATION_SETTING', { SETTING_NAME: SSO, ORG_UNIT_NAME: 'Sales', GROUP_EMAIL: '' })] })
    // The four other settings, for each of the three event names: Google leaves `items` out of an empty page.
    .get(PATH).query((q) => q.filters !== ONLY_SSO).times(12)
    .reply(200, { kind: 'admin#reports#activities' });
  const out = await connector().collect({ sections: ['adminSettingChanges'], settings: DEFAULT_TENANT_SETTINGS, log });
  const section = out.sections.adminSettingChanges;
  expect(section?.status).toBe('ok');
  if (section?.status !== 'ok') return;
  expect(section.data.truncated).toBe(false);
  expect(section.data.changes.map((c) => [c.orgUnit, c.value, c.event])).toEqual([
    ['Org', 'NONE', 'CHANGE_APPLICATION_SETTING'],
    ['Sales', null, 'DELETE_APPLICATION_SETTING'],
  ]);
});

it('a 403 on the admin log is a section error naming the audit scope', async () => {
  let asked = 0;
  nock(BASE).get(PATH).query(true).times(15).reply(() => {
    asked++;
    return [403, { error: { code: 403, message: 'Not Authorized to access this resource/api', errors: [{ reason: 'forbidden' }] } }];
  });
  const out = await connector().collect({ sections: ['adminSettingChanges'], settings: DEFAULT_TENANT_SETTINGS, log });
  // The first reads go out together; those still queued behind the project's limit are not sent once one has failed.
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(asked).toBeGreaterThan(0);
  expect(asked).toBeLessThan(15);
  nock.cleanAll();
  const section = out.sections.adminSettingChanges;
  expect(section?.status).toBe('error');
  expect(section?.status === 'error' && `${section.error.message} ${section.error.permission ?? ''}`).toMatch(/admin\.reports\.audit\.readonly/);
});
