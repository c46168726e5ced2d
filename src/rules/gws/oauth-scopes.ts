import type { GwsOAuthGrants } from '../../snapshot/gws.js';
import type { Verdict } from '../../core/model.js';

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

/** Judges apps holding restricted scopes (from the token log or from tokens.list); allow-listed client ids or names are accepted. */
export function judgeRestrictedGrants(grants: GwsOAuthGrants, allowList: readonly string[]): Verdict {
  const allowed = new Set(allowList.map((s) => s.toLowerCase()));
  const risky = grants.apps
    .map((app) => ({ app, scopes: restrictedScopes(app.scopes) }))
    .filter(({ app, scopes }) => scopes.length > 0 && !allowed.has(app.clientId.toLowerCase()) && !allowed.has(app.appName.toLowerCase()));
  const fromLog = grants.source === 'reports-token-events';
  const window = grants.since ? ` since ${grants.since.slice(0, 10)}` : '';
  const partial = grants.truncated ? ` (the ${fromLog ? 'log' : 'token list'} was only partly read)` : '';
  if (risky.length === 0 && grants.truncated) {
    return {
      status: 'not_assessed',
      summary: `The ${fromLog ? 'Reports token log' : 'per-user token list'} was only partly read${window} (page budget spent), and no unreviewed app holding restricted scopes was found in the part read; the rest was not judged.`,
    };
  }
  const where = fromLog ? `granted${window}` : 'holding a current token (tokens.list)';
  if (risky.length === 0) return { status: 'pass', summary: `No unreviewed app ${fromLog ? 'was' : 'is'} ${where} with restricted Gmail or Drive scopes${partial}.` };
  return {
    status: 'fail',
    summary: `${risky.length} third-party app${risky.length === 1 ? '' : 's'} ${where} with restricted Gmail or Drive scopes${partial}.`,
    evidence: risky.map(({ app, scopes }) => ({
      kind: 'app' as const,
      name: app.appName,
      id: app.clientId,
      detail: `${scopes.join(', ')}; granted by ${app.users.length} user${app.users.length === 1 ? '' : 's'} (${app.users.slice(0, 3).join(', ')}${app.users.length > 3 ? ', …' : ''})`,
    })),
  };
}
