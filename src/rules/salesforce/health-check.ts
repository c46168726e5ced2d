import type { Verdict } from '../../core/model.js';
import type { SfHealthCheck } from '../../snapshot/salesforce.js';

/**
 * Verdict for a Health Check setting that only Health Check itself reports (its metadata needs a
 * write-capable read, or its baseline values are Salesforce's to define): the setting's own
 * SecurityHealthCheckRisks row decides. A setting with no row is not assessed, never passed.
 */
export function healthCheckRowVerdict(healthCheck: SfHealthCheck, setting: string): Verdict {
  const wanted = setting.trim().toLowerCase();
  const row = healthCheck.risks.find((r) => r.setting?.trim().toLowerCase() === wanted);
  if (!row) {
    const why = healthCheck.score === null ? 'Health Check returned no score (it may never have run)' : 'Health Check returned no row for it';
    return { status: 'not_assessed', summary: `${why}, so "${setting}" could not be judged.` };
  }
  const values = `org value ${row.orgValue ?? 'unset'}, baseline ${row.standardValue ?? 'unset'}`;
  if (row.riskType === 'MEETS_STANDARD') return { status: 'pass', summary: `Health Check: "${setting}" meets the baseline (${values}).` };
  if (row.riskType === 'HIGH_RISK' || row.riskType === 'MEDIUM_RISK') {
    const risk = row.riskType === 'HIGH_RISK' ? 'high' : 'medium';
    return {
      status: 'fail',
      summary: `Health Check rates "${setting}" a ${risk} risk (${values}).`,
      evidence: [{ kind: 'setting', name: setting, detail: `${risk} risk: ${values}` }],
    };
  }
  return { status: 'not_assessed', summary: `Health Check returned "${setting}" without a risk rating.` };
}
