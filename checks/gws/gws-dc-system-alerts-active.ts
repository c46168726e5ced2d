import { defineCheck } from '../../src/core/define-check.js';
import { REQUIRED_SYSTEM_ALERTS as REQUIRED } from '../../src/rules/gws/system-alerts.js';
import { listSetting } from '../../src/rules/gws/effective-settings.js';
import { verdictPerControl } from '../../src/rules/gws/setting-verdict.js';
import type { Verdict } from '../../src/core/model.js';
import type { GwsPolicies } from '../../src/snapshot/gws.js';

/**
 * The 30 system-defined alert rules SCuBA GWS.COMMONCONTROLS.13.1 requires (baselines/commoncontrols.md §13,
 * ScubaGoggles 416a18a), matched by the Policy API's `rule.system_defined_alerts` `displayName`, case-insensitively.
 * Some are inactive by default (e.g. "User granted Admin privilege", "Drive settings changed").
 * CIS 6.1–6.8 each name one rule and get a verdict of their own. CIS also asks for e-mail notification,
 * which the Policy API does not show.
 */
const CIS_ALERTS: Readonly<Record<string, string>> = {
  '6.1': "User's password changed",
  '6.2': 'Government-backed attacks',
  '6.3': 'User suspended due to suspicious activity',
  '6.4': 'User granted Admin privilege',
  '6.5': 'Suspicious programmatic login',
  '6.6': 'Suspicious login',
  '6.7': 'Leaked password',
  '6.8': 'Gmail potential employee spoofing',
};

function judgeAlerts(policies: GwsPolicies, required: readonly string[]): Verdict {
  const rules = listSetting(policies, 'rule.system_defined_alerts');
  if (rules.length === 0) {
    return { status: 'not_assessed', summary: 'The Policy API returned no system-defined alert rules (Google returns unmodified rules only since July 2026); check Admin console > Rules by hand.' };
  }
  const byName = new Map(rules.map((r) => [String(r.policy.value.displayName ?? '').toLowerCase(), r]));
  const inactive = required.flatMap((name) => {
    const rule = byName.get(name.toLowerCase());
    if (!rule) return [];
    const state = String(rule.policy.value.state ?? '').toUpperCase();
    return state === 'ACTIVE' ? [] : [{ kind: 'policy' as const, name, id: rule.policy.name, detail: `state ${state || 'unknown'}` }];
  });
  const missing = required.filter((name) => !byName.has(name.toLowerCase()));
  const rulesWord = (n: number, one: string, many: string) => `${n} required rule${n === 1 ? one : many}`;
  const note = missing.length ? ` ${rulesWord(missing.length, ' was', 's were')} not returned: ${missing.join(', ')}.` : '';
  if (inactive.length === 0 && missing.length > 0) {
    return {
      status: 'not_assessed',
      summary: `The returned required system-defined alert rules are active, but ${rulesWord(missing.length, ' was', 's were')} not returned by the Policy API and could not be judged: ${missing.join(', ')}. Check Admin console > Rules by hand.`,
      evidence: missing.map((name) => ({ kind: 'policy' as const, name, detail: 'not returned by the Policy API' })),
    };
  }
  if (inactive.length === 0) return { status: 'pass', summary: `All ${required.length - missing.length} required system-defined alert rule${required.length - missing.length === 1 ? '' : 's'} returned ${required.length - missing.length === 1 ? 'is' : 'are'} active.${note}` };
  return { status: 'fail', summary: `${inactive.length} required system-defined alert rule${inactive.length === 1 ? ' is' : 's are'} inactive.${note}`, evidence: inactive };
}

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
  evaluate({ policies }, ctx) {
    const cis = Object.fromEntries(Object.entries(CIS_ALERTS).map(([id, name]) => [id, judgeAlerts(policies, [name])]));
    return verdictPerControl({ 'GWS.COMMONCONTROLS.13.1v1': judgeAlerts(policies, REQUIRED), ...cis }, ctx.settings.profile);
  },
});
