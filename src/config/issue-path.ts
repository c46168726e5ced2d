/** Where a schema issue is, as a reader writes it: `tenants[1].auth.type`. */
export function describePath(path: readonly (string | number)[]): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part), '');
}
