import { z } from 'zod';
import type { SfContentLink, SfCorsOrigin, SfGuestAccess, SfRemoteSite, SfSharingModel } from '../../../snapshot/salesforce.js';
import { SfRequestError } from '../client.js';
import { flag, nullableString, requirePermission, soqlString, type CollectorContext } from './context.js';

/** Standard objects that usually hold personal data; their external org-wide defaults and field classification are read. */
export const PERSONAL_DATA_OBJECTS = ['Account', 'Contact', 'Lead', 'Opportunity', 'Case'] as const;

const entityRecord = z.object({ QualifiedApiName: z.string(), InternalSharingModel: nullableString, ExternalSharingModel: nullableString }).passthrough();

/** EntityDefinition ignores LIMIT and has no queryMore, so it is queried one object at a time. */
export async function collectSharingModels(ctx: CollectorContext): Promise<SfSharingModel[]> {
  const result: SfSharingModel[] = [];
  for (const object of PERSONAL_DATA_OBJECTS) {
    const rows = await ctx.client.query(
      `SELECT QualifiedApiName, InternalSharingModel, ExternalSharingModel FROM EntityDefinition WHERE QualifiedApiName = ${soqlString(object)}`,
      { tooling: true },
    );
    if (rows.length === 0) {
      // A standard object answers with one row; none means the integration user cannot see it, not that it has no default.
      throw new SfRequestError(`EntityDefinition returned no row for ${object}; stopped rather than judge the other objects alone.`, 'INCOMPLETE_RESULT', undefined, 'GET /services/data/tooling/query EntityDefinition');
    }
    for (const row of rows) {
      const e = entityRecord.parse(row);
      result.push({ object: e.QualifiedApiName, internalSharingModel: e.InternalSharingModel, externalSharingModel: e.ExternalSharingModel });
    }
  }
  return result;
}

const guestProfileRecord = z
  .object({ ProfileId: z.string(), Profile: z.object({ Name: z.string() }).passthrough(), PermissionsApiEnabled: flag })
  .passthrough();
const objectPermissionRecord = z
  .object({
    Parent: z.object({ Profile: z.object({ Name: z.string() }).passthrough().nullish() }).passthrough(),
    SobjectType: z.string(),
    PermissionsRead: flag,
    PermissionsCreate: flag,
    PermissionsEdit: flag,
    PermissionsDelete: flag,
    PermissionsViewAllRecords: flag,
    PermissionsModifyAllRecords: flag,
  })
  .passthrough();

const guestAssignmentRecord = z
  .object({ PermissionSetId: z.string(), PermissionSet: z.object({ Label: z.string().nullish(), Name: z.string().nullish(), PermissionsApiEnabled: flag }).passthrough() })
  .passthrough();
const assignedObjectPermissionRecord = objectPermissionRecord.omit({ Parent: true }).extend({ ParentId: z.string() });

/** ObjectPermissions ids per query: keeps the IN list well inside SOQL's length limit. */
const PARENT_ID_CHUNK = 100;

/**
 * ObjectPermissions.ParentId is a PermissionSet id, so guest profiles are reached through Parent.Profile.
 * Permission sets (and groups) can also be assigned to guest users; their grants are read too, since
 * judging the profile alone would pass an org that opens records to guests through a permission set.
 */
