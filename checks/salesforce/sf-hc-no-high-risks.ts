import { defineCheck } from '../../src/core/define-check.js';

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
    const scoreText = healthCheck.score === null ? 'no score' : `score ${healthCheck.score}`;
    const lowScore = healthCheck.score !== null && healthCheck.score < SCORE_FLOOR;
    if (high.length === 0 && healthCheck.score === null) {
      // No SecurityHealthCheck row means Health Check did not run for this org: an empty risk list proves nothing.
      return { status: 'not_assessed', summary: 'Health Check returned no score, so an empty list of high-risk settings cannot be trusted. Open Setup > Health Check once and run the audit again.' };
    }
    if (high.length === 0 && !lowScore) return { status: 'pass', summary: `Health Check ${scoreText}; no high-risk setting.` };
    const evidence = high.map((r) => ({
      kind: 'setting' as const,
      name: r.setting ?? r.settingGroup ?? 'unnamed setting',
      detail: `${r.settingGroup ? `${r.settingGroup}: ` : ''}org value ${r.orgValue ?? 'unset'}, baseline ${r.standardValue ?? 'unset'}`,
    }));
    if (lowScore) evidence.push({ kind: 'setting', name: 'Health Check score', detail: `${healthCheck.score} (below ${SCORE_FLOOR})` });
    return { status: 'fail', summary: `Health Check ${scoreText}; ${high.length} high-risk setting${high.length === 1 ? '' : 's'}.`, evidence };
  },
});
