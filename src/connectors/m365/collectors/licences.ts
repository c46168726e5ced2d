import { z } from 'zod';
import { defineCollector, parseAnswer } from '../collector.js';

const sku = z.object({
  skuId: z.string(),
  skuPartNumber: z.string(),
  capabilityStatus: z.string(),
  servicePlans: z.array(z.object({ servicePlanName: z.string(), provisioningStatus: z.string().nullish() })).default([]),
});

/** Matching on service plans, not SKU ids, catches every bundle that carries Entra ID P1/P2. */
export default defineCollector({
  section: 'licences',
  spec: { endpoints: ['GET /v1.0/subscribedSkus'], permissions: ['LicenseAssignment.Read.All'] },
  async collect({ graph }) {
    const skus = parseAnswer(z.array(sku), await graph.list('/subscribedSkus?$select=skuId,skuPartNumber,capabilityStatus,servicePlans'), 'subscribedSkus');
    const active = skus.filter((s) => s.capabilityStatus === 'Enabled' || s.capabilityStatus === 'Warning');
    const plans = new Set(active.flatMap((s) => s.servicePlans.filter((p) => p.provisioningStatus !== 'Disabled').map((p) => p.servicePlanName)));
    return {
      skus: skus.map(({ skuId, skuPartNumber, capabilityStatus }) => ({ skuId, skuPartNumber, capabilityStatus })),
      servicePlans: [...plans].sort(),
      entraP1: plans.has('AAD_PREMIUM') || plans.has('AAD_PREMIUM_P2'),
      entraP2: plans.has('AAD_PREMIUM_P2'),
    };
  },
});
