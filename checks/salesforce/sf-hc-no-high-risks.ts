import { verdictOfControls } from '../../src/core/control-verdicts.js';
import { defineCheck } from '../../src/core/define-check.js';
import type { ControlVerdict, Evidence } from '../../src/core/model.js';

const SCORE_FLOOR = 80;

export default defineCheck({
  id: 'sf-hc-no-high-risks',
  provider: 'salesforce',
  area: 'privileged-access',
  severity: 'high',
  title: 'Security Health Check shows no high-risk setting and a score of at least 80',
  owner: 'Salesforce System Administrator',
  rationale:
    'Health Check compares the org with Salesforce\'s security baseline. High-risk settings are the ones Salesforce considers most exploitable; a low score means many settings drifted from the baseline.',
  remediation: 'Setup > Health Check: fix each listed high-risk setting (Fix Risks, or the setting\'s own Setup page), then the medium risks until the score is at least 80.',
  references: {
    other: { 'Salesforce Health Check': ['Health Check score', 'High-Risk Security Settings'] },
    docs: ['https://help.salesforce.com/s/articleView?id=sf.security_health_check.htm'],
  },
  reads: ['healthCheck'],
  evaluate({ healthCheck }) {
    const high = healthCheck.risks.filter((r) => r.riskType === 'HIGH_RISK');
    const evidence: Evidence[] = high.map((r) => ({
      kind: 'setting',
      name: r.setting ?? r.settingGroup ?? 'unnamed setting',
      detail: `${r.settingGroup ? `${r.settingGroup}: ` : ''}org value ${r.orgValue ?? 'unset'}, baseline ${r.standardValue ?? 'unset'}`,
    }));
    const { score } = healthCheck;
    if (score !== null && score < SCORE_FLOOR) evidence.push({ kind: 'setting', name: 'Health Check score', detail: `${score} (below ${SCORE_FLOOR})` });
    const scoreVerdict: ControlVerdict =
      score === null
        ? { status: 'not_assessed', summary: 'Health Check returned no score. Open Setup > Health Check once and run the audit again.' }
        : score < SCORE_FLOOR
          ? { status: 'fail', summary: `Health Check score ${score} is below ${SCORE_FLOOR}.` }
          : { status: 'pass', summary: `Health Check score ${score}.` };
    const highVerdict: ControlVerdict =
      high.length > 0
        ? { status: 'fail', summary: `${high.length} high-risk setting${high.length === 1 ? '' : 's'}.` }
        : score === null
          ? // No SecurityHealthCheck row means Health Check did not run for this org: an empty risk list proves nothing.
            { status: 'not_assessed', summary: 'Health Check returned no score, so an empty list of high-risk settings cannot be trusted.' }
          : { status: 'pass', summary: 'No high-risk setting.' };
    return verdictOfControls({ 'Health Check score': scoreVerdict, 'High-Risk Security Settings': highVerdict }, evidence);
  },
});
