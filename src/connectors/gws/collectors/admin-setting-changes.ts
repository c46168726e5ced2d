import { ADMIN_LOG_SETTINGS, type GwsAdminSettingChange, type GwsAdminSettingChanges } from '../../../snapshot/gws.js';
import type { CollectorContext } from '../clients.js';
import { activitiesPageSchema } from '../schemas.js';
import { SCOPE } from '../sections.js';
import { ADMIN_LOG_RETENTION_DAYS } from './context-aware-access.js';

/** The admin-log events that create, change or remove an application setting (Reports API "Application Settings"). */
const EVENTS = ['CREATE_APPLICATION_SETTING', 'CHANGE_APPLICATION_SETTING', 'DELETE_APPLICATION_SETTING'] as const;
/** Pages of 1,000 events per event name and setting: settings change rarely, and this bounds very busy tenants. */
const MAX_PAGES = 10;

const WANTED = new Set<string>(Object.values(ADMIN_LOG_SETTINGS));
/** One read per event name and setting. */
const READS = EVENTS.flatMap((eventName) => [...WANTED].map((setting) => [eventName, setting] as const));

/**
 * For settings the Policy API does not expose, the newest logged change per setting and OU or group, as
 * ScubaGoggles reads them. Only changes within the log's retention are seen. Each read asks Google for one
 * setting (`filters` takes one value per parameter), so other settings' changes do not use up the page cap;
 * the answer is still filtered here, as Google ignores a filter it does not accept
 * (developers.google.com/workspace/admin/reports/reference/rest/v1/activities/list, `filters`).
 */
export async function collectAdminSettingChanges(ctx: CollectorContext): Promise<GwsAdminSettingChanges> {
  const newest = new Map<string, GwsAdminSettingChange>();
  let truncated = false;
  // The reads go out together (the project's request limit bounds them), not one after another: fifteen
  // round trips in a row would make this the longest chain of a Google tenant. Once one fails, the section has
  // failed: the reads still queued are not sent. The answers are taken in READS order.
  let failure: unknown;
  const reads = await Promise.all(
    READS.map(([eventName, wanted]) =>
      ctx.http
        .pages(
          { what: `Reports API activities.list (admin, ${eventName}, ${wanted})`, scope: SCOPE.audit, api: 'Admin SDK API', endpoint: 'GET /admin/reports/v1/activity/users/all/applications/admin', kind: 'activities' },
          activitiesPageSchema,
          (pageToken) => (failure !== undefined ? Promise.reject(failure) : ctx.reports.activities.list({ userKey: 'all', applicationName: 'admin', eventName, filters: `SETTING_NAME==${wanted}`, maxResults: 1000, ...(pageToken ? { pageToken } : {}) }, ctx.http.callOptions)),
          MAX_PAGES,
          { keepPartial: true },
        )
        .catch((error: unknown) => {
          failure ??= error;
          throw error;
        }),
    ),
  );
  for (const [at, [eventName]] of READS.entries()) {
    const read = reads[at]!;
    truncated ||= read.truncated;
    for (const item of read.pages.flatMap((p) => p.items)) {
      for (const event of item.events) {
        if (event.name && event.name !== eventName) continue;
        const param = (name: string) => event.parameters.find((p) => p.name === name)?.value || null;
        const setting = param('SETTING_NAME');
        if (!setting || !WANTED.has(setting)) continue;
        const change: GwsAdminSettingChange = {
          setting,
          orgUnit: param('ORG_UNIT_NAME'),
          group: param('GROUP_EMAIL'),
          value: eventName === 'DELETE_APPLICATION_SETTING' ? null : param('NEW_VALUE'),
          event: eventName,
          time: item.id.time,
          actor: item.actor?.email ?? null,
        };
        const key = `${setting}\u0000${change.orgUnit ?? ''}\u0000${change.group ?? ''}`;
        const known = newest.get(key);
        if (!known || known.time < change.time) newest.set(key, change);
      }
    }
  }
  const changes = [...newest.values()].sort((a, b) => a.setting.localeCompare(b.setting) || (a.orgUnit ?? '').localeCompare(b.orgUnit ?? '') || (a.group ?? '').localeCompare(b.group ?? ''));
  return { source: 'admin-log', retentionDays: ADMIN_LOG_RETENTION_DAYS, truncated, changes };
}
