import { z } from 'zod';
import type { SfGuestCodeAccess } from '../../../snapshot/salesforce.js';
import { nullableString, requirePermission, soqlString, type CollectorContext } from './context.js';

// SetupEntityAccess: ParentId is the PermissionSet (a profile's own for profiles); SetupEntityType is a Nillable restricted picklist.
const accessRecord = z
  .object({
    ParentId: z.string(),
    Parent: z.object({ Label: nullableString, Profile: z.object({ Name: z.string() }).passthrough().nullish() }).passthrough().nullish(),
    SetupEntityId: z.string(),
    SetupEntityType: nullableString,
  })
  .passthrough();
const codeRecord = z.object({ Id: z.string(), Name: z.string(), NamespacePrefix: nullableString }).passthrough();

const KINDS = ['ApexClass', 'ApexPage'] as const;
const ACCESS_FIELDS = 'SELECT ParentId, Parent.Label, Parent.Profile.Name, SetupEntityId, SetupEntityType FROM SetupEntityAccess';
const KIND_FILTER = `SetupEntityType IN (${KINDS.map(soqlString).join(', ')})`;
/** Ids per name query: keeps the IN list well inside SOQL's length limit. */
const ID_CHUNK = 100;

/**
 * Apex classes and Visualforce pages guest users can run: through the guest profiles, and through
 * permission sets assigned to active guest users (a guest's access does not stop at the profile).
 */
export async function collectGuestCodeAccess(ctx: CollectorContext): Promise<SfGuestCodeAccess[]> {
  await requirePermission(ctx, 'ViewAllUsers', 'permission sets assigned to guest users are hidden, so Apex access granted through them would go unseen');
  const profileRows = await ctx.client.query(`${ACCESS_FIELDS} WHERE ${KIND_FILTER} AND Parent.IsOwnedByProfile = true AND Parent.Profile.UserType = 'Guest'`);
  // Permission sets assigned to guests are listed first and then read by id, as guestAccess does, rather than through a semi-join.
  const assigned = await ctx.client.query(
    "SELECT PermissionSetId FROM PermissionSetAssignment WHERE Assignee.UserType = 'Guest' AND Assignee.IsActive = true AND PermissionSet.IsOwnedByProfile = false ORDER BY PermissionSetId",
  );
  const setIds = [...new Set(assigned.map((row) => z.string().parse(row['PermissionSetId'])))];
  const setRows: Record<string, unknown>[] = [];
  for (let i = 0; i < setIds.length; i += ID_CHUNK) {
    const chunk = setIds.slice(i, i + ID_CHUNK);
    setRows.push(...(await ctx.client.query(`${ACCESS_FIELDS} WHERE ${KIND_FILTER} AND ParentId IN (${chunk.map(soqlString).join(', ')})`)));
  }
  const rows = [...profileRows, ...setRows].map((row) => accessRecord.parse(row));
  const names = new Map<string, { name: string; namespacePrefix: string | null }>();
  for (const kind of KINDS) {
    const ids = [...new Set(rows.filter((r) => r.SetupEntityType === kind).map((r) => r.SetupEntityId))];
    for (let i = 0; i < ids.length; i += ID_CHUNK) {
      const chunk = ids.slice(i, i + ID_CHUNK);
      for (const row of await ctx.client.query(`SELECT Id, Name, NamespacePrefix FROM ${kind} WHERE Id IN (${chunk.map(soqlString).join(', ')})`)) {
        const code = codeRecord.parse(row);
        names.set(code.Id, { name: code.Name, namespacePrefix: code.NamespacePrefix });
      }
    }
  }
  return rows.flatMap((r): SfGuestCodeAccess[] => {
    const kind = KINDS.find((k) => k === r.SetupEntityType);
    if (!kind) return [];
    const code = names.get(r.SetupEntityId);
    const grantedBy = r.Parent?.Profile?.Name ? `profile ${r.Parent.Profile.Name}` : `permission set ${r.Parent?.Label ?? r.ParentId}`;
    return [{ kind, id: r.SetupEntityId, name: code?.name ?? null, namespacePrefix: code?.namespacePrefix ?? null, grantedBy }];
  });
}
