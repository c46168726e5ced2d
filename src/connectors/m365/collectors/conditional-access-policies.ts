import { z } from 'zod';
import { defineCollector, parseAnswer } from '../collector.js';
import { GraphApiError, type GraphReader } from '../graph-reader.js';
import type { CaAuthenticationStrength, CaPolicy } from '../../../snapshot/m365.js';

const list = z.array(z.string()).nullish().transform((v) => v ?? []);

/** conditionalAccessFilter: https://learn.microsoft.com/graph/api/resources/conditionalaccessfilter */
const filter = z.object({ mode: z.string(), rule: z.string() });

const policy = z.object({
  id: z.string(),
  displayName: z.string().nullish(),
  state: z.string(),
  conditions: z.object({
    users: z
      .object({
        includeUsers: list,
        excludeUsers: list,
        includeGroups: list,
        excludeGroups: list,
        includeRoles: list,
        excludeRoles: list,
        includeGuestsOrExternalUsers: z.unknown().nullish(),
        excludeGuestsOrExternalUsers: z.unknown().nullish(),
      })
      .nullish(),
    applications: z
      .object({ includeApplications: list, excludeApplications: list, includeUserActions: list, includeAuthenticationContextClassReferences: list, applicationFilter: filter.nullish() })
      .nullish(),
    clientApplications: z.object({ includeServicePrincipals: list, excludeServicePrincipals: list }).nullish(),
    clientAppTypes: list,
    userRiskLevels: list,
    signInRiskLevels: list,
    servicePrincipalRiskLevels: list,
    insiderRiskLevels: z.string().nullish(),
    platforms: z.object({ includePlatforms: list, excludePlatforms: list }).nullish(),
    locations: z.object({ includeLocations: list, excludeLocations: list }).nullish(),
    authenticationFlows: z.object({ transferMethods: z.string().nullish() }).nullish(),
    devices: z.object({ deviceFilter: filter.nullish() }).nullish(),
  }),
  grantControls: z
    .object({
      operator: z.string().nullish(),
      builtInControls: list,
      authenticationStrength: z
        .object({ id: z.string(), displayName: z.string().nullish(), policyType: z.string().nullish(), requirementsSatisfied: z.string().nullish(), allowedCombinations: list })
        .nullish(),
    })
    .nullish(),
  sessionControls: z
    .object({
      signInFrequency: z.object({ isEnabled: z.boolean().nullish(), value: z.number().nullish(), type: z.string().nullish() }).nullish(),
      persistentBrowser: z.object({ isEnabled: z.boolean().nullish(), mode: z.string().nullish() }).nullish(),
    })
    .nullish(),
});

type StrengthAnswer = NonNullable<NonNullable<z.infer<typeof policy>['grantControls']>['authenticationStrength']>;

function toStrength(s: StrengthAnswer): CaAuthenticationStrength {
  return {
    id: s.id,
    displayName: s.displayName ?? undefined,
    policyType: s.policyType ?? null,
    requirementsSatisfied: s.requirementsSatisfied ?? null,
    allowedCombinations: s.allowedCombinations,
  };
}

