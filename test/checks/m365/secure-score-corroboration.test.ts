import { describe, expect, it } from 'vitest';
import zap from '../../../checks/m365/m365-exo-malware-zap-enabled.js';
import { loadCheckFiles } from '../../../src/core/catalog.js';
import { SECURE_SCORE_CONTROLS } from '../../../src/rules/m365/secure-score-controls.js';
import type { SecureScoreControl } from '../../../src/snapshot/m365.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;
const zapControl = (scoreInPercentage: number | null): SecureScoreControl => ({ controlName: 'mdo_zapmalware', controlCategory: 'Apps', score: 9, scoreInPercentage, implementationStatus: null });
const withZap = (pct: number | null) => (t: T) => void (t.secureScore.controls = [zapControl(pct)]);
const EVIDENCE = 'Secure Score: mdo_zapmalware';

// Secure Score corroborates and never decides: the status is the check's own in every case.
checkTable(zap, 'm365', compliantTenant, [
  { name: 'a pass carries the matching control at 100% as evidence, without a disagreement', patch: withZap(100), expect: 'pass', evidence: [EVIDENCE], summary: /^(?!.*disagrees)/ },
  { name: 'a pass stays a pass when Secure Score has the control below 100%, and says it disagrees', patch: withZap(40), expect: 'pass', evidence: [EVIDENCE], summary: /Microsoft Secure Score disagrees: mdo_zapmalware at 40%/ },
  {
    name: 'a fail stays a fail when Secure Score has the control at 100% (it looks at fewer policies), and says it disagrees',
    patch: (t: T) => {
      withZap(100)(t);
      t.exoMalwareFilterPolicies[0]!.zapEnabled = false;
    },
    expect: 'fail',
    evidence: ['Default anti-malware policy', EVIDENCE],
    summary: /disagrees/,
  },
  { name: 'without a percentage the points are shown and nothing is claimed', patch: withZap(null), expect: 'pass', evidence: [EVIDENCE], summary: /^(?!.*disagrees)/ },
  { name: 'an unreadable Secure Score leaves the verdict as the check gives it', unreadable: { secureScore: { permission: 'SecurityEvents.Read.All' } }, expect: 'pass', notEvidence: [EVIDENCE] },
  { name: 'Secure Score at 100% is no basis for a verdict when the policies cannot be read', patch: withZap(100), unreadable: { exoMalwareFilterPolicies: true }, expect: 'not_assessed' },
]);

describe('Secure Score mapping', () => {
  it('names only checks that exist, and every such check reads Secure Score as optional', async () => {
    const checks = new Map((await loadCheckFiles()).map(({ check }) => [check.meta.id, check]));
    for (const id of Object.keys(SECURE_SCORE_CONTROLS)) {
      expect(checks.get(id)?.optionalReads, id).toContain('secureScore');
    }
    const reading = [...checks.values()].filter((c) => c.reads.includes('secureScore')).map((c) => c.meta.id);
    expect(reading.sort()).toEqual(Object.keys(SECURE_SCORE_CONTROLS).sort());
  });
});
