import type { PolicyRule } from './teams-policies.js';
import type { TeamsAppPermissionPolicy } from '../../snapshot/m365.js';

/** The three app catalogs an app permission policy governs, as their Get-CsTeamsAppPermissionPolicy fields. */
export const APP_CATALOGS = {
  microsoft: { field: 'defaultCatalogAppsType', property: 'DefaultCatalogAppsType', label: 'Microsoft apps' },
  thirdParty: { field: 'globalCatalogAppsType', property: 'GlobalCatalogAppsType', label: 'third-party apps' },
  custom: { field: 'privateCatalogAppsType', property: 'PrivateCatalogAppsType', label: 'custom apps' },
} as const;

export type AppCatalog = keyof typeof APP_CATALOGS;

/**
 * A catalog is restricted when the policy allows only listed apps (AllowedAppList); BlockedAppList
 * allows every app but the listed ones, which is what ScubaGear fails.
 */
export function appCatalogRule(catalog: AppCatalog): PolicyRule<TeamsAppPermissionPolicy> {
  const { field, property, label } = APP_CATALOGS[catalog];
  return {
    noun: 'app permission policy',
    standing: (p) => (p[field] === null ? 'unknown' : p[field] === 'BlockedAppList' ? 'fault' : 'ok'),
    fault: { one: `allows every ${label.replace(/s$/, '')} not blocked`, many: `allow every ${label.replace(/s$/, '')} not blocked` },
    detail: () => `${property} is BlockedAppList`,
    pass: { one: `allows only approved ${label}`, many: `allow only approved ${label}` },
  };
}

/** Why the verdict rests on the legacy per-user policies. */
export const ORG_WIDE_NOTE =
  'The org-wide app settings (Teams admin center > Manage apps > Org-wide app settings) are readable only with a signed-in admin (Get-M365UnifiedTenantSettings is not supported app-only), so this judges the app permission policies.';
