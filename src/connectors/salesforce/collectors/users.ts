import { z } from 'zod';
import type { SfUser } from '../../../snapshot/salesforce.js';
import { nullableString, requirePermission, type CollectorContext } from './context.js';

const userRecord = z
  .object({
    Id: z.string(),
    Username: z.string(),
    Name: z.string(),
    UserType: z.string(),
    ProfileId: nullableString,
    Profile: z.object({ Name: z.string() }).passthrough().nullish(),
    LastLoginDate: nullableString,
    CreatedDate: z.string(),
    FederationIdentifier: nullableString,
  })
  .passthrough();

export async function collectUsers(ctx: CollectorContext): Promise<SfUser[]> {
  await requirePermission(ctx, 'ViewAllUsers', 'the User query returns only the users shared with the integration user');
  const rows = await ctx.client.query(
    'SELECT Id, Username, Name, UserType, ProfileId, Profile.Name, LastLoginDate, CreatedDate, FederationIdentifier FROM User WHERE IsActive = true ORDER BY Id',
    { maxFetch: 200_000 },
  );
  return rows.map((row) => {
    const u = userRecord.parse(row);
    return {
      id: u.Id,
      username: u.Username,
      name: u.Name,
      userType: u.UserType,
      profileId: u.ProfileId,
      profileName: u.Profile?.Name ?? null,
      lastLoginDate: u.LastLoginDate,
      createdDate: u.CreatedDate,
      federationIdentifier: u.FederationIdentifier,
    };
  });
}
