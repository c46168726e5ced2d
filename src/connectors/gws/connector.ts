import type { CollectOptions, CollectedTenant, Connector, ConnectorRuntime } from '../../core/connector.js';
import { AuthError } from '../../core/errors.js';
import type { Section, SectionError } from '../../core/model.js';
import { createGwsAuth } from './auth.js';
import { buildClients, gwsEndpoints, type CollectorContext } from './clients.js';
import { collectAdminRoles } from './collectors/admin-roles.js';
import { collectAdminSettingChanges } from './collectors/admin-setting-changes.js';
import { collectContextAwareAccess } from './collectors/context-aware-access.js';
import { collectCustomer } from './collectors/customer.js';
import { collectDriveLabels } from './collectors/drive-labels.js';
import { collectOAuthGrants, collectUserTokens } from './collectors/oauth-grants.js';
import { collectPolicies } from './collectors/policies.js';
import { collectUsers } from './collectors/users.js';
import type { GwsTenantFields } from './config.js';
import { googleRetryTuning, GwsHttp } from './http.js';
import { tenantTransport } from '../../transport/tenant-transport.js';
import { collectSections } from '../../core/collect-sections.js';
import { gwsSectionCatalog } from './sections.js';
import type { GwsShapes, GwsUser } from '../../snapshot/gws.js';

type SectionName = keyof GwsShapes & string;

/** The scopes the chosen sections need: asking for a scope the tenant did not authorise fails the whole token request. */
export function scopesFor(sections: readonly SectionName[], optIn: { userTokens?: boolean } = {}): string[] {
  const scopes = new Set<string>();
  for (const name of sections) {
    const spec = gwsSectionCatalog[name];
    if (spec.writeCapable && !optIn.userTokens) continue;
    for (const p of spec.permissions) if (p.startsWith('https://')) scopes.add(p);
  }
  return [...scopes].sort();
}

function unexpected(error: unknown): SectionError {
  return { code: 'api_error', message: `Unexpected failure: ${error instanceof Error ? error.message : String(error)}` };
}

export function createGwsConnector(tenant: GwsTenantFields & { name: string }, runtime: ConnectorRuntime): Connector<'gws'> {
  return {
    provider: 'gws',
    async collect(options: CollectOptions<'gws'>): Promise<CollectedTenant<'gws'>> {
      const wanted = [...new Set(options.sections)];
      const auth = await createGwsAuth(tenant, runtime, scopesFor(wanted, tenant.optIn));
      const transport = tenantTransport(Object.values(gwsEndpoints(tenant)), runtime, options, googleRetryTuning);
      const http = new GwsHttp(transport, auth.quotaKey);
      const ctx: CollectorContext = buildClients(tenant, auth.client, http, new Date());

      let usersPromise: Promise<GwsUser[]> | undefined;
      const users = () => (usersPromise ??= collectUsers(ctx));
      const collectors: { [K in SectionName]: () => Promise<GwsShapes[K]> } = {
        customer: () => collectCustomer(ctx),
        policies: () => collectPolicies(ctx),
        users,
        adminRoles: () => collectAdminRoles(ctx),
        oauthGrants: () => collectOAuthGrants(ctx),
        userTokens: () => collectUserTokens(ctx, users),
        driveLabels: () => collectDriveLabels(ctx),
        contextAwareAccess: () => collectContextAwareAccess(ctx),
        adminSettingChanges: () => collectAdminSettingChanges(ctx),
      };

      const sections = await collectSections<GwsShapes, SectionName>({
        wanted,
        read: (name) => collectors[name]() as Promise<GwsShapes[typeof name]>,
        toError: (_name, error) => unexpected(error),
        log: options.log,
        signal: options.signal,
      });

      const results = Object.values(sections) as Section<unknown>[];
      if (results.length > 0 && results.every((s) => s.status === 'error' && s.error.code === 'auth')) {
        throw new AuthError(`Google refused the credentials for tenant ${tenant.name} on every read (401): check the token or the service account key.`);
      }
      const customer = sections.customer;
      return {
        tenant: {
          name: tenant.name,
          provider: 'gws',
          id: customer?.status === 'ok' ? customer.data.id : tenant.customerId !== 'my_customer' ? tenant.customerId : undefined,
          displayName: customer?.status === 'ok' ? (customer.data.organizationName ?? customer.data.customerDomain) : tenant.primaryDomain,
        },
        sections,
      };
    },
  };
}
