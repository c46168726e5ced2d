import type { GwsUser } from '../../../snapshot/gws.js';
import { SectionFailure } from '../../../core/section-failure.js';
import type { CollectorContext } from '../clients.js';
import { usersPageSchema } from '../schemas.js';
import { SCOPE } from '../sections.js';

export async function collectUsers(ctx: CollectorContext): Promise<GwsUser[]> {
  const { pages } = await ctx.http.pages(
    { what: 'Directory API users.list', scope: SCOPE.users, api: 'Admin SDK API', endpoint: 'GET /admin/directory/v1/users', kind: 'users' },
    usersPageSchema,
    (pageToken) => ctx.directory.users.list({ customer: ctx.customerId, maxResults: 500, projection: 'basic', ...(pageToken ? { pageToken } : {}) }, ctx.http.callOptions),
    2000,
  );
  const users: GwsUser[] = pages.flatMap((page) =>
    page.users.map((u) => ({
      id: u.id,
      primaryEmail: u.primaryEmail,
      isAdmin: u.isAdmin,
      isDelegatedAdmin: u.isDelegatedAdmin,
      suspended: u.suspended,
      archived: u.archived,
      isEnrolledIn2Sv: u.isEnrolledIn2Sv,
      isEnforcedIn2Sv: u.isEnforcedIn2Sv,
      orgUnitPath: u.orgUnitPath,
      lastLoginTime: u.lastLoginTime && !u.lastLoginTime.startsWith('1970-01-01') ? u.lastLoginTime : null,
    })),
  );
  // The subject the connector reads as is a user of the customer, so a list with no users at all is an
  // incomplete read, not an empty tenant: judging it would make the user checks not applicable.
  if (users.length === 0) {
    throw new SectionFailure({
      code: 'api_error',
      message: `Directory API users.list returned no users at all, although the subject it reads as is one; the read is treated as incomplete. Check the tenant's customerId and that ${SCOPE.users} is authorised, then rerun.`,
      endpoint: 'GET /admin/directory/v1/users',
      permission: SCOPE.users,
    });
  }
  return users;
}
