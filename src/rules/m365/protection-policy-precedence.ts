import type { Evidence } from '../../core/model.js';
import type { ExoPresetPolicyRule, ExoProtectionRule, ExoRecipientScope, M365Domain, M365Shapes } from '../../snapshot/m365.js';

/**
 * Which anti-malware or anti-spam policy protects whom. Exchange applies to each recipient the first
 * policy that matches, in this order: the Strict preset, the Standard preset, custom policies by their
 * rule's priority, then the Default policy for everyone left. A custom policy applies only through an
 * enabled rule, and a policy behind one that covers everyone applies to no one.
 * https://learn.microsoft.com/defender-office-365/preset-security-policies#order-of-precedence-for-preset-security-policies-and-other-policies
 */

/** Microsoft's order of precedence, cited by every check that judges through this module. */
export const PRECEDENCE_DOC = 'https://learn.microsoft.com/defender-office-365/preset-security-policies#order-of-precedence-for-preset-security-policies-and-other-policies';

export type PolicyTier = 'strict preset' | 'standard preset' | 'custom' | 'default';

export interface ProtectionPolicy {
  identity: string;
  isDefault: boolean;
}

export interface PolicyInEffect<P extends ProtectionPolicy> {
  policy: P;
  tier: PolicyTier;
  /** The rule that applies it; null for the Default policy. */
  rule: string | null;
  /** Whom it applies to, in words. */
  appliesTo: string;
  everyone: boolean;
}

export interface PolicyNotInEffect<P extends ProtectionPolicy> {
  policy: P;
  tier: PolicyTier;
  /** Why it protects no one. */
  reason: string;
}

export interface PolicyPrecedence<P extends ProtectionPolicy> {
  /** Highest precedence first. */
  inEffect: PolicyInEffect<P>[];
  notInEffect: PolicyNotInEffect<P>[];
}

export interface PrecedenceInput<P extends ProtectionPolicy> {
  policies: readonly P[];
  rules: readonly ExoProtectionRule[];
  presetRules: readonly ExoPresetPolicyRule[];
  /** Which of the preset's policies this is about. */
  presetPolicy: (rule: ExoPresetPolicyRule) => string | null;
  /**
   * The tenant's domains, when known: a rule scoped to every one of them covers everyone. Without
   * them only a rule with no recipient condition is taken to, which may judge a Default policy that
   * in fact applies to no one, never the other way round.
   */
  domains?: readonly string[];
}

const PRESETS: { tier: 'strict preset' | 'standard preset'; pattern: RegExp }[] = [
  { tier: 'strict preset', pattern: /^strict preset security policy/i },
  { tier: 'standard preset', pattern: /^standard preset security policy/i },
];

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function coversEveryone(scope: ExoRecipientScope, domains?: readonly string[]): boolean {
  const excepts = scope.exceptIfSentTo.length + scope.exceptIfSentToMemberOf.length + scope.exceptIfRecipientDomainIs.length;
  if (excepts > 0 || scope.sentTo.length > 0 || scope.sentToMemberOf.length > 0) return false;
  if (scope.recipientDomainIs.length === 0) return true;
  if (!domains?.length) return false;
  return domains.every((d) => scope.recipientDomainIs.includes(d.toLowerCase()));
}

function listed(values: readonly string[]): string {
  return values.length > 3 ? `${values.slice(0, 3).join(', ')} and ${values.length - 3} more` : values.join(', ');
}

export function describeScope(scope: ExoRecipientScope, everyone: boolean): string {
  if (everyone) return 'everyone';
  const who = [
    scope.sentTo.length ? `recipients ${listed(scope.sentTo)}` : '',
    scope.sentToMemberOf.length ? `members of ${listed(scope.sentToMemberOf)}` : '',
    scope.recipientDomainIs.length ? `domains ${listed(scope.recipientDomainIs)}` : '',
  ].filter(Boolean);
  const except = [...scope.exceptIfSentTo, ...scope.exceptIfSentToMemberOf, ...scope.exceptIfRecipientDomainIs];
  return `${who.length ? who.join(' and ') : 'everyone'}${except.length ? ` except ${listed(except)}` : ''}`;
}

