import { z } from 'zod';
import { defineCollector, parseAnswer } from '../collector.js';

const domain = z.object({
  id: z.string(),
  isVerified: z.boolean().nullish(),
  isDefault: z.boolean().nullish(),
  authenticationType: z.string().nullish(),
  passwordValidityPeriodInDays: z.number().nullish(),
});

export default defineCollector({
  section: 'domains',
  spec: { endpoints: ['GET /v1.0/domains'], permissions: ['Domain.Read.All'] },
  async collect({ graph }) {
    return parseAnswer(z.array(domain), await graph.list('/domains?$select=id,isVerified,isDefault,authenticationType,passwordValidityPeriodInDays'), 'domains').map((d) => ({
      id: d.id,
      isVerified: d.isVerified ?? false,
      isDefault: d.isDefault ?? false,
      authenticationType: d.authenticationType ?? 'Managed',
      passwordValidityPeriodInDays: d.passwordValidityPeriodInDays ?? null,
    }));
  },
});
