import type { GwsDriveLabels } from '../../../snapshot/gws.js';
import type { CollectorContext } from '../clients.js';
import { labelsPageSchema } from '../schemas.js';
import { SCOPE } from '../sections.js';

/** Drive Labels v2 has no per-API package: called through the auth client's request(). */
export async function collectDriveLabels(ctx: CollectorContext): Promise<GwsDriveLabels> {
  const url = new URL('v2/labels', ctx.driveLabelsBase).href;
  const { pages } = await ctx.http.pages(
    { what: 'Drive Labels API labels.list', scope: SCOPE.labels, api: 'Drive Labels API', endpoint: 'GET /v2/labels' },
    labelsPageSchema,
    (pageToken) =>
      ctx.auth.request({
        url,
        method: 'GET',
        params: { useAdminAccess: true, view: 'LABEL_VIEW_FULL', pageSize: 200, ...(pageToken ? { pageToken } : {}) },
        ...ctx.http.callOptions,
      }),
    50,
  );
  return {
    labels: pages.flatMap((page) =>
      page.labels.map((l) => ({
        id: l.id,
        title: l.properties?.title ?? l.id,
        state: l.lifecycle?.state ?? 'UNKNOWN',
        labelType: l.labelType,
        publishTime: l.publishTime ?? null,
      })),
    ),
  };
}
