import type { BreakGlassAccount } from '../../snapshot/m365.js';
import type { TenantSettings } from '../../core/tenant-settings.js';

/**
 * The emergency-access accounts to judge against: those the connector resolved when it collected the
 * snapshot, plus any the settings name now that the snapshot never resolved (a snapshot judged again
 * after the config changed). The latter count as not found.
 */
export function configuredBreakGlass(resolved: readonly BreakGlassAccount[], settings: TenantSettings): BreakGlassAccount[] {
  const accounts = [...resolved];
  const known = new Set(
    resolved.flatMap((account) => [account.configured, account.id, account.userPrincipalName]).filter((v): v is string => !!v).map((v) => v.toLowerCase()),
  );
  for (const entry of settings.breakGlassAccounts) {
    if (known.has(entry.toLowerCase())) continue;
    known.add(entry.toLowerCase());
    accounts.push({ configured: entry, id: null, userPrincipalName: null, found: false });
  }
  return accounts;
}

/** Lower-cased ids and names a CA exclusion may use for the break-glass accounts. */
export function breakGlassIds(resolved: readonly BreakGlassAccount[], settings: TenantSettings): Set<string> {
  const ids = new Set<string>();
  for (const account of configuredBreakGlass(resolved, settings)) {
    // A configured object id matches an exclusion even when the lookup failed; a UPN never does.
    ids.add(account.configured.toLowerCase());
    if (account.id) ids.add(account.id.toLowerCase());
  }
  return ids;
}

export function breakGlassLabel(account: BreakGlassAccount): string {
  return account.userPrincipalName ?? account.configured;
}
