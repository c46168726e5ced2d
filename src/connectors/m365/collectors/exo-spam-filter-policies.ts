import { z } from 'zod';
import { ApiShapeError } from '../../../core/errors.js';
import { defineCollector } from '../collector.js';
import { cmdletBool, cmdletStrings, cmdletText } from '../cmdlet-output.js';
import { cmdletSpec, readCmdlet } from '../exchange-collector.js';

// https://learn.microsoft.com/powershell/module/exchange/get-hostedcontentfilterpolicy
const row = z
  .object({
    Identity: cmdletText,
    Name: z.string(),
    IsDefault: cmdletBool,
    SpamAction: cmdletText,
    HighConfidenceSpamAction: cmdletText,
    PhishSpamAction: cmdletText,
    HighConfidencePhishAction: cmdletText,
    AllowedSenderDomains: cmdletStrings,
  })
  .passthrough();

const ACTIONS = ['SpamAction', 'HighConfidenceSpamAction', 'PhishSpamAction', 'HighConfidencePhishAction'] as const;

export default defineCollector({
  section: 'exoSpamFilterPolicies',
  spec: cmdletSpec(['Get-HostedContentFilterPolicy'], { licence: 'Exchange Online Protection' }),
  async collect({ services }) {
    const rows = await readCmdlet(services.exchange(), 'Get-HostedContentFilterPolicy', row);
    return rows.map((r, i) => {
      // Every policy has all four actions; a missing one would be guessed, so it is a shape error instead.
      const action = (name: (typeof ACTIONS)[number]) => {
        const value = r[name];
        if (!value) throw new ApiShapeError(`Exchange Online Get-HostedContentFilterPolicy (object ${i + 1}) has no ${name}`, name);
        return value;
      };
      return {
        identity: r.Identity ?? r.Name,
        isDefault: r.IsDefault ?? false,
        spamAction: action('SpamAction'),
        highConfidenceSpamAction: action('HighConfidenceSpamAction'),
        phishSpamAction: action('PhishSpamAction'),
        highConfidencePhishAction: action('HighConfidencePhishAction'),
        allowedSenderDomains: r.AllowedSenderDomains,
      };
    });
  },
});
