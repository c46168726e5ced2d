import { defineCheck } from '../../src/core/define-check.js';
import type { Evidence, Verdict } from '../../src/core/model.js';
import { listSetting } from '../../src/rules/gws/effective-settings.js';
import { verdictPerControl } from '../../src/rules/gws/setting-verdict.js';

const SERVICES = [
  { name: 'Drive', trigger: 'google.workspace.drive.' },
  { name: 'Gmail', trigger: 'google.workspace.gmail.' },
  { name: 'Chat', trigger: 'google.workspace.chat.' },
  // GWS.COMMONCONTROLS.18.1 names Calendar too; rules on it carry google.workspace.calendar.event.v1.save
  // (ScubaGoggles' Policy API test data, policyapi_get_policies7.json).
  { name: 'Calendar', trigger: 'google.workspace.calendar.' },
] as const;

/**
 * The predefined detectors GWS.COMMONCONTROLS.18.1 names ("credit card numbers, U.S. Individual Taxpayer
 * Identification Numbers (ITIN), and U.S. Social Security numbers (SSN)"), as a rule.dlp condition spells them:
 * `condition.contentCondition` is a CEL string of `all_content.matches_dlp_detector('<ID>', …)` clauses
 * (ScubaGoggles 416a18a, Testing/Unit/Python/data/policyapi_get_policies7.json).
 */
const REQUIRED_DETECTORS = [
  { id: 'CREDIT_CARD_NUMBER', label: 'credit card numbers' },
  { id: 'US_INDIVIDUAL_TAXPAYER_IDENTIFICATION_NUMBER', label: 'ITIN' },
  { id: 'US_SOCIAL_SECURITY_NUMBER', label: 'SSN' },
] as const;

