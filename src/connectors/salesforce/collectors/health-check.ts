import { z } from 'zod';
import type { SfHealthCheck } from '../../../snapshot/salesforce.js';
import { nullableString, type CollectorContext } from './context.js';

const scoreRecord = z.object({ Score: z.union([z.number(), z.string()]).nullish() }).passthrough();
// Every field of both objects is Nillable (Tooling API reference, SecurityHealthCheck and SecurityHealthCheckRisks).
const riskRecord = z
  .object({ RiskType: nullableString, Setting: nullableString, SettingGroup: nullableString, SettingRiskCategory: nullableString, OrgValue: nullableString, StandardValue: nullableString })
  .passthrough();

export async function collectHealthCheck(ctx: CollectorContext): Promise<SfHealthCheck> {
  // The reference lists no Id on SecurityHealthCheck (CustomBaselineId, DurableId, Score); its usage example selects Score alone.
  const [scoreRow] = await ctx.client.query('SELECT Score FROM SecurityHealthCheck', { tooling: true });
  const risks = await ctx.client.query('SELECT RiskType, Setting, SettingGroup, SettingRiskCategory, OrgValue, StandardValue FROM SecurityHealthCheckRisks', { tooling: true });
  const score = scoreRow ? scoreRecord.parse(scoreRow).Score : null;
  return {
    score: score === null || score === undefined ? null : Number(score),
    risks: risks.map((row) => {
      const risk = riskRecord.parse(row);
      return { riskType: risk.RiskType, setting: risk.Setting, settingGroup: risk.SettingGroup, settingRiskCategory: risk.SettingRiskCategory, orgValue: risk.OrgValue, standardValue: risk.StandardValue };
    }),
  };
}
