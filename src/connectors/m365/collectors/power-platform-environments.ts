import { z } from 'zod';
import { defineCollector, parseAnswer } from '../collector.js';
import { powerPlatformSpec } from '../power-platform-spec.js';

const PATH = '/providers/Microsoft.BusinessAppPlatform/scopes/admin/environments?api-version=2023-06-01';

const environment = z
  .object({
    name: z.string().min(1),
    properties: z
      .object({
        displayName: z.string().nullish(),
        isDefault: z.boolean().nullish(),
        environmentSku: z.string().nullish(),
      })
      .passthrough(),
  })
  .passthrough();

export default defineCollector({
  section: 'powerPlatformEnvironments',
  spec: powerPlatformSpec('GET', PATH),
  async collect({ services }) {
    const rows = parseAnswer(z.array(environment), await services.powerPlatform().list(PATH), 'GET /providers/Microsoft.BusinessAppPlatform/scopes/admin/environments');
    return rows.map((e) => ({
      name: e.name,
      displayName: e.properties.displayName ?? e.name,
      // The default environment's id is Default-{tenantId}; the flag is the documented way to know it.
      isDefault: e.properties.isDefault ?? e.name.startsWith('Default-'),
      environmentSku: e.properties.environmentSku ?? null,
    }));
  },
});
