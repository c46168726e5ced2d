import type { M365Shapes } from '../../../src/snapshot/m365.js';

type PowerPlatformSections = Pick<M365Shapes, 'powerPlatformEnvironments' | 'powerPlatformDlpPolicies' | 'powerPlatformTenantIsolation' | 'powerPlatformTenantSettings'>;

export const DEFAULT_ENVIRONMENT = 'Default-aaaaaaaa-0000-4000-8000-000000000001';

/** Power Platform settings that meet every check: one DLP policy over all environments, isolation on. */
export function compliantPowerPlatform(): PowerPlatformSections {
  return {
    powerPlatformEnvironments: [
      { name: DEFAULT_ENVIRONMENT, displayName: 'Contoso (default)', isDefault: true, environmentSku: 'Default' },
      { name: 'b1e2c3d4-0000-4000-8000-000000000001', displayName: 'Finance apps', isDefault: false, environmentSku: 'Production' },
    ],
    powerPlatformDlpPolicies: [{ name: 'p-tenant', displayName: 'Tenant-wide connectors', environmentType: 'AllEnvironments', environments: [] }],
    powerPlatformTenantIsolation: { configured: true, isDisabled: false, allowedTenants: [{ tenantId: 'fabrikam.onmicrosoft.com', inbound: true, outbound: true }] },
    powerPlatformTenantSettings: { disableShareWithEveryone: true },
  };
}
