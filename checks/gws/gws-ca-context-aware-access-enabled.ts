import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'gws-ca-context-aware-access-enabled',
  provider: 'gws',
  area: 'conditional-access',
  severity: 'medium',
  title: 'Context-Aware Access is turned on (log-derived)',
  owner: 'Super Admin',
  rationale:
    'Context-Aware Access lets access levels (device posture, IP ranges, region) gate Workspace apps, the Google equivalent of conditional access. The Policy API cannot read it, so this result comes from the newest TOGGLE_CAA_ENABLEMENT event in the admin audit log, which keeps about six months.',
  remediation:
    'Admin console > Security > Access and data control > Context-Aware Access: turn it on and assign access levels to the apps that hold sensitive data. Toggling it (off and on) writes the audit event this check reads when the last change is older than the log retention.',
  references: {
    scuba: ['GWS.COMMONCONTROLS.2.1v1'],
    cis: ['4.2.2.1'],
    docs: ['https://support.google.com/a/answer/9275380', 'https://support.google.com/a/answer/7061566'],
  },
  reads: ['contextAwareAccess'],
  evaluate({ contextAwareAccess }) {
    const latest = contextAwareAccess.latest;
    const caveat = `(log-derived: newest admin-log event; the log keeps about ${Math.round(contextAwareAccess.retentionDays / 30)} months)`;
    if (!latest) {
      return { status: 'not_assessed', summary: `No Context-Aware Access enablement event in the admin audit log ${caveat}; check Security > Context-Aware Access by hand.` };
    }
    const evidence = [{ kind: 'setting' as const, name: 'Context-Aware Access', detail: `${latest.rawValue} on ${latest.time}${latest.actor ? ` by ${latest.actor}` : ''}` }];
    if (latest.enabled) return { status: 'pass', summary: `Context-Aware Access was turned on at ${latest.time} ${caveat}.`, evidence };
    return { status: 'fail', summary: `Context-Aware Access was turned off at ${latest.time} ${caveat}.`, evidence };
  },
});
