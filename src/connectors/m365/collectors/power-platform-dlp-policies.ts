import { z } from 'zod';
import { defineCollector, parseAnswer } from '../collector.js';
import { powerPlatformSpec } from '../power-platform-spec.js';

const PATH = '/providers/PowerPlatform.Governance/v2/policies';

const policy = z
  .object({
    policyDefinition: z
      .object({
        name: z.string().min(1),
        displayName: z.string().nullish(),
        environmentType: z.enum(['AllEnvironments', 'ExceptEnvironments', 'OnlyEnvironments']),
        environments: z.array(z.object({ name: z.string().min(1) }).passthrough()).nullish(),
      })
      .passthrough(),
  })
  .passthrough();

export default defineCollector({
  section: 'powerPlatformDlpPolicies',
  spec: powerPlatformSpec('GET', PATH),
  async collect({ services }) {
    const rows = parseAnswer(z.array(policy), await services.powerPlatform().list(PATH), `GET ${PATH}`);
    return rows.map(({ policyDefinition: p }) => ({
      name: p.name,
      displayName: p.displayName ?? p.name,
      environmentType: p.environmentType,
      environments: (p.environments ?? []).map((e) => e.name),
    }));
  },
});
