import { z } from 'zod';
import { defineCollector, parseAnswer } from '../collector.js';

const restriction = z.object({
  restrictionType: z.string(),
  state: z.string().nullish(),
  maxLifetime: z.string().nullish(),
  restrictForAppsCreatedAfterDateTime: z.string().nullish(),
});

const restrictions = z.object({ passwordCredentials: z.array(restriction).nullish(), keyCredentials: z.array(restriction).nullish() });

/** Fields: https://learn.microsoft.com/graph/api/resources/tenantappmanagementpolicy (both restriction sets). */
const answer = z.object({
  isEnabled: z.boolean(),
  applicationRestrictions: restrictions.nullish(),
  servicePrincipalRestrictions: restrictions.nullish(),
});

const toRestriction = (r: z.infer<typeof restriction>) => ({
  restrictionType: r.restrictionType,
  state: r.state ?? null,
  maxLifetime: r.maxLifetime ?? null,
  restrictForAppsCreatedAfterDateTime: r.restrictForAppsCreatedAfterDateTime ?? null,
});

export default defineCollector({
  section: 'appManagementPolicy',
  spec: { endpoints: ['GET /v1.0/policies/defaultAppManagementPolicy'], permissions: ['Policy.Read.All'] },
  async collect({ graph }) {
    const path = '/policies/defaultAppManagementPolicy';
    const p = parseAnswer(answer, await graph.get(path), path);
    return {
      isEnabled: p.isEnabled,
      passwordCredentials: (p.applicationRestrictions?.passwordCredentials ?? []).map(toRestriction),
      keyCredentials: (p.applicationRestrictions?.keyCredentials ?? []).map(toRestriction),
      servicePrincipalRestrictions: {
        passwordCredentials: (p.servicePrincipalRestrictions?.passwordCredentials ?? []).map(toRestriction),
        keyCredentials: (p.servicePrincipalRestrictions?.keyCredentials ?? []).map(toRestriction),
      },
    };
  },
});
