import { z } from 'zod';
import { SectionFailure } from '../../../core/section-failure.js';
import { defineCollector, parseAnswer } from '../collector.js';
import { powerPlatformSpec } from '../power-platform-spec.js';

const API_VERSION = 'api-version=2020-06-01';
const path = (tenantId: string) => `/providers/PowerPlatform.Governance/v1/tenants/${encodeURIComponent(tenantId)}/tenantIsolationPolicy?${API_VERSION}`;

const answer = z
  .object({
    properties: z
      .object({
        isDisabled: z.boolean(),
        allowedTenants: z
          .array(
            z
              .object({
                tenantId: z.string().min(1),
                direction: z.object({ inbound: z.boolean().nullish(), outbound: z.boolean().nullish() }).passthrough(),
              })
              .passthrough(),
          )
          .nullish(),
      })
      .passthrough(),
  })
  .passthrough();

export default defineCollector({
  section: 'powerPlatformTenantIsolation',
  spec: powerPlatformSpec('GET', path('{tenantId}')),
  async collect({ services, organization }) {
    const endpoint = 'GET /providers/PowerPlatform.Governance/v1/tenants/{tenantId}/tenantIsolationPolicy';
    if (!organization?.id) throw new SectionFailure({ code: 'not_found', message: 'The tenant id (GUID) is not known: the organization could not be read, and the isolation policy is addressed by it.', endpoint });
    const body = await services.powerPlatform().get(path(organization.id), { missing: 'null' });
    // No policy at all (404) is how the API answers a tenant where isolation was never turned on.
    if (body === null) return { configured: false, isDisabled: true, allowedTenants: [] };
    const { properties } = parseAnswer(answer, body, endpoint);
    return {
      configured: true,
      isDisabled: properties.isDisabled,
      allowedTenants: (properties.allowedTenants ?? []).map((t) => ({ tenantId: t.tenantId, inbound: t.direction.inbound === true, outbound: t.direction.outbound === true })),
    };
  },
});
