/** Google's restricted Gmail and Drive scopes (Google API Services User Data Policy), by URL suffix. */
const RESTRICTED = new Set([
  'https://mail.google.com/',
  'https://www.googleapis.com/auth/gmail.readonly',
  'https://www.googleapis.com/auth/gmail.modify',
  'https://www.googleapis.com/auth/gmail.compose',
  'https://www.googleapis.com/auth/gmail.insert',
  'https://www.googleapis.com/auth/gmail.metadata',
  'https://www.googleapis.com/auth/gmail.settings.basic',
  'https://www.googleapis.com/auth/gmail.settings.sharing',
  'https://www.googleapis.com/auth/drive',
  'https://www.googleapis.com/auth/drive.readonly',
  'https://www.googleapis.com/auth/drive.metadata',
  'https://www.googleapis.com/auth/drive.metadata.readonly',
  'https://www.googleapis.com/auth/drive.scripts',
  'https://www.googleapis.com/auth/drive.activity',
  'https://www.googleapis.com/auth/drive.activity.readonly',
]);

/** The restricted Gmail/Drive scopes among those granted (short names are expanded first). */
export function restrictedScopes(scopes: readonly string[]): string[] {
  const out = new Set<string>();
  for (const raw of scopes) {
    const scope = raw.startsWith('http') ? raw : `https://www.googleapis.com/auth/${raw}`;
    if (RESTRICTED.has(scope) || RESTRICTED.has(raw)) out.add(scope);
  }
  return [...out].sort();
}
