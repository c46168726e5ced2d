import type { Check } from '../core/define-check.js';
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
  const readers: { id: string | null; reads: readonly string[] }[] = [
    { id: null, reads: module.alwaysReads ?? [] },
    ...checks.filter((c) => c.meta.provider === module.provider).map((c) => ({ id: c.meta.id, reads: c.reads })),
  ];
  for (const check of readers) {
    for (const section of check.reads) {
      const spec = catalog[section];
      if (!spec) continue;
      for (const permission of spec.permissions) {
        const row = rows.get(permission) ?? { permission, sections: [], endpoints: [], checks: [], licences: [], writeCapable: false };
        if (!row.sections.includes(section)) row.sections.push(section);
        for (const endpoint of spec.endpoints) if (!row.endpoints.includes(endpoint)) row.endpoints.push(endpoint);
        if (check.id && !row.checks.includes(check.id)) row.checks.push(check.id);
        const licence = spec.licence ? `${section}: ${spec.licence}` : undefined;
        if (licence && !row.licences.includes(licence)) row.licences.push(licence);
        rows.set(permission, row);
      }
    }
  }
  // A section is write-capable because of the one permission only it needs; a permission that also
  // serves read-only sections (e.g. API Enabled) is not what makes it so.
  for (const row of rows.values()) {
    row.writeCapable = Object.values(catalog).filter((spec) => spec.permissions.includes(row.permission)).every((spec) => spec.writeCapable);
  }
  return [...rows.values()].sort((a, b) => a.permission.localeCompare(b.permission));
}

export function permissionsMarkdown(module: ProviderModule, rows: readonly PermissionRow[]): string {
  const lines = [
    `| ${module.permissionKind} | Read-only | Needed by (sections) | Checks | Licence |`,
    '| --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| \`${r.permission}\` | ${r.writeCapable ? '**no: can also write**' : 'yes'} | ${r.sections.join(', ')} | ${r.checks.length || 'every run'} | ${r.licences.join('; ') || '—'} |`),
  ];
  return lines.join('\n');
}

export function permissionsText(module: ProviderModule, rows: readonly PermissionRow[]): string {
  const out = [`${module.label}: what the selected checks need (each a ${module.permissionKind})`, ''];
  for (const row of rows) {
    out.push(`  ${row.permission}${row.writeCapable ? '   [WRITE-CAPABLE: grant only if you accept it]' : ''}`);
    const used = row.checks.length ? `${row.checks.length} check${row.checks.length === 1 ? '' : 's'}` : 'read on every run';
    out.push(`      for ${row.sections.join(', ')} (${used})${row.licences.length ? `; licence: ${row.licences.join('; ')}` : ''}`);
  }
  out.push('', 'Set-up:', ...module.setupSteps.map((step, i) => `  ${i + 1}. ${step}`));
  return out.join('\n');
}

