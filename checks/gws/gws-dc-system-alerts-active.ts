import { defineCheck } from '../../src/core/define-check.js';
import { REQUIRED_SYSTEM_ALERTS as REQUIRED } from '../../src/rules/gws/system-alerts.js';
import { listSetting } from '../../src/rules/gws/effective-settings.js';

/**
 * The 30 system-defined alert rules SCuBA GWS.COMMONCONTROLS.13.1 requires (baselines/commoncontrols.md §13,
 * ScubaGoggles 416a18a), matched by the Policy API's `rule.system_defined_alerts` `displayName`, case-insensitively.
 * Some are inactive by default (e.g. "User granted Admin privilege", "Drive settings changed").
 */

export default defineCheck({
  id: 'gws-dc-system-alerts-active',
  provider: 'gws',
  area: 'data-classification',
  severity: 'medium',
  title: 'Security-relevant system-defined alert rules are active',
  owner: 'Super Admin',
  rationale:
    'System-defined alerts (suspicious login, leaked password, government-backed attack, new admin privilege) are how the alert center tells admins an account is under attack; an inactive rule raises nothing.',
  remediation:
    'Admin console > Rules: filter on Type = System defined, open each listed rule, set it to Active and send notifications to the super admins (or your security mailbox).',
  references: {
    scuba: ['GWS.COMMONCONTROLS.13.1v1'],
    cis: ['6.1', '6.2', '6.3', '6.4', '6.5', '6.6', '6.7', '6.8'],
    docs: ['https://support.google.com/a/answer/9105393'],
  },
  reads: ['policies'],
  evaluate({ policies }) {
    const rules = listSetting(policies, 'rule.system_defined_alerts');
    if (rules.length === 0) {
      return { status: 'not_assessed', summary: 'The Policy API returned no system-defined alert rules (Google returns unmodified rules only since July 2026); check Admin console > Rules by hand.' };
    }
    const byName = new Map(rules.map((r) => [String(r.policy.value.displayName ?? '').toLowerCase(), r]));
    const inactive = REQUIRED.flatMap((name) => {
      const rule = byName.get(name.toLowerCase());
      if (!rule) return [];
      const state = String(rule.policy.value.state ?? '').toUpperCase();
      return state === 'ACTIVE' ? [] : [{ kind: 'policy' as const, name, id: rule.policy.name, detail: `state ${state || 'unknown'}` }];
    });
    const missing = REQUIRED.filter((name) => !byName.has(name.toLowerCase()));
    const note = missing.length ? ` ${missing.length} expected rule${missing.length === 1 ? ' was' : 's were'} not returned: ${missing.join(', ')}.` : '';
    if (inactive.length === 0 && missing.length > 0) {
      return {
        status: 'not_assessed',
        summary: `The returned required system-defined alert rules are active, but ${missing.length} required rule${missing.length === 1 ? ' was' : 's were'} not returned by the Policy API and could not be judged: ${missing.join(', ')}. Check Admin console > Rules by hand.`,
        evidence: missing.map((name) => ({ kind: 'policy' as const, name, detail: 'not returned by the Policy API' })),
      };
    }
    if (inactive.length === 0) return { status: 'pass', summary: `All ${REQUIRED.length - missing.length} required system-defined alert rules returned are active.${note}` };
    return { status: 'fail', summary: `${inactive.length} required system-defined alert rule${inactive.length === 1 ? ' is' : 's are'} inactive.${note}`, evidence: inactive };
  },
});
