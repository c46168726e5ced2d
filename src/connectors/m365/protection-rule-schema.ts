import { z } from 'zod';
import { cmdletStrings } from './cmdlet-output.js';
import type { ExoRecipientScope } from '../../snapshot/m365.js';

/**
 * The output properties every EOP protection rule cmdlet shares: the recipient conditions and
 * exceptions of New-/Set-MalwareFilterRule, -HostedContentFilterRule and -EOPProtectionPolicyRule, plus
 * State and Priority. A rule always has both, so a missing one is a shape error, not a guess.
 */
export const ruleCore = {
  Name: z.string(),
  State: z.string(),
  Priority: z.number(),
  SentTo: cmdletStrings,
  SentToMemberOf: cmdletStrings,
  RecipientDomainIs: cmdletStrings,
  ExceptIfSentTo: cmdletStrings,
  ExceptIfSentToMemberOf: cmdletStrings,
  ExceptIfRecipientDomainIs: cmdletStrings,
};

type RuleRow = { [K in keyof typeof ruleCore]: z.infer<(typeof ruleCore)[K]> };

export function recipientScope(row: RuleRow): ExoRecipientScope {
  const lower = (values: string[]) => values.map((v) => v.toLowerCase());
  return {
    sentTo: row.SentTo,
    sentToMemberOf: row.SentToMemberOf,
    recipientDomainIs: lower(row.RecipientDomainIs),
    exceptIfSentTo: row.ExceptIfSentTo,
    exceptIfSentToMemberOf: row.ExceptIfSentToMemberOf,
    exceptIfRecipientDomainIs: lower(row.ExceptIfRecipientDomainIs),
  };
}
