import { z } from 'zod';
import type { SfHealthCheck } from '../../../snapshot/salesforce.js';
import { nullableString, type CollectorContext } from './context.js';

const scoreRecord = z.object({ Score: z.union([z.number(), z.string()]).nullish() }).passthrough();
const riskRecord = z
  .object({ RiskType: z.string(), Setting: z.string(), SettingGroup: nullableString, OrgValue: nullableString, StandardValue: nullableString })
  .passthrough();

export async function collectHealthCheck(ctx: CollectorContext): Promise<SfHealthCheck> {
  const [scoreRow] = await ctx.client.query('SELECT Id, Score FROM SecurityHealthCheck', { tooling: true });
  const risks = await ctx.client.query('SELECT RiskType, Setting, SettingGroup, OrgValue, StandardValue FROM SecurityHealthCheckRisks', { tooling: true });
  const score = scoreRow ? scoreRecord.parse(scoreRow).Score : null;
  return {
    score: score === null || score === undefined ? null : Number(score),
    risks: risks.map((row) => {
      const risk = riskRecord.parse(row);
      return { riskType: risk.RiskType, setting: risk.Setting, settingGroup: risk.SettingGroup, orgValue: risk.OrgValue, standardValue: risk.StandardValue };
    }),
  };
}
