import { z } from 'zod';
import { ApiShapeError } from '../../../core/errors.js';
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
    EndpointDlpRestrictions: z.unknown().optional(),
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

/**
 * A rule's Endpoint DLP actions. New-DlpComplianceRule documents -EndpointDlpRestrictions as hashtables
 * @{"Setting"="Print"; "Value"="Block"}; that they come back from InvokeCommand as objects with those
 * keys (in either case) is inferred from public usage, so the PowerShell text form "@{Setting=…; Value=…}"
 * is read too. An entry with neither form is an error, never skipped.
 */
export function endpointRestrictions(value: unknown): { setting: string; value: string }[] {
  if (value == null) return [];
  const entries = Array.isArray(value) ? value : [value];
  return entries.map((entry, i) => {
    const fields = typeof entry === 'string' ? hashtableText(entry) : entry && typeof entry === 'object' ? lowerKeys(entry as Record<string, unknown>) : {};
    const setting = fields.setting;
    const action = fields.value;
    if (typeof setting !== 'string' || typeof action !== 'string' || !setting) throw new ApiShapeError(`Get-DlpComplianceRule EndpointDlpRestrictions entry ${i + 1} has no Setting and Value`, `EndpointDlpRestrictions.${i}`);
    return { setting, value: action };
  });
}

function lowerKeys(entry: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entry).map(([k, v]) => [k.toLowerCase(), v]));
}

function hashtableText(text: string): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const match of text.matchAll(/(\w+)\s*=\s*"?([^;"}]*)"?/g)) fields[match[1]!.toLowerCase()] = match[2]!.trim();
  return fields;
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
      endpointRestrictions: endpointRestrictions(r.EndpointDlpRestrictions),
    }));
  },
});
