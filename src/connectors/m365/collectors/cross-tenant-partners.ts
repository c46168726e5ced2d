import { z } from 'zod';
import { defineCollector, parseAnswer } from '../collector.js';
import { inboundOutbound, inboundTrust, toDirection, toTrust } from '../cross-tenant-schema.js';

const partner = z.object({
  tenantId: z.string(),
  isServiceProvider: z.boolean().nullish(),
  b2bCollaborationInbound: inboundOutbound,
  b2bDirectConnectInbound: inboundOutbound,
  inboundTrust,
});

export default defineCollector({
  section: 'crossTenantPartners',
  spec: { endpoints: ['GET /v1.0/policies/crossTenantAccessPolicy/partners'], permissions: ['Policy.Read.All'] },
  async collect({ graph }) {
    const path = '/policies/crossTenantAccessPolicy/partners';
    return parseAnswer(z.array(partner), await graph.list(path), path).map((p) => ({
      tenantId: p.tenantId,
      isServiceProvider: p.isServiceProvider ?? null,
      b2bCollaborationInbound: toDirection(p.b2bCollaborationInbound),
      b2bDirectConnectInbound: toDirection(p.b2bDirectConnectInbound),
      inboundTrust: toTrust(p.inboundTrust),
    }));
  },
});
