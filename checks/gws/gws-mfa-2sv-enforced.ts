import { defineCheck } from '../../src/core/define-check.js';
import type { Evidence } from '../../src/core/model.js';
import { effectiveSettings } from '../../src/rules/gws/effective-settings.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';

export default defineCheck({
  id: 'gws-mfa-2sv-enforced',
  provider: 'gws',
  area: 'mfa',
  severity: 'critical',
  title: '2-Step Verification is enforced in every organisational unit and group',
  owner: 'Super Admin',
  rationale:
    'Without enforcement, 2-Step Verification is optional and a phished or reused password alone opens the account. Enforcement is set per OU and group, so one sub-OU or group that turns it off leaves its members exposed even when the top OU enforces it.',
  remediation:
    'Admin console > Security > Authentication > 2-Step Verification: for the top OU tick "Allow users to turn on 2-Step Verification" and set Enforcement to On; then open every listed OU and group and set it to Inherit (or On).',
  references: {
    scuba: ['GWS.COMMONCONTROLS.1.2v1'],
    cis: ['4.1.1.3'],
    docs: ['https://support.google.com/a/answer/9176657', 'https://cloud.google.com/identity/docs/concepts/policy-api-concepts'],
  },
  reads: ['policies'],
  evaluate({ policies }, ctx) {
    const evidence: Evidence[] = [];
    const targets = effectiveSettings(policies, { enrollment: SETTINGS.twoStepEnrollment, enforcement: SETTINGS.twoStepEnforcement });
    for (const target of targets) {
      const allow = target.settings.enrollment.value.allowEnrollment;
      const enforced = target.settings.enforcement;
      const from = typeof enforced.value.enforcedFrom === 'string' ? Date.parse(enforced.value.enforcedFrom) : NaN;
      const name = target.kind === 'group' ? `group ${target.name}` : target.name;
      const id = target.kind === 'group' ? `groups/${target.id}` : `orgUnits/${target.id}`;
      if (allow === false) {
        evidence.push({ kind: target.kind, name, id, detail: `users may not enrol in 2-Step Verification (from ${target.settings.enrollment.origin.allowEnrollment ?? 'Google default'})` });
      } else if (!Number.isFinite(from) || from <= 0) {
        evidence.push({ kind: target.kind, name, id, detail: `not enforced (from ${enforced.origin.enforcedFrom ?? 'Google default'})` });
      } else if (from > ctx.now.getTime()) {
        evidence.push({ kind: target.kind, name, id, detail: `enforcement scheduled for ${new Date(from).toISOString()}, not yet in force` });
      }
    }
    if (evidence.length === 0) return { status: 'pass', summary: `2-Step Verification is enforced in all ${targets.length} OUs and group overrides.` };
    return {
      status: 'fail',
      summary: `2-Step Verification is not enforced in ${evidence.length} of ${targets.length} OUs/groups: ${evidence.slice(0, 3).map((e) => e.name).join(', ')}${evidence.length > 3 ? ', …' : ''}.`,
      evidence,
    };
  },
});
