import type { z } from 'zod';
import type { SectionSpec } from '../../core/connector.js';
import { ApiShapeError } from '../../core/errors.js';
import { parseAnswer } from './collector.js';
import type { AdminApiClient } from './admin-api-client.js';

/**
 * What every Exchange Online read needs: the application permission Exchange.ManageAsApp (Office 365
 * Exchange Online API) and a read-only Entra role on the app's service principal. Global Reader is the
 * role ScubaGear documents for app-only Exchange reads.
 */
export const EXO_PERMISSIONS = ['Exchange.ManageAsApp (Office 365 Exchange Online)', 'Entra role Global Reader (on the app)'];
export const EXO_LICENCE = 'Exchange Online';

/** The same for Security & Compliance (Purview) reads; Global Reader covers its Get-* cmdlets too. */
export const SCC_PERMISSIONS = ['Exchange.ManageAsApp (Office 365 Exchange Online)', 'Entra role Global Reader (on the app)'];

export function cmdletSpec(cmdlets: string[], extra: Partial<SectionSpec> = {}, permissions = EXO_PERMISSIONS): SectionSpec {
  return { endpoints: cmdlets.map((c) => `POST /adminapi/beta/{tenantId}/InvokeCommand ${c}`), permissions, licence: EXO_LICENCE, ...extra };
}

/** Runs one Get-* cmdlet and validates each output object at the edge. */
export async function readCmdlet<S extends z.ZodTypeAny>(client: AdminApiClient, cmdlet: string, schema: S, parameters: Record<string, unknown> = {}): Promise<z.infer<S>[]> {
  const rows = await client.invoke(cmdlet, parameters);
  return rows.map((row, i) => parseAnswer(schema, row, `${client.service} ${cmdlet} (object ${i + 1})`));
}

/** A cmdlet that outputs the organisation's one settings object. */
export async function readSingleton<S extends z.ZodTypeAny>(client: AdminApiClient, cmdlet: string, schema: S): Promise<z.infer<S>> {
  const rows = await readCmdlet(client, cmdlet, schema);
  const first = rows[0];
  if (first === undefined) {
    throw new ApiShapeError(`${client.service} ${cmdlet} returned no object; it always outputs the organisation's settings`, '(root)');
  }
  return first;
}
