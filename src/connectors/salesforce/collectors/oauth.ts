import { z } from 'zod';
import type { SfConnectedApp, SfOauthToken } from '../../../snapshot/salesforce.js';
import { nullableString, requirePermission, soqlString, type CollectorContext } from './context.js';

/** OauthToken answers at most 2,500 rows per query, so it is read in keyset partitions below that cap. */
export const OAUTH_TOKEN_PARTITION = 2000;

const tokenRecord = z
  .object({
    Id: z.string(),
    AppName: z.string(),
    AppMenuItemId: nullableString,
    AppMenuItem: z.object({ IsUsingAdminAuthorization: z.boolean().nullish(), ApplicationId: z.string().nullish() }).passthrough().nullish(),
    UserId: z.string(),
    User: z.object({ Username: z.string().nullish() }).passthrough().nullish(),
    UseCount: z.number().nullish(),
    LastUsedDate: nullableString,
    CreatedDate: z.string(),
  })
  .passthrough();

function soqlDateTime(value: string): string {
  return new Date(value).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export async function collectOauthTokens(ctx: CollectorContext, partition = OAUTH_TOKEN_PARTITION): Promise<SfOauthToken[]> {
  await requirePermission(ctx, 'CustomizeApplication', 'OauthToken returns only the integration user\'s own tokens, which would under-report every other user');
  const fields = 'Id, AppName, AppMenuItemId, AppMenuItem.IsUsingAdminAuthorization, AppMenuItem.ApplicationId, UserId, User.Username, UseCount, LastUsedDate, CreatedDate';
  const tokens: SfOauthToken[] = [];
  let after: { created: string; id: string } | undefined;
  for (;;) {
    const where = after
      ? ` WHERE CreatedDate > ${soqlDateTime(after.created)} OR (CreatedDate = ${soqlDateTime(after.created)} AND Id > ${soqlString(after.id)})`
      : '';
    const rows = await ctx.client.query(`SELECT ${fields} FROM OauthToken${where} ORDER BY CreatedDate, Id LIMIT ${partition}`);
    for (const row of rows) {
      const t = tokenRecord.parse(row);
      tokens.push({
        id: t.Id,
        appName: t.AppName,
        appMenuItemId: t.AppMenuItemId,
        adminAuthorized: t.AppMenuItem?.IsUsingAdminAuthorization ?? null,
        appId: t.AppMenuItem?.ApplicationId ?? null,
        userId: t.UserId,
        username: t.User?.Username ?? null,
        useCount: t.UseCount ?? null,
        lastUsedDate: t.LastUsedDate,
        createdDate: t.CreatedDate,
      });
    }
    const last = tokens.at(-1);
    if (rows.length < partition || !last) break;
    after = { created: last.createdDate, id: last.id };
  }
  return tokens;
}

const connectedAppRecord = z.object({ Id: z.string(), Name: z.string(), OptionsAllowAdminApprovedUsersOnly: z.boolean().nullish() }).passthrough();
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
  const rows = await ctx.client.query('SELECT Id, Name, OptionsAllowAdminApprovedUsersOnly FROM ConnectedApplication ORDER BY Name');
  for (const row of rows) {
    const app = connectedAppRecord.parse(row);
    const [metaRow] = await ctx.client.query(`SELECT Id, Metadata FROM ConnectedApplication WHERE Id = ${soqlString(app.Id)}`, { tooling: true });
    const meta = connectedAppMetadata.parse(metaRow ?? {}).Metadata;
    apps.push({
      id: app.Id,
      name: app.Name,
      kind: 'connected-app',
      adminApprovedUsersOnly: app.OptionsAllowAdminApprovedUsersOnly ?? null,
      refreshTokenPolicy: meta?.oauthPolicy?.refreshTokenPolicy ?? null,
      scopes: meta?.oauthConfig?.scopes ?? [],
      ipRelaxation: meta?.oauthPolicy?.ipRelaxation ?? null,
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
    });
  }
  return apps;
}

