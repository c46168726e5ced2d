import type { M365Cloud } from './clouds.js';

/**
 * The Power Platform admin API (BAP) per cloud: its host and the audience its tokens are issued for,
 * which is not the host (https://service.powerapps.com/.default, as Microsoft's terraform provider and
 * ScubaGear ask for). Only the commercial cloud is given: the public sources disagree on the
 * sovereign hosts and audiences, so there the sections are unreadable unless endpoints.powerPlatform
 * names the host.
 */
export const POWER_PLATFORM_CLOUDS = {
  global: { api: 'https://api.bap.microsoft.com', audience: 'https://service.powerapps.com' },
  usgov: null,
  usgovdod: null,
  china: null,
} as const satisfies Record<M365Cloud, { api: string; audience: string } | null>;

export interface PowerPlatformEndpoint {
  api: string;
  audience: string;
}

/** The tenant's BAP host and token audience: its cloud's, or the config's host with the commercial audience. */
export function powerPlatformEndpoint(tenant: { cloud?: M365Cloud; endpoints?: { powerPlatform?: string } }): PowerPlatformEndpoint | null {
  const cloud = POWER_PLATFORM_CLOUDS[tenant.cloud ?? 'global'];
  const override = tenant.endpoints?.powerPlatform?.replace(/\/+$/, '');
  if (override) return { api: override, audience: cloud?.audience ?? POWER_PLATFORM_CLOUDS.global.audience };
  return cloud;
}
