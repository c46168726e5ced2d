import type { z } from 'zod';
import type { SectionSpec } from '../../core/connector.js';
import { ApiShapeError } from '../../core/errors.js';
import { parseAnswer } from './collector.js';
import type { TeamsAdminClient } from './teams-admin-client.js';

/**
 * What every Teams admin API read needs. The "Skype and Teams Tenant Admin API" has no application
 * permission to grant: an app-only token is authorised by the Entra role on the app's service principal.
 * Global Reader (read-only) is the role ScubaGear documents; Teams Administrator also reads, but can write.
 */
export const TEAMS_PERMISSIONS = ['Entra role Global Reader (on the app)'];
export const TEAMS_LICENCE = 'Microsoft Teams';

export function teamsSpec(configurationType: string, cmdlet: string): SectionSpec {
  return { endpoints: [`GET https://api.interfaces.records.teams.microsoft.com/Skype.Policy/configurations/${configurationType} (${cmdlet})`], permissions: TEAMS_PERMISSIONS, licence: TEAMS_LICENCE };
}

/** Reads a configuration type's instances, each validated at the edge. */
export async function readTeamsList<S extends z.ZodTypeAny>(client: TeamsAdminClient, configurationType: string, schema: S): Promise<z.infer<S>[]> {
  const rows = await client.list(configurationType);
  return rows.map((row, i) => parseAnswer(schema, row, `${client.service} ${configurationType} (item ${i + 1})`));
}

/** A tenant-wide configuration: its Global instance (the only one the tenant has). */
export async function readTeamsGlobal<S extends z.ZodTypeAny>(client: TeamsAdminClient, configurationType: string, schema: S): Promise<z.infer<S>> {
  const rows = await readTeamsList(client, configurationType, schema);
  const global = rows.find((row) => /^global$/i.test(String((row as { Identity?: unknown }).Identity ?? ''))) ?? (rows.length === 1 ? rows[0] : undefined);
  if (global === undefined) throw new ApiShapeError(`${client.service} ${configurationType} has no Global instance`, 'Identity');
  return global;
}
