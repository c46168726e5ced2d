import type { Check } from '../core/define-check.js';

export interface CheckListing {
  id: string;
  provider: string;
  area: string;
  severity: string;
  title: string;
  owner: string;
  reads: readonly string[];
  notReadableBecause?: string;
  references: Check['meta']['references'];
}

export function listChecks(checks: readonly Check[]): CheckListing[] {
  return checks.map((c) => ({
    id: c.meta.id,
    provider: c.meta.provider,
    area: c.meta.area,
    severity: c.meta.severity,
    title: c.meta.title,
    owner: c.meta.owner,
    reads: c.reads,
    ...(c.unreadable ? { notReadableBecause: c.unreadable } : {}),
    references: c.meta.references,
  }));
}

export function checksText(checks: readonly Check[]): string {
  const width = Math.max(...checks.map((c) => c.meta.id.length), 10);
  return checks.map((c) => `${c.meta.id.padEnd(width)}  ${c.meta.severity.padEnd(8)}  ${c.meta.area.padEnd(19)}  ${c.meta.title}`).join('\n');
}

export function checksMarkdown(checks: readonly Check[]): string {
  const refs = (c: Check) => [...(c.meta.references.scuba ?? []), ...(c.meta.references.cis ?? []).map((n) => `CIS ${n}`)].join(', ') || '—';
  return [
    '| Id | Area | Severity | Secure state | References |',
    '| --- | --- | --- | --- | --- |',
    ...checks.map((c) => `| \`${c.meta.id}\` | ${c.meta.area} | ${c.meta.severity} | ${c.meta.title}${c.unreadable ? ' *(not readable through the API: reported not assessed)*' : ''} | ${refs(c)} |`),
  ].join('\n');
}
