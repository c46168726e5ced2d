import type { M365Cloud } from './clouds.js';

/**
 * The Microsoft 365 APIs outside Graph, per cloud: the Exchange Online admin API (its token audience is
 * the same origin), the Security & Compliance admin API's discovery host, and the Fabric REST API.
 * Hosts follow the ExchangeOnlineManagement module's -ExchangeEnvironmentName values
 * (O365Default, O365USGovGCCHigh, O365USGovDoD, O365China) and Fabric's documented base URL; Fabric
 * publishes no sovereign-cloud host, so its sections are unreadable there. The Teams tenant admin API is
 * undocumented; only its commercial (and GCC) host is known from public use, so Teams is read there only.
 */
export const M365_SERVICE_CLOUDS = {
  global: { exchange: 'https://outlook.office365.com', compliance: 'https://ps.compliance.protection.outlook.com', fabric: 'https://api.fabric.microsoft.com', sharePoint: 'sharepoint.com', teams: 'https://api.interfaces.records.teams.microsoft.com' },
  usgov: { exchange: 'https://outlook.office365.us', compliance: 'https://ps.compliance.protection.office365.us', fabric: null, sharePoint: 'sharepoint.us', teams: null },
  usgovdod: { exchange: 'https://webmail.apps.mil', compliance: 'https://l5.ps.compliance.protection.office365.us', fabric: null, sharePoint: 'dps.mil', teams: null },
  china: { exchange: 'https://partner.outlook.cn', compliance: 'https://ps.compliance.protection.partner.outlook.cn', fabric: null, sharePoint: 'sharepoint.cn', teams: null },
} as const satisfies Record<M365Cloud, { exchange: string; compliance: string; fabric: string | null; sharePoint: string; teams: string | null }>;

export interface M365ServiceEndpoints {
  exchange: string;
  /** Where the compliance host is discovered; with an override in the config, the host itself. */
  compliance: string;
  /** True when the config names the compliance host, so no discovery is made (test doubles). */
  complianceFixed: boolean;
  fabric: string | null;
  /** The SharePoint admin site when the config names it; otherwise made from the initial domain. */
  sharePointAdmin: string | null;
  /** The cloud's SharePoint domain, e.g. sharepoint.com. */
  sharePointDomain: string;
  /** The Teams tenant admin API; null where no host is known. */
  teams: string | null;
}

/** The tenant's hosts for the APIs outside Graph: its cloud's, or the config's overrides. */
export function m365ServiceEndpoints(tenant: { cloud?: M365Cloud; endpoints?: { exchange?: string; compliance?: string; fabric?: string; sharePointAdmin?: string; teams?: string } }): M365ServiceEndpoints {
  const cloud = M365_SERVICE_CLOUDS[tenant.cloud ?? 'global'];
  const trim = (url: string) => url.replace(/\/+$/, '');
  return {
    exchange: trim(tenant.endpoints?.exchange ?? cloud.exchange),
    compliance: trim(tenant.endpoints?.compliance ?? cloud.compliance),
    complianceFixed: tenant.endpoints?.compliance !== undefined,
    fabric: tenant.endpoints?.fabric ? trim(tenant.endpoints.fabric) : cloud.fabric,
    sharePointAdmin: tenant.endpoints?.sharePointAdmin ? trim(tenant.endpoints.sharePointAdmin) : null,
    sharePointDomain: cloud.sharePoint,
    teams: tenant.endpoints?.teams ? trim(tenant.endpoints.teams) : cloud.teams,
  };
}

/** contoso.onmicrosoft.com → https://contoso-admin.sharepoint.com (the admin site's documented form). */
export function sharePointAdminHost(initialDomain: string, sharePointDomain: string): string {
  const prefix = initialDomain.split('.')[0]!.toLowerCase();
  return `https://${prefix}-admin.${sharePointDomain}`;
}
