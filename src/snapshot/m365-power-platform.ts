/**
 * Power Platform settings, read from the Power Platform admin API (BAP). Shapes follow the answers
 * recorded in fixtures/m365/power-platform/README.md.
 */

/** One environment of the tenant (GET …/scopes/admin/environments). */
export interface PowerPlatformEnvironment {
  /** The environment id, e.g. Default-{tenantId} for the default environment. */
  name: string;
  displayName: string;
  /** True for the tenant's one default environment, which every licensed user can make apps in. */
  isDefault: boolean;
  /** Production, Sandbox, Trial, Developer, Default, Teams; null when not given. */
  environmentSku: string | null;
}

/** A data loss prevention (connector) policy (GET …/PowerPlatform.Governance/v2/policies). */
export interface PowerPlatformDlpPolicy {
  /** The policy id. */
  name: string;
  displayName: string;
  /** AllEnvironments, ExceptEnvironments (all but those listed) or OnlyEnvironments (those listed). */
  environmentType: string;
  /** Environment ids (names) the environmentType refers to. */
  environments: string[];
}

/** A tenant the isolation policy lets connections reach (outbound) or come from (inbound). */
export interface PowerPlatformAllowedTenant {
  /** A tenant id or domain; "*" stands for every tenant. */
  tenantId: string;
  inbound: boolean;
  outbound: boolean;
}

/** The tenant isolation policy (GET …/PowerPlatform.Governance/v1/tenants/{tenantId}/tenantIsolationPolicy). */
export interface PowerPlatformTenantIsolation {
  /** False when the API has no policy for the tenant (404): isolation was never turned on. */
  configured: boolean;
  /** True when isolation is off; the allow list then is not enforced. */
  isDisabled: boolean;
  allowedTenants: PowerPlatformAllowedTenant[];
}

/** Tenant settings (POST …/listTenantSettings), those the checks read. */
export interface PowerPlatformTenantSettings {
  /** powerPlatform.powerApps.disableShareWithEveryone: makers cannot share an app with Everyone. */
  disableShareWithEveryone: boolean;
}
