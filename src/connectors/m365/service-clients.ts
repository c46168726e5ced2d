import type { ConnectorRuntime, CollectOptions } from '../../core/connector.js';
import pLimit from 'p-limit';
import { SectionFailure } from '../../core/section-failure.js';
import { tenantTransport } from '../../transport/tenant-transport.js';
import { AdminApiClient } from './admin-api-client.js';
import { discoverComplianceHost } from './compliance-host.js';
import type { M365TenantFields } from './config.js';
import { m365TokenSource } from './credential.js';
import { FabricClient } from './fabric-client.js';
import { powerPlatformEndpoint } from './power-platform-cloud.js';
import { PowerPlatformClient } from './power-platform-client.js';
import { SharePointAdminClient } from './sharepoint-admin-client.js';
import { TEAMS_ADMIN_RESOURCE, TeamsAdminClient } from './teams-admin-client.js';
import { m365ServiceEndpoints, sharePointAdminHost } from './service-clouds.js';

/** The Microsoft 365 APIs outside Graph, each made (token, transport) only when a section needs it. */
export interface M365ServiceClients {
  exchange(): AdminApiClient;
  compliance(): Promise<AdminApiClient>;
  fabric(): FabricClient;
  /** The Power Platform admin API (BAP); the app must be registered as a management application. */
  powerPlatform(): PowerPlatformClient;
  /** Refuses (not_collected) unless optIn.sharePointAdmin is set: its only permission can also write. */
  sharePointAdmin(initialDomain: string | undefined): SharePointAdminClient;
  /** The Teams tenant admin API; unreadable (not_found) in clouds where its host is not known. */
  teams(): TeamsAdminClient;
}

type Tenant = M365TenantFields & { name: string };

export function m365ServiceClients(tenant: Tenant, graphEndpoints: { graph: string; authority: string }, runtime: ConnectorRuntime, options: Pick<CollectOptions<'m365'>, 'signal' | 'deadlineAt'>): M365ServiceClients {
  const hosts = m365ServiceEndpoints(tenant);
  // Few at once: the Exchange admin API throttles per tenant, and Graph already has its own four.
  const inFlight = pLimit(3);
  const once = <T>(make: () => T): (() => T) => {
    let made: { value: T } | undefined;
    return () => (made ??= { value: make() }).value;
  };
  const exchange = once(() => {
    const token = m365TokenSource(tenant, graphEndpoints, runtime, { resource: hosts.exchange, tokenField: 'exchangeTokenEnv' });
    return new AdminApiClient({ base: hosts.exchange, tenantId: tenant.tenantId, token, service: 'Exchange Online', inFlight, transport: tenantTransport([hosts.exchange], runtime, options) });
  });
  const compliance = once(async () => {
    const token = m365TokenSource(tenant, graphEndpoints, runtime, { resource: hosts.compliance, tokenField: 'complianceTokenEnv' });
    const host = hosts.complianceFixed ? hosts.compliance : await discoverComplianceHost(hosts.compliance, tenant.tenantId, token, tenantTransport([hosts.compliance], runtime, options));
    return new AdminApiClient({ base: host, tenantId: tenant.tenantId, token, service: 'Security & Compliance', inFlight, transport: tenantTransport([host], runtime, options) });
  });
  const fabric = once(() => {
    if (!hosts.fabric) {
      throw new SectionFailure({ code: 'not_found', message: `The Fabric admin API has no documented host in the ${tenant.cloud ?? 'global'} cloud; Power BI tenant settings are not read there.`, endpoint: 'GET /v1/admin/tenantsettings' });
    }
    const token = m365TokenSource(tenant, graphEndpoints, runtime, { resource: hosts.fabric, tokenField: 'fabricTokenEnv' });
    return new FabricClient({ base: hosts.fabric, token, inFlight, transport: tenantTransport([hosts.fabric], runtime, options) });
  });
  const teams = once(() => {
    if (!hosts.teams) {
      throw new SectionFailure({ code: 'not_found', message: `The Teams tenant admin API has no known host in the ${tenant.cloud ?? 'global'} cloud; Teams settings are not read there.`, endpoint: 'GET /Skype.Policy/configurations/*' });
    }
    const token = m365TokenSource(tenant, graphEndpoints, runtime, { resource: TEAMS_ADMIN_RESOURCE, tokenField: 'teamsTokenEnv' });
    return new TeamsAdminClient({ base: hosts.teams, token, inFlight, transport: tenantTransport([hosts.teams], runtime, options) });
  });
  const powerPlatform = once(() => {
    const api = powerPlatformEndpoint(tenant);
    if (!api) {
      throw new SectionFailure({ code: 'not_found', message: `The Power Platform admin API has no host known to tenant-audit in the ${tenant.cloud ?? 'global'} cloud; set endpoints.powerPlatform to read it there.`, endpoint: 'https://api.bap.microsoft.com' });
    }
    const token = m365TokenSource(tenant, graphEndpoints, runtime, { resource: api.audience, tokenField: 'powerPlatformTokenEnv' });
    return new PowerPlatformClient({ base: api.api, token, inFlight, transport: tenantTransport([api.api], runtime, options) });
  });
  let sharePoint: SharePointAdminClient | undefined;
  const sharePointAdmin = (initialDomain: string | undefined) => {
    const endpoint = 'GET /_api/SPO.Tenant';
    if (tenant.optIn?.sharePointAdmin !== true) {
      throw new SectionFailure({
        code: 'not_collected',
        message: 'The SharePoint admin API is opt-in: SPO.Tenant (OneDrive sharing, default links, Anyone-link expiry) is readable only with SharePoint Sites.FullControl.All, which can also change every site. Grant it with a certificate and set optIn.sharePointAdmin: true to collect it.',
        permission: 'Sites.FullControl.All (SharePoint)',
        endpoint,
      });
    }
    if (tenant.auth.type === 'secret') {
      throw new SectionFailure({ code: 'auth', message: 'SharePoint rejects app-only tokens obtained with a client secret; give the app a certificate (auth.type: certificate) to read SPO.Tenant.', endpoint });
    }
    const base = hosts.sharePointAdmin ?? (initialDomain ? sharePointAdminHost(initialDomain, hosts.sharePointDomain) : undefined);
    if (!base) throw new SectionFailure({ code: 'not_found', message: 'The SharePoint admin site could not be named: the organization has no initial domain; set endpoints.sharePointAdmin.', endpoint });
    sharePoint ??= new SharePointAdminClient({ base, token: m365TokenSource(tenant, graphEndpoints, runtime, { resource: base, tokenField: 'sharePointTokenEnv' }), transport: tenantTransport([base], runtime, options) });
    return sharePoint;
  };
  return { exchange, compliance, fabric, powerPlatform, sharePointAdmin, teams };
}
