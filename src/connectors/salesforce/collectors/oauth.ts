import { forEachRecordQuery } from '../one-record-queries.js';
import { z } from 'zod';
import type { SfConnectedApp, SfOauthToken } from '../../../snapshot/salesforce.js';
import { SfRequestError } from '../client.js';
import { nullableString, requirePermission, soqlString, type CollectorContext } from './context.js';

/**
 * OauthToken returns at most 2,500 rows for one query (500 per page), and its Id is "reserved for
 * future use; currently, the value is always null", so it cannot be paged by Id. The object
 * reference advises a COUNT() first and, above 2,500, filters on fields such as UserId so that each
 * query stays below the cap:
 * https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_oauthtoken.htm
 */
export const OAUTH_TOKEN_ROW_CAP = 2500;
/** User ids per `UserId IN (…)` partition: about 4,000 characters of SOQL, well inside the REST URL limit. */
export const OAUTH_TOKEN_USER_BATCH = 200;

const TOKEN_FIELDS = 'AppName, AppMenuItemId, AppMenuItem.IsUsingAdminAuthorization, AppMenuItem.ApplicationId, UserId, User.Username, UseCount, LastUsedDate, CreatedDate';

// Every field but CreatedDate is Nillable on the object reference; Id is selected by nobody because it is always null.
const tokenRecord = z
  .object({
    AppName: nullableString,
    AppMenuItemId: nullableString,
    AppMenuItem: z.object({ IsUsingAdminAuthorization: z.boolean().nullish(), ApplicationId: z.string().nullish() }).passthrough().nullish(),
    UserId: nullableString,
    User: z.object({ Username: z.string().nullish() }).passthrough().nullish(),
    UseCount: z.number().nullish(),
    LastUsedDate: nullableString,
    CreatedDate: z.string(),
  })
  .passthrough();

const userIdRecord = z.object({ Id: z.string() }).passthrough();

