import { z } from 'zod';
import type { DirectoryPrincipal } from '../../snapshot/m365.js';

/** The user fields privileged-access checks read, as a $select on /users asks for them. */
export const USER_FIELDS = 'id,displayName,userPrincipalName,userType,accountEnabled,onPremisesSyncEnabled,onPremisesImmutableId';

export const userAnswer = z.object({
  id: z.string(),
  displayName: z.string().nullish(),
  userPrincipalName: z.string().nullish(),
  userType: z.string().nullish(),
  accountEnabled: z.boolean().nullish(),
  onPremisesSyncEnabled: z.boolean().nullish(),
  // Returned only on $select; null for an account that was never synchronised or federated.
  onPremisesImmutableId: z.string().nullish(),
});

export const directoryObjectAnswer = z.object({ '@odata.type': z.string().nullish(), id: z.string(), displayName: z.string().nullish(), appId: z.string().nullish() });

export function toUser(u: z.infer<typeof userAnswer>): DirectoryPrincipal {
  return {
    id: u.id,
    type: 'user',
    displayName: u.displayName ?? u.id,
    userPrincipalName: u.userPrincipalName ?? undefined,
    userType: u.userType ?? undefined,
    accountEnabled: u.accountEnabled ?? null,
    onPremisesSyncEnabled: u.onPremisesSyncEnabled ?? null,
    onPremisesImmutableId: u.onPremisesImmutableId ?? null,
  };
}

/** A directory object's kind from its @odata.type (#microsoft.graph.user, .group, .servicePrincipal). */
export function principalType(odataType: string | null | undefined): DirectoryPrincipal['type'] {
  if (!odataType) return 'unknown';
  if (odataType.endsWith('.user')) return 'user';
  if (odataType.endsWith('.group')) return 'group';
  if (odataType.endsWith('.servicePrincipal')) return 'servicePrincipal';
  return 'unknown';
}
