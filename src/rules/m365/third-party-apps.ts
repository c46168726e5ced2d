import type { M365Organization, ServicePrincipal } from '../../snapshot/m365.js';

/**
 * Tenants that publish Microsoft's own first-party apps. A service principal owned by one of
 * these is Microsoft's, not a vendor's: publisherName is free text anyone can set, the owning
 * tenant is not.
 */
export const MICROSOFT_TENANT_IDS: readonly string[] = [
  'f8cdef31-a31e-4b4a-93e4-5f571e91255a', // Microsoft Services
  '72f988bf-86f1-41af-91ab-2d7cd011db47', // Microsoft (corp)
  '33e01921-4d64-4f8c-a055-5bdaffd5e33d', // Microsoft (first-party apps, older registrations)
];

export type AppOrigin = 'microsoft' | 'own-tenant' | 'third-party';

/**
 * Where an app comes from. An app we cannot place (no owning tenant recorded, or a grant whose
 * client is not in the service principal list) counts as third-party: calling it safe would be
 * a guess, and a false pass on app access is the costlier mistake.
 */
export function appOrigin(sp: ServicePrincipal | undefined, organization: M365Organization): AppOrigin {
  if (!sp) return 'third-party';
  // Managed identities belong to the tenant's own Azure subscriptions even without an owner id.
  if (sp.servicePrincipalType === 'ManagedIdentity') return 'own-tenant';
  const owner = sp.appOwnerOrganizationId?.toLowerCase();
  if (!owner) return 'third-party';
  if (owner === organization.id.toLowerCase()) return 'own-tenant';
  if (MICROSOFT_TENANT_IDS.includes(owner)) return 'microsoft';
  return 'third-party';
}

export function isThirdParty(sp: ServicePrincipal | undefined, organization: M365Organization): boolean {
  return appOrigin(sp, organization) === 'third-party';
}

/** True when Microsoft has verified the publisher through a Microsoft Partner Network id. */
export function hasVerifiedPublisher(sp: ServicePrincipal): boolean {
  return Boolean(sp.verifiedPublisher?.verifiedPublisherId);
}

const INDEXES = new WeakMap<readonly ServicePrincipal[], ReadonlyMap<string, ServicePrincipal>>();

/**
 * Service principals by object id, for resolving grant clients and role-assignment principals. Built once per
 * snapshot's list: three checks resolve against the same 5,000 or more of a large tenant.
 */
export function indexServicePrincipals(servicePrincipals: readonly ServicePrincipal[]): ReadonlyMap<string, ServicePrincipal> {
  let index = INDEXES.get(servicePrincipals);
  if (!index) INDEXES.set(servicePrincipals, (index = new Map(servicePrincipals.map((sp) => [sp.id, sp]))));
  return index;
}

/** A name a person recognises, with the publisher when it helps tell look-alike apps apart. */
export function describeApp(sp: ServicePrincipal | undefined, fallbackId: string): string {
  if (!sp) return `Unresolved app ${fallbackId}`;
  return sp.displayName || sp.appId;
}

/** Short publisher note for evidence details. */
export function publisherNote(sp: ServicePrincipal | undefined): string {
  if (!sp) return 'service principal not found in the directory read';
  const parts: string[] = [];
  if (sp.verifiedPublisher?.verifiedPublisherId) parts.push(`verified publisher ${sp.verifiedPublisher.displayName ?? sp.verifiedPublisher.verifiedPublisherId}`);
  else parts.push(`unverified publisher${sp.publisherName ? ` "${sp.publisherName}"` : ''}`);
  if (sp.appOwnerOrganizationId) parts.push(`owner tenant ${sp.appOwnerOrganizationId}`);
  else parts.push('owner tenant unknown');
  if (!sp.accountEnabled) parts.push('disabled');
  return parts.join(', ');
}
