import type { ExoPresetPolicyRule, ExoProtectionRule, ExoRecipientScope } from '../../../src/snapshot/m365.js';

/** Rules for the precedence cases of the anti-malware and anti-spam checks: everyone unless patched. */
const EVERYONE: ExoRecipientScope = { sentTo: [], sentToMemberOf: [], recipientDomainIs: [], exceptIfSentTo: [], exceptIfSentToMemberOf: [], exceptIfRecipientDomainIs: [] };

export function customRule(policy: string, patch: Partial<ExoProtectionRule> = {}): ExoProtectionRule {
  return { ...EVERYONE, name: policy, policy, state: 'Enabled', priority: 0, ...patch };
}

export const STRICT_MALWARE = 'Strict Preset Security Policy1681329957931';
export const STRICT_SPAM = 'Strict Preset Security Policy1681329956650';

export function strictPreset(patch: Partial<ExoPresetPolicyRule> = {}): ExoPresetPolicyRule {
  return { ...EVERYONE, name: 'Strict Preset Security Policy', state: 'Enabled', priority: 0, malwareFilterPolicy: STRICT_MALWARE, hostedContentFilterPolicy: STRICT_SPAM, ...patch };
}

export const SALES_GROUP = { sentToMemberOf: ['sales@contoso.example'] };
