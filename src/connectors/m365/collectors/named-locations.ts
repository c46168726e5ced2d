import { z } from 'zod';
import { defineCollector, parseAnswer } from '../collector.js';

const location = z.object({
  '@odata.type': z.string().nullish(),
  id: z.string(),
  displayName: z.string().nullish(),
  isTrusted: z.boolean().nullish(),
  ipRanges: z.array(z.object({ cidrAddress: z.string().nullish() })).nullish(),
  countriesAndRegions: z.array(z.string()).nullish(),
});

export default defineCollector({
  section: 'namedLocations',
  spec: { endpoints: ['GET /v1.0/identity/conditionalAccess/namedLocations'], permissions: ['Policy.Read.All'], licence: 'Microsoft Entra ID P1' },
  licensed: (l) => l.entraP1,
  async collect({ graph }) {
    const path = '/identity/conditionalAccess/namedLocations';
    return parseAnswer(z.array(location), await graph.list(path), path).map((l) => {
      const type = l['@odata.type'] ?? '';
      const kind = type.includes('ipNamedLocation') ? 'ip' : type.includes('countryNamedLocation') ? 'country' : 'other';
      return {
        id: l.id,
        displayName: l.displayName ?? l.id,
        kind,
        isTrusted: l.isTrusted ?? false,
        ipRanges: (l.ipRanges ?? []).flatMap((r) => (r.cidrAddress ? [r.cidrAddress] : [])),
        countriesAndRegions: l.countriesAndRegions ?? [],
      } as const;
    });
  },
});
