import { z } from 'zod';
import { defineCollector, parseAnswer } from '../collector.js';
import { powerPlatformSpec } from '../power-platform-spec.js';

const PATH = '/providers/Microsoft.BusinessAppPlatform/listTenantSettings?api-version=2020-10-01';

const settings = z
  .object({
    powerPlatform: z
      .object({
        powerApps: z.object({ disableShareWithEveryone: z.boolean() }).passthrough(),
      })
      .passthrough(),
  })
  .passthrough();

export default defineCollector({
  section: 'powerPlatformTenantSettings',
  spec: powerPlatformSpec('POST', PATH),
  async collect({ services }) {
    const body = parseAnswer(settings, await services.powerPlatform().readPost(PATH), 'POST /providers/Microsoft.BusinessAppPlatform/listTenantSettings');
    return { disableShareWithEveryone: body.powerPlatform.powerApps.disableShareWithEveryone };
  },
});
