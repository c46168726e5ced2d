import { z } from 'zod';
import { defineCollector } from '../collector.js';
import { cmdletBool, cmdletStrings, cmdletText } from '../cmdlet-output.js';
import { SCC_PERMISSIONS, cmdletSpec, readCmdlet } from '../exchange-collector.js';

const row = z
  .object({
    Name: z.string(),
    ParentPolicyName: cmdletText,
    Policy: cmdletText,
    Disabled: cmdletBool,
    ContentContainsSensitiveInformation: z.unknown().optional(),
    BlockAccess: cmdletBool,
    BlockAccessScope: cmdletText,
    NotifyUser: cmdletStrings,
  })
  .passthrough();

/**
 * Names of the sensitive information types a rule condition lists. The simple form is a list of
 * {name, minCount, …}; the advanced form nests them in groups[].sensitivetypes[] (as New-DlpComplianceRule
 * documents its -ContentContainsSensitiveInformation hashtables).
 */
export function sensitiveTypeNames(value: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const entry = node as Record<string, unknown>;
    const name = entry.name ?? entry.Name;
    if (typeof name === 'string' && !('groups' in entry) && !('Groups' in entry)) out.push(name);
    for (const key of ['groups', 'Groups', 'sensitivetypes', 'SensitiveTypes']) if (key in entry) walk(entry[key]);
  };
  walk(value);
  return [...new Set(out)];
}

export default defineCollector({
  section: 'purviewDlpRules',
  spec: cmdletSpec(['Get-DlpComplianceRule'], { licence: 'Microsoft 365 E3/E5 or Office 365 E3/E5 (Purview DLP)' }, SCC_PERMISSIONS),
  async collect({ services }) {
    const rows = await readCmdlet(await services.compliance(), 'Get-DlpComplianceRule', row);
    return rows.map((r) => ({
      name: r.Name,
      policy: r.ParentPolicyName ?? r.Policy ?? '',
      disabled: r.Disabled ?? false,
      sensitiveInformationTypes: sensitiveTypeNames(r.ContentContainsSensitiveInformation),
      blockAccess: r.BlockAccess ?? false,
      blockAccessScope: r.BlockAccessScope ?? null,
      notifyUser: r.NotifyUser,
    }));
  },
});
