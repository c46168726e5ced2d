import { z } from 'zod';
import { defineCollector, parseAnswer } from '../collector.js';

const org = z.object({
  id: z.string(),
  displayName: z.string().nullish(),
  onPremisesSyncEnabled: z.boolean().nullish(),
  verifiedDomains: z.array(z.object({ name: z.string(), isDefault: z.boolean().nullish(), isInitial: z.boolean().nullish() })).default([]),
});

export default defineCollector({
  section: 'organization',
  spec: { endpoints: ['GET /v1.0/organization'], permissions: ['Organization.Read.All'] },
  async collect({ graph }) {
    const [first] = parseAnswer(z.array(org).min(1), await graph.list('/organization?$select=id,displayName,verifiedDomains,onPremisesSyncEnabled'), 'organization');
    return {
      id: first!.id,
      displayName: first!.displayName ?? '',
      onPremisesSyncEnabled: first!.onPremisesSyncEnabled ?? null,
      verifiedDomains: first!.verifiedDomains.map((d) => ({ name: d.name, isDefault: d.isDefault ?? false, isInitial: d.isInitial ?? false })),
    };
  },
});
