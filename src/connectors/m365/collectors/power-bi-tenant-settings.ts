import { z } from 'zod';
import { defineCollector, parseAnswer } from '../collector.js';

const group = z.object({ graphId: z.string().nullish(), name: z.string().nullish() }).passthrough();
const setting = z
  .object({
    settingName: z.string(),
    title: z.string().nullish(),
    enabled: z.boolean(),
    canSpecifySecurityGroups: z.boolean().nullish(),
    enabledSecurityGroups: z.array(group).nullish(),
    excludedSecurityGroups: z.array(group).nullish(),
    tenantSettingGroup: z.string().nullish(),
  })
  .passthrough();

const names = (groups: z.infer<typeof group>[] | null | undefined) => (groups ?? []).map((g) => g.name ?? g.graphId ?? '').filter(Boolean);

export default defineCollector({
  section: 'powerBiTenantSettings',
  spec: {
    endpoints: ['GET https://api.fabric.microsoft.com/v1/admin/tenantsettings'],
    // Fabric admin APIs take no Entra app permission for a service principal: the tenant setting
    // "Service principals can access read-only admin APIs" must include the app's security group.
    permissions: ['Fabric tenant setting "Service principals can access read-only admin APIs" (app in an allowed security group)'],
    licence: 'Power BI / Microsoft Fabric',
  },
  async collect({ services }) {
    const rows = parseAnswer(z.array(setting), await services.fabric().list('/v1/admin/tenantsettings', 'tenantSettings'), 'GET /v1/admin/tenantsettings');
    return rows.map((s) => ({ settingName: s.settingName, title: s.title ?? s.settingName, enabled: s.enabled, enabledSecurityGroups: names(s.enabledSecurityGroups), excludedSecurityGroups: names(s.excludedSecurityGroups) }));
  },
});
