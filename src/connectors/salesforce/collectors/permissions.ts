import { forEachRecordQuery } from '../one-record-queries.js';
import { z } from 'zod';
import type { SfPermissionSetAssignment, SfPermissionSets, SfProfileIpRanges } from '../../../snapshot/salesforce.js';
import { flag, nullableString, requirePermission, soqlString, type CollectorContext } from './context.js';

/**
 * User permissions the checks look at, by API name without the Permissions prefix. Some are removed
 * between releases (BypassMFAForUiLogins) or exist only with a feature on (UseAnyApiClient), so each
 * is selected only when describe shows it.
 */
export const TRACKED_PERMISSIONS = [
  'ModifyAllData',
  'ViewAllData',
  'AuthorApex',
  'CustomizeApplication',
  'ManageUsers',
  'ApiEnabled',
  'BypassMFAForUiLogins',
  'TwoFactorApi',
  'ForceTwoFactor',
  'UseAnyApiClient',
  'CanApproveUninstalledApps',
] as const;

const permissionSetRecord = z
  .object({
    Id: z.string(),
    Name: z.string(),
    Label: z.string().nullish(),
    Type: nullableString,
    IsOwnedByProfile: flag,
    IsCustom: flag,
    ProfileId: nullableString,
    Profile: z.object({ Name: z.string().nullish(), UserType: z.string().nullish() }).passthrough().nullish(),
  })
  .passthrough();

export async function collectPermissionSets(ctx: CollectorContext): Promise<SfPermissionSets> {
  const wanted = TRACKED_PERMISSIONS.map((p) => `Permissions${p}`);
  const { present, missing } = await ctx.client.pickFields('PermissionSet', wanted);
  const base = ['Id', 'Name', 'Label', 'IsOwnedByProfile', 'IsCustom', 'ProfileId', 'Profile.Name', 'Profile.UserType'];
  const typeField = (await ctx.client.pickFields('PermissionSet', ['Type'])).present;
  const rows = await ctx.client.query(`SELECT ${[...base, ...typeField, ...present].join(', ')} FROM PermissionSet ORDER BY Id`);
  return {
    unavailablePermissions: missing.map((f) => f.replace(/^Permissions/, '')),
    permissionSets: rows.map((row) => {
      const ps = permissionSetRecord.parse(row);
      return {
        id: ps.Id,
        name: ps.Name,
        label: ps.Label ?? ps.Name,
        type: ps.Type,
        isOwnedByProfile: ps.IsOwnedByProfile,
        profileId: ps.ProfileId,
        profileName: ps.Profile?.Name ?? null,
        profileUserType: ps.Profile?.UserType ?? null,
        isCustom: ps.IsCustom,
        permissions: present.filter((f) => row[f] === true).map((f) => f.replace(/^Permissions/, '')),
      };
    }),
  };
}

const assignmentRecord = z.object({ AssigneeId: z.string(), PermissionSetId: z.string(), PermissionSetGroupId: nullableString }).passthrough();

/** PSG members are never assigned directly: the group's own permission set carries the aggregate, so PSA rows cover all three grant paths. */
export async function collectPermissionSetAssignments(ctx: CollectorContext): Promise<SfPermissionSetAssignment[]> {
  await requirePermission(ctx, 'ViewAllUsers', 'PermissionSetAssignment rows of users not shared with the integration user are hidden');
  const { present } = await ctx.client.pickFields('PermissionSetAssignment', ['PermissionSetGroupId']);
  const rows = await ctx.client.query(
    `SELECT AssigneeId, PermissionSetId${present.length ? ', PermissionSetGroupId' : ''} FROM PermissionSetAssignment WHERE Assignee.IsActive = true ORDER BY Id`,
    { maxFetch: 500_000 },
  );
  return rows.map((row) => {
    const a = assignmentRecord.parse(row);
    return { assigneeId: a.AssigneeId, permissionSetId: a.PermissionSetId, permissionSetGroupId: a.PermissionSetGroupId };
  });
}

const profileOwnedRecord = z.object({ ProfileId: z.string(), Profile: z.object({ Name: z.string() }).passthrough() }).passthrough();
const profileMetadata = z
  .object({
    Metadata: z
      .object({
        loginIpRanges: z
          .array(z.object({ startAddress: z.string(), endAddress: z.string(), description: z.string().nullish() }).passthrough())
          .nullish(),
      })
      .passthrough(),
  })
  .passthrough();

/** Tooling's Profile.Metadata is only selectable when the query returns one record, so profiles are read one per query. */
export async function collectProfileLoginIpRanges(ctx: CollectorContext): Promise<SfProfileIpRanges[]> {
  const { present } = await ctx.client.pickFields('PermissionSet', ['ModifyAllData', 'ViewAllData', 'AuthorApex', 'CustomizeApplication', 'ManageUsers'].map((p) => `Permissions${p}`));
  if (present.length === 0) return [];
  const rows = await ctx.client.query(
    `SELECT ProfileId, Profile.Name, ${present.join(', ')} FROM PermissionSet WHERE IsOwnedByProfile = true AND (${present.map((f) => `${f} = true`).join(' OR ')})`,
  );
  return forEachRecordQuery(rows, async (row): Promise<SfProfileIpRanges> => {
    const owned = profileOwnedRecord.parse(row);
    const [profile] = await ctx.client.query(`SELECT Id, Metadata FROM Profile WHERE Id = ${soqlString(owned.ProfileId)}`, { tooling: true });
    const meta = profileMetadata.parse(profile);
    return {
      profileId: owned.ProfileId,
      profileName: owned.Profile.Name,
      privileges: present.filter((f) => row[f] === true).map((f) => f.replace(/^Permissions/, '')),
      loginIpRanges: (meta.Metadata.loginIpRanges ?? []).map((r) => ({ start: r.startAddress, end: r.endAddress, description: r.description ?? null })),
    };
  });
}
