import { z } from 'zod';
import type { SfOrganization } from '../../../snapshot/salesforce.js';
import { nullableString, type CollectorContext } from './context.js';

const organizationRecord = z.object({
  Id: z.string(),
  Name: z.string(),
  OrganizationType: nullableString,
  IsSandbox: z.boolean().nullish(),
  InstanceName: nullableString,
});

export async function collectOrganization(ctx: CollectorContext): Promise<SfOrganization> {
  const [row] = await ctx.client.query('SELECT Id, Name, OrganizationType, IsSandbox, InstanceName FROM Organization');
  const org = organizationRecord.parse(row);
  return { id: org.Id, name: org.Name, organizationType: org.OrganizationType, isSandbox: org.IsSandbox === true, instanceName: org.InstanceName };
}
