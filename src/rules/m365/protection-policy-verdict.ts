import type { Evidence, Verdict } from '../../core/model.js';
import { notJudgedEvidence, notJudgedSummary, policyName, scopeNote, type PolicyPrecedence, type ProtectionPolicy } from './protection-policy-precedence.js';

export interface EffectivePolicyJudgement<P extends ProtectionPolicy> {
  precedence: PolicyPrecedence<P>;
  /** "anti-malware", "anti-spam". */
  kind: string;
  /** What is wrong with a policy, or null when it meets the control. */
  weakness: (policy: P) => string | null;
  /** The secure state of them all, e.g. "all block .exe, .cmd and .vbe attachments". */
  secureState: string;
}

/**
 * Judges only the policies that protect someone: a weak one anywhere in effect fails the control
 * (its recipients get nothing better), a weak one that protects no one is named but not judged.
 */
export function judgeEffectivePolicies<P extends ProtectionPolicy>(j: EffectivePolicyJudgement<P>): Verdict {
  const { precedence, kind } = j;
  if (precedence.inEffect.length === 0) {
    return { status: 'fail', summary: `No ${kind} policy protects anyone: not even the Default one was returned.`, evidence: [{ kind: 'policy', name: `${kind} policies`, detail: 'none in effect' }] };
  }
  const weak = precedence.inEffect.flatMap((entry) => {
    const reason = j.weakness(entry.policy);
    return reason ? [{ entry, reason }] : [];
  });
  const skipped = notJudgedSummary(precedence, kind);
  if (weak.length === 0) {
    const names = precedence.inEffect.map((e) => policyName(e, kind)).join(', ');
    return { status: 'pass', summary: `The ${kind} policies in effect (${names}) ${j.secureState}.${skipped}`, evidence: notJudgedEvidence(precedence, kind) };
  }
  const evidence: Evidence[] = weak.map(({ entry, reason }) => ({ kind: 'policy', name: policyName(entry, kind), detail: `${reason} (${scopeNote(entry)})` }));
  return {
    status: 'fail',
    summary: `${weak.map(({ entry, reason }) => `${policyName(entry, kind)} (${scopeNote(entry)}): ${reason}`).join('; ')}.${skipped}`,
    evidence: [...evidence, ...notJudgedEvidence(precedence, kind)],
  };
}
