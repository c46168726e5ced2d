import { z } from 'zod';
import type { SfExperienceSites } from '../../../snapshot/salesforce.js';
import { nullableString, type CollectorContext } from './context.js';

const GUEST_MEMBER_VISIBILITY = 'OptionsGuestMemberVisibility';

const networkRecord = z
  .object({ Id: z.string(), Name: z.string(), Status: nullableString, [GUEST_MEMBER_VISIBILITY]: z.boolean().nullish() })
  .passthrough();

/**
 * Network exists only where Digital Experiences is enabled, so it is described first: no object
 * means no Experience Cloud site. The guest-visibility option is selected only when described.
 */
export async function collectExperienceSites(ctx: CollectorContext): Promise<SfExperienceSites> {
  const fields = await ctx.client.fieldsOf('Network');
  if (!fields) return { enabled: false, guestMemberVisibilityReadable: false, sites: [] };
  const readable = fields.has(GUEST_MEMBER_VISIBILITY);
  const rows = await ctx.client.query(`SELECT Id, Name, Status${readable ? `, ${GUEST_MEMBER_VISIBILITY}` : ''} FROM Network ORDER BY Id`);
  return {
    enabled: true,
    guestMemberVisibilityReadable: readable,
    sites: rows.map((row) => {
      const n = networkRecord.parse(row);
      const visible = n[GUEST_MEMBER_VISIBILITY];
      return { id: n.Id, name: n.Name, status: n.Status, guestMemberVisibility: readable ? visible === true : null };
    }),
  };
}
