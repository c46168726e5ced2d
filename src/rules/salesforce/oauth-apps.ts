import type { SfConnectedApp, SfOauthToken } from '../../snapshot/salesforce.js';

/** Salesforce ids compare on their case-sensitive 15-character form; the 18-character form only adds a checksum. */
function sameId(a: string, b: string): boolean {
  return a.slice(0, 15) === b.slice(0, 15);
}

/**
 * The External Client App a token belongs to. ECAs may have no AppMenuItem (so no menu item id or
 * admin-authorisation flag on the token), so the token is matched on AppMenuItem.ApplicationId when
 * present, otherwise on its AppName against the ECA's label or API name.
 */
export function externalClientAppOf(token: SfOauthToken, apps: readonly SfConnectedApp[]): SfConnectedApp | undefined {
  if (token.appId) {
    const byId = apps.find((a) => sameId(a.id, token.appId as string));
    // A token whose menu item names a connected app is that app's, whatever its label.
    if (byId) return byId.kind === 'external-client-app' ? byId : undefined;
  }
  if (!token.appName) return undefined;
  const ecas = apps.filter((a) => a.kind === 'external-client-app');
  const name = token.appName.trim().toLowerCase();
  return ecas.find((a) => a.name.trim().toLowerCase() === name || (a.developerName ?? '').toLowerCase() === name);
}