function toPolicy(p: z.infer<typeof policy>): CaPolicy {
  const users = p.conditions.users;
  const apps = p.conditions.applications;
  return {
    id: p.id,
    displayName: p.displayName ?? p.id,
    state: p.state,
    conditions: {
      users: {
        includeUsers: users?.includeUsers ?? [],
        excludeUsers: users?.excludeUsers ?? [],
        includeGroups: users?.includeGroups ?? [],
        excludeGroups: users?.excludeGroups ?? [],
        includeRoles: users?.includeRoles ?? [],
        excludeRoles: users?.excludeRoles ?? [],
        includeGuestsOrExternalUsers: users?.includeGuestsOrExternalUsers ?? null,
        excludeGuestsOrExternalUsers: users?.excludeGuestsOrExternalUsers ?? null,
      },
      applications: {
        includeApplications: apps?.includeApplications ?? [],
        excludeApplications: apps?.excludeApplications ?? [],
        includeUserActions: apps?.includeUserActions ?? [],
        includeAuthenticationContextClassReferences: apps?.includeAuthenticationContextClassReferences ?? [],
        applicationFilter: apps?.applicationFilter ?? null,
      },
      clientApplications: p.conditions.clientApplications ?? null,
      clientAppTypes: p.conditions.clientAppTypes,
      userRiskLevels: p.conditions.userRiskLevels,
      signInRiskLevels: p.conditions.signInRiskLevels,
      servicePrincipalRiskLevels: p.conditions.servicePrincipalRiskLevels,
      insiderRiskLevels: p.conditions.insiderRiskLevels ?? null,
      platforms: p.conditions.platforms ?? null,
      locations: p.conditions.locations ?? null,
      authenticationFlows: p.conditions.authenticationFlows?.transferMethods ? { transferMethods: p.conditions.authenticationFlows.transferMethods } : null,
      devices: p.conditions.devices ? { deviceFilter: p.conditions.devices.deviceFilter ?? null } : null,
    },
    grantControls: p.grantControls
      ? {
          operator: p.grantControls.operator ?? 'OR',
          builtInControls: p.grantControls.builtInControls,
          authenticationStrength: p.grantControls.authenticationStrength ? toStrength(p.grantControls.authenticationStrength) : null,
        }
      : null,
    sessionControls: p.sessionControls
      ? {
          signInFrequency: p.sessionControls.signInFrequency
            ? { isEnabled: p.sessionControls.signInFrequency.isEnabled ?? false, value: p.sessionControls.signInFrequency.value ?? null, type: p.sessionControls.signInFrequency.type ?? null }
            : null,
          persistentBrowser: p.sessionControls.persistentBrowser
            ? { isEnabled: p.sessionControls.persistentBrowser.isEnabled ?? false, mode: p.sessionControls.persistentBrowser.mode ?? undefined }
            : null,
        }
      : null,
  };
}

const KEYWORDS = new Set(['All', 'None', 'GuestsOrExternalUsers']);
const directoryObject = z.object({ id: z.string(), displayName: z.string().nullish(), userPrincipalName: z.string().nullish() });

/**
 * Names the users and groups policies point at, so evidence shows people rather than object ids.
 * One batched GET per distinct id; an id that no longer resolves (deleted, or in another tenant) keeps its id.
 */
async function principalNames(graph: GraphReader, policies: CaPolicy[]): Promise<Map<string, string>> {
  const ids = new Set<string>();
  for (const p of policies) {
    const u = p.conditions.users;
    for (const id of [...u.includeUsers, ...u.excludeUsers, ...u.includeGroups, ...u.excludeGroups]) if (!KEYWORDS.has(id)) ids.add(id);
  }
  const names = new Map<string, string>();
  await Promise.all(
    [...ids].map(async (id) => {
      try {
        const o = directoryObject.parse(await graph.get(`/directoryObjects/${id}`));
        const name = o.userPrincipalName ?? o.displayName;
        if (name) names.set(id, name);
      } catch (error) {
        if (!(error instanceof GraphApiError) || error.status >= 500 || error.status === 429) throw error;
      }
    }),
  );
  return names;
}

/** Conditional Access is throttled to 1 request/s per tenant with no Retry-After: one paged list, no fan-out. */
export default defineCollector({
  section: 'conditionalAccessPolicies',
  spec: {
    endpoints: ['GET /v1.0/identity/conditionalAccess/policies', 'GET /v1.0/directoryObjects/{id} (users and groups the policies name, batched)'],
    permissions: ['Policy.Read.All', 'Directory.Read.All'],
    licence: 'Microsoft Entra ID P1',
  },
  licensed: (l) => l.entraP1,
  async collect({ graph }) {
    const path = '/identity/conditionalAccess/policies';
    const policies = parseAnswer(z.array(policy), await graph.list(path), path).map(toPolicy);
    const names = await principalNames(graph, policies);
    return policies.map((p) => {
      const u = p.conditions.users;
      const mine = [...u.includeUsers, ...u.excludeUsers, ...u.includeGroups, ...u.excludeGroups].filter((id) => names.has(id));
      return mine.length ? { ...p, principalNames: Object.fromEntries(mine.map((id) => [id, names.get(id)!])) } : p;
    });
  },
});
