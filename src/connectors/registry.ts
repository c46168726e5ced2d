import type { z } from 'zod';
import type { Connector, ConnectorRuntime, SectionCatalog } from '../core/connector.js';
import type { Provider } from '../core/model.js';
import type { M365Tenant } from './m365/connector.js';
import { m365TenantFields } from './m365/config.js';
import { m365SectionCatalog, m365SetupSteps } from './m365/sections.js';
import type { GwsTenantConfig } from './gws/config.js';
import { gwsTenantFields } from './gws/config.js';
import { gwsSectionCatalog, gwsSetupSteps } from './gws/sections.js';
import { salesforceTenantFields } from './salesforce/config.js';
import { salesforceSectionCatalog, salesforceSetupSteps } from './salesforce/sections.js';

/** What the runner, config and CLI need to know of a provider. */
export interface ProviderModule<P extends Provider = Provider> {
  provider: P;
  label: string;
  /** The provider-specific fields of a tenant entry in tenants.yaml (refinements allowed). */
  tenantFields: z.AnyZodObject | z.ZodEffects<z.AnyZodObject>;
  createConnector(tenant: { name: string } & Record<string, unknown>, runtime: ConnectorRuntime): Connector<P>;
  sectionCatalog: SectionCatalog<P>;
  setupSteps: string[];
  /** What the permissions column means for this provider. */
  permissionKind: string;
  /** Sections the connector reads on every run whatever the checks (to name and reach the tenant). */
  alwaysReads?: string[];
}

/**
 * A connector whose module (and the provider SDK behind it) is imported on the first collect, so that
 * commands which only read the catalog (permissions, checks, config validation) load no SDK at all.
 */
function lazyConnector<P extends Provider>(provider: P, load: () => Promise<Connector<P>>): Connector<P> {
  return { provider, collect: async (options) => (await load()).collect(options) };
}

const m365: ProviderModule<'m365'> = {
  provider: 'm365',
  label: 'Microsoft 365',
  tenantFields: m365TenantFields,
  createConnector: (tenant, runtime) => lazyConnector('m365', async () => (await import('./m365/connector.js')).createM365Connector(tenant as unknown as M365Tenant, runtime)),
  sectionCatalog: m365SectionCatalog,
  setupSteps: m365SetupSteps,
  permissionKind: 'Microsoft 365 application permission or Entra role',
  alwaysReads: ['organization', 'licences'],
};

const gws: ProviderModule<'gws'> = {
  provider: 'gws',
  label: 'Google Workspace',
  tenantFields: gwsTenantFields,
  createConnector: (tenant, runtime) => lazyConnector('gws', async () => (await import('./gws/connector.js')).createGwsConnector(tenant as unknown as GwsTenantConfig, runtime)),
  sectionCatalog: gwsSectionCatalog,
  setupSteps: gwsSetupSteps,
  permissionKind: 'OAuth scope (domain-wide delegation)',
};

const salesforce: ProviderModule<'salesforce'> = {
  provider: 'salesforce',
  label: 'Salesforce',
  tenantFields: salesforceTenantFields,
  createConnector: (tenant, runtime) => lazyConnector('salesforce', async () => (await import('./salesforce/connector.js')).createSalesforceConnector(tenant as never, runtime)),
  sectionCatalog: salesforceSectionCatalog,
  setupSteps: salesforceSetupSteps,
  permissionKind: 'user permission of the integration user',
};

export const providerModules: { [P in Provider]?: ProviderModule<P> } = { m365, gws, salesforce };

export function providerModule<P extends Provider>(provider: P): ProviderModule<P> {
  const module = providerModules[provider];
  if (!module) throw new Error(`Provider ${provider} is not available in this build`);
  return module as ProviderModule<P>;
}

export function availableProviders(): Provider[] {
  return Object.keys(providerModules) as Provider[];
}
