import type { ControlVerdict, Evidence, Verdict } from '../../core/model.js';

/** How one policy stands against a rule: meets it, breaks it, or the answer left the setting out. */
export type PolicyStanding = 'ok' | 'fault' | 'unknown';

/** "Global meeting policy", "meeting policy 'Executives'" (custom policies come as Tag:<name>). */
export function policyLabel(identity: string, noun: string): string {
  if (/^global$/i.test(identity)) return `Global ${noun}`;
  return `${noun} '${identity.replace(/^Tag:/i, '')}'`;
}

export interface PolicyRule<T> {
  /** e.g. "meeting policy". */
  noun: string;
  standing(policy: T): PolicyStanding;
  /** The fault as a verb phrase for one policy and for several: "lets anonymous users start meetings". */
  fault: { one: string; many: string };
  /** What a policy at fault has set, for its evidence line. */
  detail(policy: T): string;
  /** What passing means, after "The Global meeting policy" (one) / "All N meeting policies" (many). */
  pass: { one: string; many: string };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Judges every given policy: fail naming each at fault; not assessed when a setting was left out. */
export function judgePolicies<T extends { identity: string }>(policies: readonly T[], rule: PolicyRule<T>): Verdict {
  const faults = policies.filter((p) => rule.standing(p) === 'fault');
  if (faults.length > 0) {
    const names = faults.map((p) => policyLabel(p.identity, rule.noun));
    const summary = faults.length === 1 ? `${capitalise(names[0]!)} ${rule.fault.one}.` : `${faults.length} ${rule.noun.replace(/y$/, 'ie')}s ${rule.fault.many}: ${names.join(', ')}.`;
    const evidence: Evidence[] = faults.map((p) => ({ kind: 'policy', name: policyLabel(p.identity, rule.noun), detail: rule.detail(p) }));
    return { status: 'fail', summary, evidence };
  }
  const unknown = policies.filter((p) => rule.standing(p) === 'unknown');
  if (unknown.length > 0) {
    return { status: 'not_assessed', summary: `The Teams admin API answered without the setting for ${unknown.map((p) => policyLabel(p.identity, rule.noun)).join(', ')}.` };
  }
  if (policies.length === 1) return { status: 'pass', summary: `The ${policyLabel(policies[0]!.identity, rule.noun)} ${rule.pass.one}.` };
  return { status: 'pass', summary: `All ${policies.length} ${rule.noun.replace(/y$/, 'ie')}s ${rule.pass.many}.` };
}

/** The Global policy alone, for controls whose text covers only the org-wide default. */
export function globalOnly<T extends { identity: string }>(policies: readonly T[]): T[] {
  return policies.filter((p) => /^global$/i.test(p.identity));
}

/** A check's verdict narrowed to the Global policy, as one cited control's own verdict. */
export function globalControlVerdict<T extends { identity: string }>(policies: readonly T[], rule: PolicyRule<T>): ControlVerdict {
  const global = globalOnly(policies);
  if (global.length === 0) return { status: 'not_assessed', summary: `The Teams admin API answered without a Global ${rule.noun}.` };
  const { status, summary } = judgePolicies(global, rule);
  return { status, summary };
}

/** A rule over one on/off setting that must be off: on is a fault, left out is unknown. */
export function mustBeOff<T extends { identity: string }>(noun: string, setting: (policy: T) => boolean | null, property: string, fault: PolicyRule<T>['fault'], pass: PolicyRule<T>['pass']): PolicyRule<T> {
  return {
    noun,
    standing: (p) => (setting(p) === null ? 'unknown' : setting(p) ? 'fault' : 'ok'),
    fault,
    detail: () => `${property} is true`,
    pass,
  };
}
