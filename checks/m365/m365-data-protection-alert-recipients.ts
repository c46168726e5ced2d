import { defineCheck } from '../../src/core/define-check.js';
import { SCUBA_ALERTS } from '../../src/rules/m365/protection-alerts.js';

export default defineCheck({
  id: 'm365-data-protection-alert-recipients',
  provider: 'm365',
  area: 'data-classification',
  severity: 'low',
  title: 'The mail-abuse alert policies notify someone',
  owner: 'Security Administrator',
  rationale: 'An alert no one receives is a log entry. SCuBA asks for the alerts to reach a monitored address (or a SIEM); the recipients are the part of that an API can show.',
  remediation: 'Microsoft Defender portal > Email & collaboration > Policies & rules > Alert policy > each listed policy > Edit > Set your recipients: add a monitored mailbox. Or: Set-ProtectionAlert -Identity <name> -NotifyUser soc@contoso.example. (Forwarding to a SIEM is not visible here; confirm it separately.)',
  references: {
    scuba: ['MS.SECURITYSUITE.4.2v1'],
    docs: ['https://learn.microsoft.com/defender-xdr/alert-policies'],
  },
  reads: ['purviewProtectionAlerts'],
  evaluate({ purviewProtectionAlerts: alerts }) {
    const wanted = new Set(SCUBA_ALERTS.map((n) => n.toLowerCase()));
    const listed = alerts.filter((a) => wanted.has(a.name.toLowerCase()) && !a.disabled);
    if (listed.length === 0) return { status: 'fail', summary: 'None of the alert policies SCuBA lists is on, so none notifies anyone.', evidence: [{ kind: 'policy', name: 'Alert policies', detail: 'none of the listed ones enabled' }] };
    const silent = listed.filter((a) => a.notifyUser.length === 0);
    if (silent.length === 0) return { status: 'pass', summary: `All ${listed.length} enabled alert policies SCuBA lists notify at least one recipient.` };
    return { status: 'fail', summary: `Alert ${silent.map((a) => `'${a.name}'`).join(', ')} notif${silent.length === 1 ? 'ies' : 'y'} no one.`, evidence: silent.map((a) => ({ kind: 'policy', name: a.name, detail: 'NotifyUser empty' })) };
  },
});