function soqlDateTime(value: Date): string {
  return value.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export interface OauthTokenTuning {
  rowCap?: number;
  userBatch?: number;
}

/**
 * Reads every OAuth token in the org. One query when COUNT() is within the cap; otherwise one
 * query per batch of user ids (halved while a batch is over the cap), plus the tokens without a
 * user, and a single user's tokens split by CreatedDate range when even they exceed the cap.
 * The rows read must add up to the org's COUNT(); anything less fails the section rather than
 * being judged.
 */
export async function collectOauthTokens(ctx: CollectorContext, tuning: OauthTokenTuning = {}): Promise<SfOauthToken[]> {
  await requirePermission(ctx, 'CustomizeApplication', 'OauthToken returns only the integration user\'s own tokens, which would under-report every other user');
  const rowCap = tuning.rowCap ?? OAUTH_TOKEN_ROW_CAP;
  const userBatch = tuning.userBatch ?? OAUTH_TOKEN_USER_BATCH;
  const total = await ctx.client.count('SELECT COUNT() FROM OauthToken');
  const tokens: SfOauthToken[] = [];

  const readWithin = async (where: string, expected: number): Promise<void> => {
    const rows = await ctx.client.query(`SELECT ${TOKEN_FIELDS} FROM OauthToken${where ? ` WHERE ${where}` : ''}`, { maxFetch: rowCap });
    if (rows.length < expected) {
      throw new SfRequestError(
        `OauthToken${where ? ` WHERE ${where.slice(0, 120)}` : ''} counted ${expected} rows but returned ${rows.length}; stopped rather than judge a partial list.`,
        'INCOMPLETE_RESULT',
        undefined,
        'GET /services/data/query OauthToken',
      );
    }
    for (const row of rows) tokens.push(toToken(tokenRecord.parse(row)));
  };

  // A filter whose tokens may exceed the cap: counted, read when within it, otherwise split further.
  const readPartition = async (where: string, split: (count: number) => Promise<void>): Promise<void> => {
    const count = await ctx.client.count(`SELECT COUNT() FROM OauthToken WHERE ${where}`);
    if (count === 0) return;
    if (count <= rowCap) return readWithin(where, count);
    await split(count);
  };

  const byCreatedDate = async (base: string, from: Date, to: Date): Promise<void> => {
    const where = `${base} AND CreatedDate >= ${soqlDateTime(from)} AND CreatedDate < ${soqlDateTime(to)}`;
    await readPartition(where, async (count) => {
      if (to.getTime() - from.getTime() <= 1000) {
        throw new SfRequestError(`${count} OAuth tokens share one user and one second of CreatedDate, more than the ${rowCap} one query returns; stopped rather than judge a partial list.`, 'TOO_MANY_ROWS', undefined, 'GET /services/data/query OauthToken');
      }
      const mid = new Date(Math.floor((from.getTime() + to.getTime()) / 2000) * 1000);
      await byCreatedDate(base, from, mid);
      await byCreatedDate(base, mid, to);
    });
  };
  // Salesforce was founded in 1999; a token cannot be older. The end is exclusive, so one second past now.
  const allTime = (): [Date, Date] => [new Date('1999-01-01T00:00:00Z'), new Date(Math.ceil(ctx.now.getTime() / 1000) * 1000 + 1000)];

  const byUsers = async (ids: string[]): Promise<void> => {
    const where = ids.length === 1 ? `UserId = ${soqlString(ids[0]!)}` : `UserId IN (${ids.map(soqlString).join(', ')})`;
    await readPartition(where, async () => {
      if (ids.length === 1) return byCreatedDate(where, ...allTime());
      const half = Math.ceil(ids.length / 2);
      await byUsers(ids.slice(0, half));
      await byUsers(ids.slice(half));
    });
  };

  if (total <= rowCap) {
    await readWithin('', total);
  } else {
    // Every user, active or not: a deactivated user's tokens are still the org's tokens until revoked.
    const users = (await ctx.client.query('SELECT Id FROM User ORDER BY Id', { maxFetch: 1_000_000 })).map((r) => userIdRecord.parse(r).Id);
    for (let i = 0; i < users.length; i += userBatch) await byUsers(users.slice(i, i + userBatch));
    await readPartition('UserId = null', () => byCreatedDate('UserId = null', ...allTime()));
    if (tokens.length < total) {
      throw new SfRequestError(
        `OauthToken counted ${total} rows but the partitions by user returned ${tokens.length}; stopped rather than judge a partial list.`,
        'INCOMPLETE_RESULT',
        undefined,
        'GET /services/data/query OauthToken',
      );
    }
  }
  return tokens.sort((a, b) => a.createdDate.localeCompare(b.createdDate) || (a.userId ?? '').localeCompare(b.userId ?? '') || (a.appName ?? '').localeCompare(b.appName ?? ''));
}

function toToken(t: z.infer<typeof tokenRecord>): SfOauthToken {
  return {
    appName: t.AppName,
    appMenuItemId: t.AppMenuItemId,
    adminAuthorized: t.AppMenuItem?.IsUsingAdminAuthorization ?? null,
    appId: t.AppMenuItem?.ApplicationId ?? null,
    userId: t.UserId,
    username: t.User?.Username ?? null,
    useCount: t.UseCount ?? null,
    lastUsedDate: t.LastUsedDate,
    createdDate: t.CreatedDate,
  };
}

// ConnectedApplication (object reference): RefreshTokenValidityPeriod is Nillable and its unit (hours, days or months) is not a field;
// NamedUserUvidTimeout (API 59+) is the JWT-based access-token timeout in minutes, set only when the app issues JWT-based tokens.
const connectedAppRecord = z
  .object({
    Id: z.string(),
    Name: z.string(),
    OptionsAllowAdminApprovedUsersOnly: z.boolean().nullish(),
    OptionsAppIssueJwtTokenEnabled: z.boolean().nullish(),
    NamedUserUvidTimeout: z.union([z.string(), z.number()]).nullish(),
  })
  .passthrough();
const OPTIONAL_APP_FIELDS = ['OptionsAppIssueJwtTokenEnabled', 'NamedUserUvidTimeout'] as const;
const connectedAppMetadata = z
  .object({
    Metadata: z
      .object({
        oauthConfig: z.object({ scopes: z.array(z.string()).nullish() }).passthrough().nullish(),
        oauthPolicy: z.object({ ipRelaxation: z.string().nullish(), refreshTokenPolicy: z.string().nullish() }).passthrough().nullish(),
      })
      .passthrough()
      .nullish(),
  })
  .passthrough();
const ecaRecord = z.object({ Id: z.string(), MasterLabel: z.string().nullish(), DeveloperName: z.string() }).passthrough();
const ecaPolicyRecord = z
  .object({
    ExternalClientApplicationId: z.string(),
    PermittedUsersPolicyType: nullableString,
    IpRelaxationPolicyType: nullableString,
    RefreshTokenPolicyType: nullableString,
  })
  .passthrough();

/** Connected apps (REST, then Tooling Metadata one record per query) and External Client Apps where the org has them. */
export async function collectConnectedApps(ctx: CollectorContext): Promise<SfConnectedApp[]> {
  const apps: SfConnectedApp[] = [];
  const optional = await ctx.client.pickFields('ConnectedApplication', OPTIONAL_APP_FIELDS);
  const rows = await ctx.client.query(`SELECT Id, Name, OptionsAllowAdminApprovedUsersOnly${optional.present.map((f) => `, ${f}`).join('')} FROM ConnectedApplication ORDER BY Name`);
  const parsed = rows.map((row) => connectedAppRecord.parse(row));
  const metadata = await forEachRecordQuery(parsed, async (app) => {
    const [metaRow] = await ctx.client.query(`SELECT Id, Metadata FROM ConnectedApplication WHERE Id = ${soqlString(app.Id)}`, { tooling: true });
    return connectedAppMetadata.parse(metaRow ?? {}).Metadata;
  });
  for (const [i, app] of parsed.entries()) {
    const meta = metadata[i];
    apps.push({
      id: app.Id,
      name: app.Name,
      kind: 'connected-app',
      adminApprovedUsersOnly: app.OptionsAllowAdminApprovedUsersOnly ?? null,
      refreshTokenPolicy: meta?.oauthPolicy?.refreshTokenPolicy ?? null,
      scopes: meta?.oauthConfig?.scopes ?? [],
      ipRelaxation: meta?.oauthPolicy?.ipRelaxation ?? null,
      accessTokenTimeoutMinutes: app.OptionsAppIssueJwtTokenEnabled === true && app.NamedUserUvidTimeout !== null && app.NamedUserUvidTimeout !== undefined ? Number(app.NamedUserUvidTimeout) : null,
    });
  }
  const ecaFields = await ctx.client.fieldsOf('ExternalClientApplication');
  const policyFields = await ctx.client.pickFields('ExtlClntAppOauthPlcyCnfg', ['PermittedUsersPolicyType', 'IpRelaxationPolicyType', 'RefreshTokenPolicyType']);
  if (!ecaFields) {
    ctx.log.info('This org has no External Client Apps object; only connected apps were read.');
    return apps;
  }
  const ecas = (await ctx.client.query('SELECT Id, MasterLabel, DeveloperName FROM ExternalClientApplication ORDER BY DeveloperName')).map((r) => ecaRecord.parse(r));
  const policies = policyFields.present.length
    ? (await ctx.client.query(`SELECT ExternalClientApplicationId, ${policyFields.present.join(', ')} FROM ExtlClntAppOauthPlcyCnfg`)).map((r) => ecaPolicyRecord.parse(r))
    : [];
  for (const eca of ecas) {
    const policy = policies.find((p) => p.ExternalClientApplicationId === eca.Id);
    apps.push({
      id: eca.Id,
      name: eca.MasterLabel ?? eca.DeveloperName,
      kind: 'external-client-app',
      developerName: eca.DeveloperName,
      adminApprovedUsersOnly: policy?.PermittedUsersPolicyType ? policy.PermittedUsersPolicyType === 'AdminApprovedPreAuthorized' : null,
      refreshTokenPolicy: policy?.RefreshTokenPolicyType ?? null,
      scopes: [],
      ipRelaxation: policy?.IpRelaxationPolicyType ? policy.IpRelaxationPolicyType.toUpperCase() : null,
      accessTokenTimeoutMinutes: null,
    });
  }
  return apps;
}

