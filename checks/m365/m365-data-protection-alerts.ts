import { defineCheck } from '../../src/core/define-check.js';
import { SCUBA_ALERTS } from '../../src/rules/m365/protection-alerts.js';

export default defineCheck({
  id: 'm365-data-protection-alerts',
  provider: 'm365',
  area: 'data-classification',
  severity: 'medium',
  title: 'The alert policies for mail abuse and malicious clicks are turned on',
  owner: 'Security Administrator',
  rationale: 'These default alert policies are how an admin hears about forwarding to outside addresses, a tenant blocked for spam, or a user clicking a malicious link: off, the first sign of a compromise is a customer complaint.',
  remediation: 'Microsoft Defender portal > Email & collaboration > Policies & rules > Alert policy: turn on each of the listed policies. To audit: Get-ProtectionAlert | Select-Object Name, Disabled.',
  references: {
    scuba: ['MS.SECURITYSUITE.4.1v1'],
    docs: ['https://learn.microsoft.com/defender-xdr/alert-policies'],
  },
  reads: ['purviewProtectionAlerts'],
  evaluate({ purviewProtectionAlerts: alerts }) {
    const byName = new Map(alerts.map((a) => [a.name.toLowerCase(), a]));
    const problems = SCUBA_ALERTS.flatMap((name) => {
      const alert = byName.get(name.toLowerCase());
      if (!alert) return [{ kind: 'policy' as const, name, detail: 'not found' }];
      return alert.disabled ? [{ kind: 'policy' as const, name, detail: 'disabled' }] : [];
    });
    if (problems.length === 0) return { status: 'pass', summary: `All ${SCUBA_ALERTS.length} alert policies SCuBA lists are on.` };
    return { status: 'fail', summary: `Alert ${problems.map((p) => `'${p.name}' is ${p.detail}`).join('; ')}.`, evidence: problems };
  },
});
