import pLimit from 'p-limit';
import type { GwsGroupRef, GwsOrgUnit, GwsPolicies, GwsPolicy } from '../../../snapshot/gws.js';
import type { CollectorContext } from '../clients.js';
import { SectionFailure } from '../../../core/section-failure.js';
import { groupSchema, orgUnitsSchema, policiesPageSchema } from '../schemas.js';
import { SCOPE } from '../sections.js';

const bare = (value: string, prefix: string) => (value.startsWith(prefix) ? value.slice(prefix.length) : value);

/**
 * Every explicitly set policy of the configured customer (one list filtered only by customer, as Google recommends
 * over many filtered ones), plus the OU tree and the groups they target. Without the customer clause Google answers
 * for the subject's own organisation, which need not be the customer whose OU tree is read below.
 */
export async function collectPolicies(ctx: CollectorContext): Promise<GwsPolicies> {
  const customer = `customers/${ctx.customerId}`;
  // https://cloud.google.com/identity/docs/reference/rest/v1/policies/list, `filter`: customer == "customers/{customer}".
  const filter = `customer == "${customer}"`;
  const { pages } = await ctx.http.pages(
    { what: 'Cloud Identity Policy API policies.list', scope: SCOPE.policies, api: 'Cloud Identity API', endpoint: 'GET /v1/policies' },
    policiesPageSchema,
    (pageToken) => ctx.policyApi.policies.list({ pageSize: 100, filter, ...(pageToken ? { pageToken } : {}) }, ctx.http.callOptions),
  );

  // Another organisation's policies name OUs this customer's tree does not hold; they would be dropped as deleted
  // OUs and leave Google's defaults to pass. my_customer is the subject's own organisation: one customer, whichever.
  const customers = [...new Set(pages.flatMap((page) => page.policies.map((p) => p.customer).filter((c): c is string => Boolean(c))))];
  const foreign = ctx.customerId === 'my_customer' ? (customers.length > 1 ? customers.slice(1) : []) : customers.filter((c) => c !== customer);
  if (foreign.length > 0) {
    throw new SectionFailure({
      code: 'shape',
      message: `Cloud Identity Policy API policies.list returned policies of ${foreign.join(', ')}, although the read asked for ${ctx.customerId === 'my_customer' ? `one organisation (${customers[0]})` : customer}; the policies are not judged. Check the tenant's customerId and that the subject is a super admin of that customer.`,
      endpoint: 'GET /v1/policies',
    });
  }
  const policies: GwsPolicy[] = pages.flatMap((page) =>
    page.policies.map((p) => ({
      name: p.name,
      type: p.type,
      setting: bare(p.setting.type, 'settings/'),
      value: p.setting.value,
      orgUnitId: p.policyQuery.orgUnit ? bare(p.policyQuery.orgUnit, 'orgUnits/') : null,
      groupId: p.policyQuery.group ? bare(p.policyQuery.group, 'groups/') : null,
      sortOrder: p.policyQuery.sortOrder,
      query: p.policyQuery.query ?? null,
    })),
  );

  // Google writes its settings on the top OU of every tenant, so an empty list is an incomplete read, not a
  // tenant on defaults: judging it would pass every check whose Google default happens to be safe.
  if (policies.length === 0) {
    throw new SectionFailure({
      code: 'api_error',
      message: `Cloud Identity Policy API policies.list returned no policies at all, although the top organisational unit always carries settings; the read is treated as incomplete. Check that the impersonated subject is a super admin and that ${SCOPE.policies} is authorised, then rerun.`,
      endpoint: 'GET /v1/policies',
      permission: SCOPE.policies,
    });
  }

  const units = await ctx.http.get(
    { what: 'Directory API orgunits.list', scope: SCOPE.orgUnits, api: 'Admin SDK API', endpoint: 'GET /admin/directory/v1/customer/{customer}/orgunits', kind: 'orgUnits' },
    orgUnitsSchema,
    () => ctx.directory.orgunits.list({ customerId: ctx.customerId, orgUnitPath: '/', type: 'ALL_INCLUDING_PARENT' }, ctx.http.callOptions),
  );
  const orgUnits: GwsOrgUnit[] = units.organizationUnits.map((u) => ({
    id: bare(u.orgUnitId, 'id:'),
    path: u.orgUnitPath,
    name: u.name,
    parentId: u.parentOrgUnitId ? bare(u.parentOrgUnitId, 'id:') : null,
  }));
  let root = orgUnits.find((u) => u.path === '/');
  if (!root) {
    // A tenant without sub-OUs may not list its top OU: take it from the children, else from the policies.
    const id = orgUnits.find((u) => u.parentId && !orgUnits.some((o) => o.id === u.parentId))?.parentId
      ?? policies.find((p) => p.orgUnitId && !orgUnits.some((o) => o.id === p.orgUnitId))?.orgUnitId;
    if (!id) throw new SectionFailure({ code: 'shape', message: 'Could not identify the top organisational unit from orgunits.list or the policies.' });
    root = { id, path: '/', name: '/', parentId: null };
    orgUnits.unshift(root);
  }

  // Group names are evidence only: a failed lookup keeps the id rather than failing the section.
  const groupIds = [...new Set(policies.map((p) => p.groupId).filter((g): g is string => Boolean(g)))];
  const limit = pLimit(4);
  const groups: GwsGroupRef[] = await Promise.all(
    groupIds.map((id) =>
      limit(async () => {
        if (!/^[0-9a-z]+$/.test(id)) return { id, email: null, name: id };
        try {
          const group = await ctx.http.get(
            { what: 'Directory API groups.get', scope: SCOPE.groups, api: 'Admin SDK API', endpoint: 'GET /admin/directory/v1/groups/{groupKey}', kind: 'group' },
            groupSchema,
            () => ctx.directory.groups.get({ groupKey: id }, ctx.http.callOptions),
          );
          return { id, email: group.email ?? null, name: group.name ?? null };
        } catch {
          return { id, email: null, name: null };
        }
      }),
    ),
  );
  return { rootOrgUnitId: root.id, orgUnits, groups, policies };
}
