import { z } from 'zod';
import { defineCollector } from '../collector.js';
import { readTeamsList, teamsSpec } from '../teams-collector.js';

const catalogType = z.enum(['AllowedAppList', 'BlockedAppList']).nullish();
const policy = z
  .object({ Identity: z.string().min(1), DefaultCatalogAppsType: catalogType, GlobalCatalogAppsType: catalogType, PrivateCatalogAppsType: catalogType })
  .passthrough();

export default defineCollector({
  section: 'teamsAppPermissionPolicies',
  spec: teamsSpec('TeamsAppPermissionPolicy', 'Get-CsTeamsAppPermissionPolicy'),
  async collect({ services }) {
    const rows = await readTeamsList(services.teams(), 'TeamsAppPermissionPolicy', policy);
    return rows.map((p) => ({
      identity: p.Identity,
      defaultCatalogAppsType: p.DefaultCatalogAppsType ?? null,
      globalCatalogAppsType: p.GlobalCatalogAppsType ?? null,
      privateCatalogAppsType: p.PrivateCatalogAppsType ?? null,
    }));
  },
});
