import { z } from 'zod';
import { defineCollector, parseAnswer } from '../collector.js';
import { inboundOutbound, inboundTrust, toDirection, toTrust } from '../cross-tenant-schema.js';

const answer = z.object({
  b2bCollaborationInbound: inboundOutbound,
  b2bCollaborationOutbound: inboundOutbound,
  b2bDirectConnectInbound: inboundOutbound,
  b2bDirectConnectOutbound: inboundOutbound,
  inboundTrust,
});

export default defineCollector({
  section: 'crossTenantAccessDefault',
  spec: { endpoints: ['GET /v1.0/policies/crossTenantAccessPolicy/default'], permissions: ['Policy.Read.All'] },
  async collect({ graph }) {
    const path = '/policies/crossTenantAccessPolicy/default';
    const p = parseAnswer(answer, await graph.get(path), path);
    return {
      b2bCollaborationInbound: toDirection(p.b2bCollaborationInbound),
      b2bCollaborationOutbound: toDirection(p.b2bCollaborationOutbound),
      b2bDirectConnectInbound: toDirection(p.b2bDirectConnectInbound),
      b2bDirectConnectOutbound: toDirection(p.b2bDirectConnectOutbound),
      inboundTrust: toTrust(p.inboundTrust),
    };
  },
});