export function policyPrecedence<P extends ProtectionPolicy>(input: PrecedenceInput<P>): PolicyPrecedence<P> {
  const inEffect: PolicyInEffect<P>[] = [];
  const notInEffect: PolicyNotInEffect<P>[] = [];
  const placed = new Set<P>();
  let coveredBy: string | null = null;
  const find = (name: string | null) => (name ? input.policies.find((p) => same(p.identity, name)) : undefined);

  const place = (policy: P, tier: PolicyTier, rule: string | null, scope: ExoRecipientScope | null, label: string) => {
    placed.add(policy);
    if (coveredBy) {
      notInEffect.push({ policy, tier, reason: `every recipient is caught first by ${coveredBy}` });
      return;
    }
    const everyone = scope === null || coversEveryone(scope, input.domains);
    inEffect.push({ policy, tier, rule, appliesTo: scope === null ? 'everyone not caught by a higher rule' : describeScope(scope, everyone), everyone });
    if (everyone) coveredBy = label;
  };

  for (const { tier, pattern } of PRESETS) {
    for (const rule of input.presetRules.filter((r) => pattern.test(r.name))) {
      const policy = find(input.presetPolicy(rule));
      if (!policy) continue;
      if (rule.state !== 'Enabled') {
        placed.add(policy);
        notInEffect.push({ policy, tier, reason: `the ${tier} security policy is off` });
      } else place(policy, tier, rule.name, rule, `the ${tier} security policy`);
    }
  }

  const rules = [...input.rules].sort((a, b) => a.priority - b.priority);
  for (const rule of rules) {
    const policy = find(rule.policy);
    if (!policy || placed.has(policy)) continue;
    if (rule.state !== 'Enabled') continue;
    place(policy, 'custom', rule.name, rule, `custom policy '${policy.identity}' (rule '${rule.name}', priority ${rule.priority})`);
  }

  for (const policy of input.policies) {
    if (placed.has(policy)) continue;
    if (policy.isDefault) {
      place(policy, 'default', null, null, 'the Default policy');
      continue;
    }
    const rule = input.rules.find((r) => same(r.policy, policy.identity));
    notInEffect.push({ policy, tier: 'custom', reason: rule ? `its rule '${rule.name}' is disabled` : 'no rule applies it' });
  }
  return { inEffect, notInEffect };
}

/** How a person recognises the policy: "Default anti-malware policy", "Custom policy 'Legacy'". */
export function policyName(entry: { policy: ProtectionPolicy; tier: PolicyTier }, kind: string): string {
  if (entry.tier === 'default') return `Default ${kind} policy`;
  if (entry.tier === 'custom') return `Custom ${kind} policy '${entry.policy.identity}'`;
  return `${entry.tier === 'strict preset' ? 'Strict' : 'Standard'} preset ${kind} policy`;
}

/** "(applies to everyone not caught by a higher rule)", "(rule 'Sales', priority 0: members of sales@…)". */
export function scopeNote(entry: PolicyInEffect<ProtectionPolicy>): string {
  return entry.rule && entry.tier === 'custom' ? `rule '${entry.rule}': applies to ${entry.appliesTo}` : `applies to ${entry.appliesTo}`;
}

/** The policies left out of the verdict, so a reader sees why a weak one did not count. */
export function notJudgedEvidence(precedence: PolicyPrecedence<ProtectionPolicy>, kind: string): Evidence[] {
  return precedence.notInEffect.map((entry) => ({ kind: 'policy', name: policyName(entry, kind), detail: `not judged: ${entry.reason}` }));
}

export function notJudgedSummary(precedence: PolicyPrecedence<ProtectionPolicy>, kind: string): string {
  if (precedence.notInEffect.length === 0) return '';
  return ` Not judged, as they protect no one: ${precedence.notInEffect.map((e) => `${policyName(e, kind)} (${e.reason})`).join('; ')}.`;
}

const verified = (domains: readonly M365Domain[] | undefined) => domains?.filter((d) => d.isVerified).map((d) => d.id);

/** The anti-malware sections as the checks receive them: which anti-malware policy protects whom. */
export function antiMalwarePrecedence(s: Pick<M365Shapes, 'exoMalwareFilterPolicies' | 'exoMalwareFilterRules' | 'exoPresetPolicyRules'> & { domains: M365Domain[] | undefined }) {
  return policyPrecedence({ policies: s.exoMalwareFilterPolicies, rules: s.exoMalwareFilterRules, presetRules: s.exoPresetPolicyRules, presetPolicy: (r) => r.malwareFilterPolicy, domains: verified(s.domains) });
}

export function antiSpamPrecedence(s: Pick<M365Shapes, 'exoSpamFilterPolicies' | 'exoSpamFilterRules' | 'exoPresetPolicyRules'> & { domains: M365Domain[] | undefined }) {
  return policyPrecedence({ policies: s.exoSpamFilterPolicies, rules: s.exoSpamFilterRules, presetRules: s.exoPresetPolicyRules, presetPolicy: (r) => r.hostedContentFilterPolicy, domains: verified(s.domains) });
}

/** The pages every check judging through this module cites beside its own. */
export const ANTI_MALWARE_DOCS = [PRECEDENCE_DOC, 'https://learn.microsoft.com/powershell/module/exchange/get-malwarefilterpolicy', 'https://learn.microsoft.com/powershell/module/exchange/get-malwarefilterrule'];
export const ANTI_SPAM_DOCS = [
  'https://learn.microsoft.com/defender-office-365/anti-spam-policies-configure',
  PRECEDENCE_DOC,
  'https://learn.microsoft.com/powershell/module/exchange/get-hostedcontentfilterpolicy',
  'https://learn.microsoft.com/powershell/module/exchange/get-hostedcontentfilterrule',
];