const listed = (items: readonly string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/**
 * Which detectors a rule's condition names, and whether each one alone makes the rule match: a condition
 * joined only by || (the console's "any of") does; && or a negation may need more than one detector's match.
 */
function detectorsOf(value: Record<string, unknown>): { named: Set<string>; eachAlone: boolean; readable: boolean } {
  const condition = value.condition;
  // No condition at all names no detector; a condition in another shape than a CEL string cannot be read here.
  if (condition === undefined || condition === null) return { named: new Set(), eachAlone: true, readable: true };
  const cel = typeof condition === 'object' ? (condition as Record<string, unknown>).contentCondition : undefined;
  if (typeof cel !== 'string') return { named: new Set(), eachAlone: false, readable: false };
  const named = new Set([...cel.matchAll(/matches_dlp_detector\(\s*['"]([A-Z0-9_]+)['"]/g)].map((m) => m[1]!));
  return { named, eachAlone: !/&&|!(?!=)/.test(cel), readable: true };
}

export default defineCheck({
  id: 'gws-dc-dlp-rules-active',
  provider: 'gws',
  area: 'data-classification',
  severity: 'medium',
  title: 'Active DLP rules cover Drive, Gmail, Chat and Calendar',
  owner: 'Super Admin',
  rationale:
    'Data loss prevention rules stop or flag sensitive content (card numbers, national ids, labelled files) as it is shared, sent or posted. A service with no active rule has no such control. GWS.COMMONCONTROLS.18.1 also names what the rules must scan for at a minimum: credit card numbers, ITIN and SSN, read from each rule\'s content condition; CIS 4.2.3.1 asks for an active Drive rule.',
  remediation:
    'Admin console > Security > Access and data control > Data protection: create rules (for example from the predefined PII templates) triggered on Drive file sharing, Gmail messages sent, Chat messages and Calendar events saved, with conditions matching the predefined data types "Global - Credit card number", "United States - Individual Taxpayer Identification Number" and "United States - Social Security Number" (any of them, not all at once), a blocking or warning action, applied to the top organisational unit (not only to some OUs or groups), and set their state to Active.',
  references: {
    scuba: ['GWS.COMMONCONTROLS.18.1v1'],
    cis: ['4.2.3.1'],
    docs: ['https://support.google.com/a/answer/9646351'],
  },
  reads: ['policies'],
  evaluate({ policies }, ctx) {
    const rules = listSetting(policies, 'rule.dlp');
    // A rule without a state is not counted as active: a missing field is not evidence of protection.
    const active = rules.filter(({ policy }) => String(policy.value.state ?? '').toUpperCase() === 'ACTIVE');
    const triggeredBy = (policy: (typeof rules)[number]['policy'], prefix: string) =>
      Array.isArray(policy.value.triggers) && (policy.value.triggers as unknown[]).some((t) => String(t).startsWith(prefix));
    const uncovered: Evidence[] = [];
    for (const service of SERVICES) {
      const covering = active.filter(({ policy }) => triggeredBy(policy, service.trigger));
      // A rule scoped to one OU or group leaves the rest of the tenant uncovered; only a top-OU rule covers everyone.
      if (covering.some(({ target }) => target === '/')) continue;
      uncovered.push({
        kind: 'policy',
        name: `${service.name} DLP`,
        detail: covering.length
          ? `active ${service.name} rules apply only to ${covering.map(({ target }) => target).join(', ')}, not the whole organisation`
          : `no active DLP rule is triggered by ${service.name}`,
      });
    }
    const inactive: Evidence[] = rules
      .filter((r) => !active.includes(r))
      .map(({ policy, target }) => ({ kind: 'policy' as const, name: String(policy.value.displayName ?? policy.name), id: policy.name, detail: `${String(policy.value.state ?? 'state missing')} (${target})` }));
    const covers = (missing: Evidence[], names: string): Verdict =>
      missing.length === 0
        ? { status: 'pass', summary: `${active.length} active DLP rule${active.length === 1 ? '' : 's'} cover ${names} for the whole organisation.` }
        : { status: 'fail', summary: `No active organisation-wide DLP rule covers ${missing.map((e) => e.name.replace(/ DLP$/, '')).join(', ')}.`, evidence: [...missing, ...inactive] };

    // SCuBA 18.1 also names what the rules must scan for: each service's organisation-wide rules together must
    // name every required detector in a condition where it alone makes a rule match.
    const unscanned: Evidence[] = [];
    const unsure: Evidence[] = [];
    for (const service of SERVICES) {
      const rulesHere = active.filter(({ policy, target }) => target === '/' && triggeredBy(policy, service.trigger));
      if (rulesHere.length === 0) continue;
      const sure = new Set<string>();
      const combined = new Set<string>();
      const unread = rulesHere.filter(({ policy }) => !detectorsOf(policy.value).readable);
      for (const { policy } of rulesHere) {
        const { named, eachAlone } = detectorsOf(policy.value);
        for (const id of named) (eachAlone ? sure : combined).add(id);
      }
      const missing = REQUIRED_DETECTORS.filter((d) => !sure.has(d.id));
      if (missing.length === 0) continue;
      if (unread.length > 0 || missing.every((d) => combined.has(d.id))) {
        for (const { policy } of rulesHere.filter(({ policy }) => !detectorsOf(policy.value).eachAlone)) {
          unsure.push({
            kind: 'policy',
            name: `${service.name}: ${String(policy.value.displayName ?? policy.name)}`,
            id: policy.name,
            detail: detectorsOf(policy.value).readable
              ? `its condition joins detectors with AND or NOT, so content with only one of ${listed(missing.map((d) => d.label))} may not match`
              : 'its condition is not a contentCondition CEL string, so the detectors it scans for cannot be read',
          });
        }
        continue;
      }
      unscanned.push({
        kind: 'policy',
        name: `${service.name} DLP`,
        detail: `no active organisation-wide ${service.name} rule's condition scans for ${listed(missing.map((d) => d.label))}${rulesHere.some(({ policy }) => detectorsOf(policy.value).named.size === 0) ? ' (a rule without a content condition names no detector)' : ''}`,
      });
    }
    const required = listed(REQUIRED_DETECTORS.map((d) => d.label));
    const coverage = covers(uncovered, 'Drive, Gmail, Chat and Calendar');
    let scuba: Verdict;
    if (coverage.status === 'fail' || unscanned.length > 0) {
      const parts = [
        coverage.status === 'fail' ? coverage.summary : '',
        unscanned.length ? `No active organisation-wide DLP rule scans ${listed(unscanned.map((e) => e.name.replace(/ DLP$/, '')))} content for all of ${required} (GWS.COMMONCONTROLS.18.1 asks for these at a minimum).` : '',
      ];
      scuba = { status: 'fail', summary: parts.filter(Boolean).join(' '), evidence: [...(coverage.status === 'fail' ? coverage.evidence : []), ...unscanned] };
    } else if (unsure.length > 0) {
      scuba = {
        status: 'not_assessed',
        summary: `Active organisation-wide DLP rules cover Drive, Gmail, Chat and Calendar, but whether they catch each of ${required} on its own cannot be told from ${unsure.length === 1 ? 'one rule\'s condition' : `${unsure.length} rules' conditions`} (detectors joined with AND or NOT, or a condition in another shape); check ${unsure.length === 1 ? 'it' : 'them'} by hand.`,
        evidence: unsure,
      };
    } else {
      scuba = { status: 'pass', summary: `${active.length} active DLP rule${active.length === 1 ? '' : 's'} cover Drive, Gmail, Chat and Calendar for the whole organisation and scan for ${required}.` };
    }
    // CIS 4.2.3.1 asks for Drive DLP only, detectors unnamed.
    return verdictPerControl(
      { 'GWS.COMMONCONTROLS.18.1v1': scuba, '4.2.3.1': covers(uncovered.filter((e) => e.name === 'Drive DLP'), 'Drive') },
      ctx.settings.profile,
    );
  },
});
