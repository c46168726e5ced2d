import pLimit from 'p-limit';
import type { GwsOAuthApp, GwsOAuthGrants, GwsUser } from '../../../snapshot/gws.js';
import type { CollectorContext } from '../clients.js';
import { SectionFailure } from '../../../core/section-failure.js';
import { activitiesPageSchema, tokensSchema } from '../schemas.js';
import { SCOPE } from '../sections.js';

/** Reports keeps about six months; 20 pages of 1,000 events bound the read on very large tenants. */
const MAX_TOKEN_PAGES = 20;

function param(parameters: { name: string; value?: string | undefined; multiValue?: string[] | undefined }[], name: string): { value?: string; multi: string[] } {
  const p = parameters.find((x) => x.name === name);
  return { value: p?.value, multi: p?.multiValue ?? (p?.value ? [p.value] : []) };
}

/** Per-app grants from the Reports API token "authorize" events (read-only scope). */
export async function collectOAuthGrants(ctx: CollectorContext): Promise<GwsOAuthGrants> {
  const { pages, truncated } = await ctx.http.pages(
    { what: 'Reports API activities.list (token)', scope: SCOPE.audit, api: 'Admin SDK API', endpoint: 'GET /admin/reports/v1/activity/users/all/applications/token', kind: 'activities' },
    activitiesPageSchema,
    (pageToken) => ctx.reports.activities.list({ userKey: 'all', applicationName: 'token', eventName: 'authorize', maxResults: 1000, ...(pageToken ? { pageToken } : {}) }, ctx.http.callOptions),
    MAX_TOKEN_PAGES,
    { keepPartial: true },
  );
  const apps = new Map<string, GwsOAuthApp & { scopeSet: Set<string>; userSet: Set<string> }>();
  let oldest: string | null = null;
  for (const item of pages.flatMap((p) => p.items)) {
    if (!oldest || item.id.time < oldest) oldest = item.id.time;
    for (const event of item.events) {
      if (event.name && event.name !== 'authorize') continue;
      const clientId = param(event.parameters, 'client_id').value;
      if (!clientId) continue;
      const entry = apps.get(clientId) ?? {
        clientId,
        appName: param(event.parameters, 'app_name').value ?? clientId,
        scopes: [],
        users: [],
        lastAuthorized: null,
        clientType: param(event.parameters, 'client_type').value ?? null,
        scopeSet: new Set<string>(),
        userSet: new Set<string>(),
      };
      for (const scope of param(event.parameters, 'scope').multi) entry.scopeSet.add(scope);
      if (item.actor?.email) entry.userSet.add(item.actor.email);
      if (!entry.lastAuthorized || item.id.time > entry.lastAuthorized) entry.lastAuthorized = item.id.time;
      apps.set(clientId, entry);
    }
  }
  return {
    source: 'reports-token-events',
    since: oldest,
    truncated,
    apps: [...apps.values()]
      .map(({ scopeSet, userSet, ...app }) => ({ ...app, scopes: [...scopeSet].sort(), users: [...userSet].sort() }))
      .sort((a, b) => a.appName.localeCompare(b.appName)),
  };
}

/** Opt-in: per-user tokens.list, whose only scope also allows revoking tokens. */
export async function collectUserTokens(ctx: CollectorContext, users: () => Promise<GwsUser[]>): Promise<GwsOAuthGrants> {
  if (!ctx.optIn.userTokens) {
    throw new SectionFailure({
      code: 'not_collected',
      message: `Per-user OAuth tokens are opt-in: Directory tokens.list needs ${SCOPE.userSecurity}, a scope that can also revoke tokens. Set optIn.userTokens: true and authorise that scope to collect them; OAuth grants are otherwise read from the Reports token log (section oauthGrants).`,
      permission: SCOPE.userSecurity,
    });
  }
  const active = (await users()).filter((u) => !u.suspended && !u.archived);
  const limit = pLimit(4);
  const apps = new Map<string, GwsOAuthApp>();
  await Promise.all(
    active.map((user) =>
      limit(async () => {
        const tokens = await ctx.http.get(
          { what: 'Directory API tokens.list', scope: SCOPE.userSecurity, api: 'Admin SDK API', endpoint: 'GET /admin/directory/v1/users/{userKey}/tokens', kind: 'tokenList' },
          tokensSchema,
          () => ctx.directory.tokens.list({ userKey: user.id }, ctx.http.callOptions),
        );
        for (const token of tokens.items) {
          const entry = apps.get(token.clientId) ?? { clientId: token.clientId, appName: token.displayText ?? token.clientId, scopes: [], users: [], lastAuthorized: null, clientType: token.nativeApp ? 'native' : 'web' };
          entry.scopes = [...new Set([...entry.scopes, ...token.scopes])].sort();
          if (!entry.users.includes(user.primaryEmail)) entry.users = [...entry.users, user.primaryEmail].sort();
          apps.set(token.clientId, entry);
        }
      }),
    ),
  );
  return { source: 'directory-tokens', since: null, truncated: false, apps: [...apps.values()].sort((a, b) => a.appName.localeCompare(b.appName)) };
}
