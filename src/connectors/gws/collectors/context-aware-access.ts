import type { GwsContextAwareAccess } from '../../../snapshot/gws.js';
import type { CollectorContext } from '../clients.js';
import { activitiesPageSchema } from '../schemas.js';
import { SCOPE } from '../sections.js';

export const ADMIN_LOG_RETENTION_DAYS = 180;

/** The Policy API cannot read Context-Aware Access: the newest TOGGLE_CAA_ENABLEMENT admin event stands in. */
export async function collectContextAwareAccess(ctx: CollectorContext): Promise<GwsContextAwareAccess> {
  const page = await ctx.http.get(
    { what: 'Reports API activities.list (admin, TOGGLE_CAA_ENABLEMENT)', scope: SCOPE.audit, api: 'Admin SDK API', endpoint: 'GET /admin/reports/v1/activity/users/all/applications/admin', kind: 'activities' },
    activitiesPageSchema,
    () => ctx.reports.activities.list({ userKey: 'all', applicationName: 'admin', eventName: 'TOGGLE_CAA_ENABLEMENT', maxResults: 10 }, ctx.http.callOptions),
  );
  const newest = [...page.items].sort((a, b) => b.id.time.localeCompare(a.id.time))[0];
  const event = newest?.events.find((e) => !e.name || e.name === 'TOGGLE_CAA_ENABLEMENT');
  if (!newest || !event) return { source: 'admin-log', retentionDays: ADMIN_LOG_RETENTION_DAYS, latest: null };
  const raw = event.parameters.find((p) => p.name === 'NEW_VALUE')?.value ?? '';
  const enabled = /^(enabled?|on|true)$/i.test(raw.trim());
  return { source: 'admin-log', retentionDays: ADMIN_LOG_RETENTION_DAYS, latest: { time: newest.id.time, enabled, rawValue: raw, actor: newest.actor?.email ?? null } };
}