export async function collectGuestAccess(ctx: CollectorContext): Promise<SfGuestAccess> {
  await requirePermission(ctx, 'ViewAllUsers', 'permission sets assigned to guest users are hidden, so guest access granted through them would go unseen');
  const profiles = await ctx.client.query(
    "SELECT ProfileId, Profile.Name, PermissionsApiEnabled FROM PermissionSet WHERE IsOwnedByProfile = true AND Profile.UserType = 'Guest'",
  );
  const objects = await ctx.client.query(
    "SELECT Parent.Profile.Name, SobjectType, PermissionsRead, PermissionsCreate, PermissionsEdit, PermissionsDelete, PermissionsViewAllRecords, PermissionsModifyAllRecords FROM ObjectPermissions WHERE Parent.IsOwnedByProfile = true AND Parent.Profile.UserType = 'Guest'",
  );
  const guestPermissionSets = new Map<string, SfGuestAccess['guestPermissionSets'][number]>();
  const assignments = await ctx.client.query(
    "SELECT PermissionSetId, PermissionSet.Label, PermissionSet.Name, PermissionSet.PermissionsApiEnabled FROM PermissionSetAssignment WHERE Assignee.UserType = 'Guest' AND Assignee.IsActive = true AND PermissionSet.IsOwnedByProfile = false ORDER BY PermissionSetId",
  );
  for (const row of assignments) {
    const a = guestAssignmentRecord.parse(row);
    guestPermissionSets.set(a.PermissionSetId, { permissionSetId: a.PermissionSetId, label: a.PermissionSet.Label ?? a.PermissionSet.Name ?? a.PermissionSetId, apiEnabled: a.PermissionSet.PermissionsApiEnabled });
  }
  const ids = [...guestPermissionSets.keys()];
  const assignedObjects: SfGuestAccess['objectPermissions'] = [];
  for (let i = 0; i < ids.length; i += PARENT_ID_CHUNK) {
    const chunk = ids.slice(i, i + PARENT_ID_CHUNK);
    const rows = await ctx.client.query(
      `SELECT ParentId, SobjectType, PermissionsRead, PermissionsCreate, PermissionsEdit, PermissionsDelete, PermissionsViewAllRecords, PermissionsModifyAllRecords FROM ObjectPermissions WHERE ParentId IN (${chunk.map(soqlString).join(', ')})`,
    );
    for (const row of rows) {
      const o = assignedObjectPermissionRecord.parse(row);
      assignedObjects.push({
        profileName: 'guest users',
        permissionSet: guestPermissionSets.get(o.ParentId)?.label ?? o.ParentId,
        object: o.SobjectType,
        read: o.PermissionsRead,
        create: o.PermissionsCreate,
        edit: o.PermissionsEdit,
        delete: o.PermissionsDelete,
        viewAll: o.PermissionsViewAllRecords,
        modifyAll: o.PermissionsModifyAllRecords,
      });
    }
  }
  return {
    guestProfiles: profiles.map((row) => {
      const p = guestProfileRecord.parse(row);
      return { profileId: p.ProfileId, profileName: p.Profile.Name, apiEnabled: p.PermissionsApiEnabled };
    }),
    guestPermissionSets: [...guestPermissionSets.values()],
    objectPermissions: [...objects.map((row) => {
      const o = objectPermissionRecord.parse(row);
      return {
        profileName: o.Parent.Profile?.Name ?? 'unknown guest profile',
        object: o.SobjectType,
        read: o.PermissionsRead,
        create: o.PermissionsCreate,
        edit: o.PermissionsEdit,
        delete: o.PermissionsDelete,
        viewAll: o.PermissionsViewAllRecords,
        modifyAll: o.PermissionsModifyAllRecords,
      };
    }), ...assignedObjects],
  };
}

const distributionRecord = z
  .object({
    Id: z.string(),
    Name: z.string(),
    PreferencesExpires: flag,
    ExpiryDate: nullableString,
    PreferencesPasswordRequired: flag,
    ViewCount: z.number().nullish(),
  })
  .passthrough();

export async function collectContentLinks(ctx: CollectorContext): Promise<SfContentLink[]> {
  const rows = await ctx.client.query('SELECT Id, Name, PreferencesExpires, ExpiryDate, PreferencesPasswordRequired, ViewCount FROM ContentDistribution ORDER BY Id', {
    maxFetch: 200_000,
  });
  return rows.map((row) => {
    const d = distributionRecord.parse(row);
    return { id: d.Id, name: d.Name, expires: d.PreferencesExpires, expiryDate: d.ExpiryDate, passwordRequired: d.PreferencesPasswordRequired, viewCount: d.ViewCount ?? null };
  });
}

const corsRecord = z.object({ Id: z.string(), UrlPattern: z.string() }).passthrough();

export async function collectCorsOrigins(ctx: CollectorContext): Promise<SfCorsOrigin[]> {
  const rows = await ctx.client.query('SELECT Id, UrlPattern FROM CorsWhitelistEntry');
  return rows.map((row) => {
    const c = corsRecord.parse(row);
    return { id: c.Id, urlPattern: c.UrlPattern };
  });
}

const remoteRecord = z
  .object({ Id: z.string(), SiteName: z.string(), EndpointUrl: z.string(), IsActive: flag, DisableProtocolSecurity: flag })
  .passthrough();

export async function collectRemoteSites(ctx: CollectorContext): Promise<SfRemoteSite[]> {
  const rows = await ctx.client.query('SELECT Id, SiteName, EndpointUrl, IsActive, DisableProtocolSecurity FROM RemoteProxy', { tooling: true });
  return rows.map((row) => {
    const r = remoteRecord.parse(row);
    return { id: r.Id, name: r.SiteName, endpointUrl: r.EndpointUrl, isActive: r.IsActive, disableProtocolSecurity: r.DisableProtocolSecurity };
  });
}
