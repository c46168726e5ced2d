import type { z } from 'zod';
import type { Connector, ConnectorRuntime, SectionCatalog } from '../core/connector.js';
import type { Provider } from '../core/model.js';
import { m365TenantFields } from './m365/config.js';
import { createM365Connector, type M365Tenant } from './m365/connector.js';
import { m365SectionCatalog, m365SetupSteps } from './m365/sections.js';

/** What the runner, config and CLI need to know of a provider. */
export interface ProviderModule<P extends Provider = Provider> {
  provider: P;
  label: string;
  /** The provider-specific fields of a tenant entry in tenants.yaml. */
  tenantFields: z.AnyZodObject;
  createConnector(tenant: { name: string } & Record<string, unknown>, runtime: ConnectorRuntime): Connector<P>;
  sectionCatalog: SectionCatalog<P>;
  setupSteps: string[];
  /** What the permissions column means for this provider. */
  permissionKind: string;
}

const m365: ProviderModule<'m365'> = {
  provider: 'm365',
  label: 'Microsoft 365',
  tenantFields: m365TenantFields,
  createConnector: (tenant, runtime) => createM365Connector(tenant as unknown as M365Tenant, runtime),
  sectionCatalog: m365SectionCatalog,
  setupSteps: m365SetupSteps,
  permissionKind: 'Microsoft Graph application permission',
};

export const providerModules: { [P in Provider]?: ProviderModule<P> } = { m365 };

export function providerModule<P extends Provider>(provider: P): ProviderModule<P> {
  const module = providerModules[provider];
  if (!module) throw new Error(`Provider ${provider} is not available in this build`);
  return module as ProviderModule<P>;
}

export function availableProviders(): Provider[] {
  return Object.keys(providerModules) as Provider[];
}
