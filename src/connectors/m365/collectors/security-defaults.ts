import { z } from 'zod';
import { defineCollector, parseAnswer } from '../collector.js';

export default defineCollector({
  section: 'securityDefaults',
  spec: { endpoints: ['GET /v1.0/policies/identitySecurityDefaultsEnforcementPolicy'], permissions: ['Policy.Read.All'] },
  async collect({ graph }) {
    const path = '/policies/identitySecurityDefaultsEnforcementPolicy';
    return parseAnswer(z.object({ isEnabled: z.boolean() }), await graph.get(path), path);
  },
});
