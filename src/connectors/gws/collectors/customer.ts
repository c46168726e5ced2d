import type { GwsCustomer } from '../../../snapshot/gws.js';
import type { CollectorContext } from '../clients.js';
import { customerSchema, domainsSchema } from '../schemas.js';
import { SCOPE } from '../sections.js';

export async function collectCustomer(ctx: CollectorContext): Promise<GwsCustomer> {
  const customer = await ctx.http.get(
    { what: 'Directory API customers.get', scope: SCOPE.customer, api: 'Admin SDK API', endpoint: 'GET /admin/directory/v1/customers/{customerKey}', kind: 'customer' },
    customerSchema,
    () => ctx.directory.customers.get({ customerKey: ctx.customerId }, ctx.http.callOptions),
  );
  const domains = await ctx.http.get(
    { what: 'Directory API domains.list', scope: SCOPE.domains, api: 'Admin SDK API', endpoint: 'GET /admin/directory/v1/customer/{customer}/domains', kind: 'domains' },
    domainsSchema,
    () => ctx.directory.domains.list({ customer: ctx.customerId }, ctx.http.callOptions),
  );
  return {
    id: customer.id,
    customerDomain: customer.customerDomain,
    organizationName: customer.postalAddress?.organizationName ?? null,
    domains: domains.domains.map((d) => ({ domainName: d.domainName, isPrimary: d.isPrimary, verified: d.verified })),
  };
}
