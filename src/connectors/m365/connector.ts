import { collectSections } from '../../core/collect-sections.js';
import type { Connector, ConnectorRuntime } from '../../core/connector.js';
import { AuthError } from '../../core/errors.js';
import { SectionFailure } from '../../core/section-failure.js';
import { tenantTransport } from '../../transport/tenant-transport.js';
import type { RetryNotice } from '../../transport/transport.js';
import { M365_CLOUDS } from './clouds.js';
import type { M365CollectContext } from './collector.js';
import { m365Collectors } from './collectors/index.js';
import type { M365TenantFields } from './config.js';
import { m365TokenSource } from './credential.js';
import { GraphApiError, GraphReader } from './graph-reader.js';
import { toSectionError } from './section-errors.js';
import { m365ServiceClients } from './service-clients.js';
import type { M365SectionName, M365Shapes } from '../../snapshot/m365.js';

export type M365Tenant = M365TenantFields & { name: string };

export function m365Endpoints(tenant: M365Tenant): { graph: string; authority: string } {
  const cloud = M365_CLOUDS[tenant.cloud ?? 'global'];
  return {
    graph: (tenant.endpoints?.graph ?? cloud.graph).replace(/\/+$/, ''),
    authority: (tenant.endpoints?.authority ?? cloud.authority).replace(/\/+$/, ''),
  };
}

/**
 * Reads a Microsoft 365 tenant through Graph. The organization is read first, alone: it names the
 * tenant and proves the credentials. Licences come next when a section depends on them; then every
 * other section starts at once, so their GETs share $batch requests.
 */
export function createM365Connector(tenant: M365Tenant, runtime: ConnectorRuntime): Connector<'m365'> {
  const endpoints = m365Endpoints(tenant);
  return {
    provider: 'm365',
    async collect({ sections, settings, log, signal, deadlineAt }) {
      const token = m365TokenSource(tenant, endpoints, runtime);
      // Load the credentials before any read: the Graph client would wrap a ConfigError (unset variable,
      // missing certificate file) so that it reached the runner as refused credentials.
      await token();
      const onRetry = (retry: RetryNotice) => log.info(`Graph answered ${retry.status ?? retry.failure}; retrying in ${Math.round(retry.waitMs / 100) / 10}s`);
      const transport = tenantTransport([endpoints.graph], runtime, { signal, deadlineAt }, { onRetry });
      const graph = new GraphReader({ graphBase: endpoints.graph, token, transport });
      const ctx: M365CollectContext = { graph, services: m365ServiceClients(tenant, endpoints, runtime, { signal, deadlineAt }), settings };

      const readSection = async <K extends M365SectionName>(name: K): Promise<M365Shapes[K]> => {
        const collector = m365Collectors[name];
        if (collector.licensed && ctx.licences && !collector.licensed(ctx.licences)) {
          throw new SectionFailure({ code: 'licence', message: `The tenant has no ${collector.spec.licence ?? 'required'} licence, so this setting is not available to read.`, licence: collector.spec.licence, featureUnlicensed: collector.spec.licenceGates !== 'report', endpoint: collector.spec.endpoints.join(', ') });
        }
        return (await collector.collect(ctx)) as M365Shapes[K];
      };
      const read = (wanted: readonly M365SectionName[]) =>
        collectSections<M365Shapes, M365SectionName>({ wanted, read: readSection, toError: (name, error) => toSectionError(error, m365Collectors[name].spec), log, signal });

      let organization: M365Shapes['organization'];
      try {
        organization = await m365Collectors.organization.collect(ctx);
      } catch (error) {
        if (error instanceof GraphApiError && error.status === 401) {
          throw new AuthError(`Tenant "${tenant.name}": Graph refused the credentials (${error.graphCode}: ${error.message})`);
        }
        if (error instanceof AuthError) throw error;
        throw new AuthError(`Tenant "${tenant.name}": could not read the organization from ${endpoints.graph} (${error instanceof Error ? error.message : String(error)})`);
      }
      ctx.organization = organization;
      const wanted = new Set<M365SectionName>(sections);
      const gated = [...wanted].some((name) => m365Collectors[name].licensed) || wanted.has('roleAssignments');
      const first = gated || wanted.has('licences') ? await read(['licences']) : {};
      if (first.licences?.status === 'ok') ctx.licences = first.licences.data;
      const rest = await read([...wanted].filter((name) => name !== 'organization' && name !== 'licences'));
      const out = {
        ...(wanted.has('organization') ? { organization: { status: 'ok' as const, data: organization } } : {}),
        ...(wanted.has('licences') ? first : {}),
        ...rest,
      };
      log.info(`Graph: ${graph.stats.httpRequests} HTTP requests (${graph.stats.batchedRequests} reads batched), ${graph.stats.retries} retries`);
      return {
        tenant: { name: tenant.name, provider: 'm365', id: organization.id, displayName: organization.displayName },
        sections: out,
      };
    },
  };
}
