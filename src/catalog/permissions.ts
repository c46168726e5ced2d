import type { Check } from '../core/define-check.js';
import type { Provider } from '../core/model.js';
import type { ProviderModule } from '../connectors/registry.js';

export interface PermissionRow {
  permission: string;
  sections: string[];
  endpoints: string[];
  checks: string[];
  licences: string[];
  writeCapable: boolean;
}

/** The permissions the selected checks need, derived from what they read and what each read needs. */
export function permissionsFor(module: ProviderModule, checks: readonly Check[]): PermissionRow[] {
  const rows = new Map<string, PermissionRow>();
  const catalog = module.sectionCatalog as Record<string, { endpoints: string[]; permissions: string[]; licence?: string; writeCapable?: boolean }>;
  for (const check of checks.filter((c) => c.meta.provider === module.provider)) {
    for (const section of check.reads) {
      const spec = catalog[section];
      if (!spec) continue;
      for (const permission of spec.permissions) {
        const row = rows.get(permission) ?? { permission, sections: [], endpoints: [], checks: [], licences: [], writeCapable: false };
        if (!row.sections.includes(section)) row.sections.push(section);
        for (const endpoint of spec.endpoints) if (!row.endpoints.includes(endpoint)) row.endpoints.push(endpoint);
        if (!row.checks.includes(check.meta.id)) row.checks.push(check.meta.id);
        if (spec.licence && !row.licences.includes(spec.licence)) row.licences.push(spec.licence);
        row.writeCapable ||= Boolean(spec.writeCapable);
        rows.set(permission, row);
      }
    }
  }
  return [...rows.values()].sort((a, b) => a.permission.localeCompare(b.permission));
}

export function permissionsMarkdown(module: ProviderModule, rows: readonly PermissionRow[]): string {
  const lines = [
    `| ${module.permissionKind} | Read-only | Needed by (sections) | Checks | Licence |`,
    '| --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| \`${r.permission}\` | ${r.writeCapable ? '**no: can also write**' : 'yes'} | ${r.sections.join(', ')} | ${r.checks.length} | ${r.licences.join(', ') || '—'} |`),
  ];
  return lines.join('\n');
}

export function permissionsText(module: ProviderModule, rows: readonly PermissionRow[]): string {
  const out = [`${module.label}: ${module.permissionKind}s for the selected checks`, ''];
  for (const row of rows) {
    out.push(`  ${row.permission}${row.writeCapable ? '   [WRITE-CAPABLE: grant only if you accept it]' : ''}`);
    out.push(`      for ${row.sections.join(', ')} (${row.checks.length} check${row.checks.length === 1 ? '' : 's'})${row.licences.length ? `; needs ${row.licences.join(', ')}` : ''}`);
  }
  out.push('', 'Set-up:', ...module.setupSteps.map((step, i) => `  ${i + 1}. ${step}`));
  return out.join('\n');
}

export type { Provider };
