import nock from 'nock';
import { expect, it } from 'vitest';
import { CONCURRENCY_PER_PROJECT } from '../../../src/connectors/gws/http.js';
import { DEFAULT_TENANT_SETTINGS } from '../../../src/core/tenant-settings.js';
import { ADMIN_LOG_SETTINGS } from '../../../src/snapshot/gws.js';
import { strictNock } from '../../support/strict-nock.js';
import { ADMIN_LOG_PATH, adminActivity } from './admin-log-activity.js';
import { silentLog, tokenConnector } from './gws-token-connector.js';

/**
 * activities.list narrows a read with `filters`, "{parameter name}{relational operator}{parameter value}" on the
 * parameters of the requested eventName, one value per parameter per request
 * (https://developers.google.com/workspace/admin/reports/reference/rest/v1/activities/list, `filters`); SETTING_NAME is a
 * string parameter of CREATE_, CHANGE_ and DELETE_APPLICATION_SETTING
 * (https://developers.google.com/workspace/admin/reports/v1/appendix/activity/admin-application-settings).
 */
const BASE = 'http://127.0.0.1:7416';
const PATH = ADMIN_LOG_PATH;
const log = silentLog;
const EVENTS = ['CREATE_APPLICATION_SETTING', 'CHANGE_APPLICATION_SETTING', 'DELETE_APPLICATION_SETTING'];
const SSO = ADMIN_LOG_SETTINGS.postSsoVerification;

const connector = () => tokenConnector(BASE);

strictNock();

it('asks for each wanted setting by SETTING_NAME, per event name, keeping the filter identical on every page', async () => {
  const seen: Record<string, string>[] = [];
  const record = (q: Record<string, string>) => { seen.push(q); return true; };
  const settings = Object.values(ADMIN_LOG_SETTINGS);
  nock(BASE)
    .get(PATH).query((q) => q.eventName === 'CHANGE_APPLICATION_SETTING' && q.filters === `SETTING_NAME==${SSO}` && !q.pageToken && record(q as Record<string, string>))
    .reply(200, { kind: 'admin#reports#activities', items: [adminActivity('2026-06-01T00:00:00Z', 'CHANGE_APPLICATION_SETTING', { SETTING_NAME: SSO, NEW_VALUE: 'PERFORM_CHALLENGE_SELECTION', ORG_UNIT_NAME: 'Org' })], nextPageToken: 'p2' })
    .get(PATH).query((q) => q.pageToken === 'p2' && record(q as Record<string, string>))
    .reply(200, { kind: 'admin#reports#activities' })
    .get(PATH).query((q) => !(q.eventName === 'CHANGE_APPLICATION_SETTING' && q.filters === `SETTING_NAME==${SSO}`) && record(q as Record<string, string>))
    .times(EVENTS.length * settings.length - 1)
    .reply(200, { kind: 'admin#reports#activities' });
  const out = await connector().collect({ sections: ['adminSettingChanges'], settings: DEFAULT_TENANT_SETTINGS, log });
  expect(out.sections.adminSettingChanges).toMatchObject({ status: 'ok', data: { truncated: false, changes: [{ setting: SSO, value: 'PERFORM_CHALLENGE_SELECTION' }] } });
  const firstPages = seen.filter((q) => !q.pageToken);
  expect(firstPages.map((q) => `${q.eventName} ${q.filters}`).sort()).toEqual(EVENTS.flatMap((e) => settings.map((s) => `${e} SETTING_NAME==${s}`)).sort());
  const second = seen.find((q) => q.pageToken === 'p2')!;
  const { pageToken, ...rest } = second;
  expect(pageToken).toBe('p2');
  expect(rest).toEqual(firstPages.find((q) => q.eventName === 'CHANGE_APPLICATION_SETTING' && q.filters === `SETTING_NAME==${SSO}`));
});

it('sends the reads together, up to the project limit, instead of one after another', async () => {
  let open = 0;
  let most = 0;
  nock(BASE)
    .get(PATH).query(true)
    .times(EVENTS.length * Object.values(ADMIN_LOG_SETTINGS).length)
    .reply(async () => {
      most = Math.max(most, ++open);
      await new Promise((resolve) => setTimeout(resolve, 20));
      open--;
      return [200, { kind: 'admin#reports#activities' }];
    });
  const out = await connector().collect({ sections: ['adminSettingChanges'], settings: DEFAULT_TENANT_SETTINGS, log });
  expect(out.sections.adminSettingChanges?.status).toBe('ok');
  expect(most).toBe(CONCURRENCY_PER_PROJECT);
});
