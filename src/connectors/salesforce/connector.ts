import { ZodError } from 'zod';
import type { CollectOptions, CollectedTenant, Connector, ConnectorRuntime } from '../../core/connector.js';
import { AuthError } from '../../core/errors.js';
import type { SectionError, Sections } from '../../core/model.js';
import { openSession } from './auth.js';
import { ApiBudgetExhausted, isRetryableRefusal, MissingPermission, SalesforceClient, SfRequestError } from './client.js';
import { collectSections } from '../../core/collect-sections.js';
import { tenantTransport } from '../../transport/tenant-transport.js';
import { TransportError } from '../../transport/transport-error.js';
import type { SalesforceTenantFields } from './config.js';
import { collectFieldClassification } from './collectors/classification.js';
import { readRunnerPermissions, type CollectorContext } from './collectors/context.js';
import { collectExperienceSites } from './collectors/experience-sites.js';
import { collectGuestCodeAccess } from './collectors/guest-code-access.js';
import { collectHealthCheck } from './collectors/health-check.js';
import { collectDirectLoginVerification, collectMfaMethods } from './collectors/mfa.js';
import { collectConnectedApps, collectOauthTokens } from './collectors/oauth.js';
import { collectOrganization } from './collectors/organization.js';
import { collectPermissionSetAssignments, collectPermissionSets, collectProfileLoginIpRanges } from './collectors/permissions.js';
import { collectApiAccessControl, collectSecuritySettings } from './collectors/security-settings.js';
import { collectContentLinks, collectCorsOrigins, collectGuestAccess, collectRemoteSites, collectSharingModels } from './collectors/sharing.js';
import { collectUsers } from './collectors/users.js';
import { salesforceSectionCatalog } from './sections.js';
import type { SalesforceShapes } from '../../snapshot/salesforce.js';

type SectionName = keyof SalesforceShapes & string;

/** Knobs tests turn; never part of the config file. */
export interface SalesforceTuning {
  /** OauthToken's per-query row cap and user ids per partition (the documented 2,500 and 200 by default). */
  oauthTokenRowCap?: number;
  oauthTokenUserBatch?: number;
  /** Sections read at the same time within one org. */
  concurrency?: number;
}

const collectors = (tuning: SalesforceTuning): { [K in SectionName]: (ctx: CollectorContext) => Promise<SalesforceShapes[K]> } => ({
  organization: collectOrganization,
  securitySettings: collectSecuritySettings,
  apiAccessControl: collectApiAccessControl,
  healthCheck: collectHealthCheck,
  users: collectUsers,
  permissionSets: collectPermissionSets,
  permissionSetAssignments: collectPermissionSetAssignments,
  profileLoginIpRanges: collectProfileLoginIpRanges,
  mfaMethods: collectMfaMethods,
  directLoginVerification: collectDirectLoginVerification,
  oauthTokens: (ctx) => collectOauthTokens(ctx, { rowCap: tuning.oauthTokenRowCap, userBatch: tuning.oauthTokenUserBatch }),
  connectedApps: collectConnectedApps,
  sharingModels: collectSharingModels,
  guestAccess: collectGuestAccess,
  guestCodeAccess: collectGuestCodeAccess,
  experienceSites: collectExperienceSites,
  contentLinks: collectContentLinks,
  corsOrigins: collectCorsOrigins,
  remoteSites: collectRemoteSites,
  fieldClassification: collectFieldClassification,
});

const PERMISSION_CODES = new Set(['INSUFFICIENT_ACCESS', 'INSUFFICIENT_ACCESS_OR_READONLY', 'INSUFFICIENT_PRIVILEGES']);
const MISSING_CODES = new Set(['INVALID_TYPE', 'NOT_FOUND', 'INVALID_FIELD']);

/** Turns a failed read into the section's error, naming the permission the catalog lists for it. */
export function toSectionError(section: SectionName, error: unknown): SectionError {
  const spec = salesforceSectionCatalog[section];
  const needed = spec.permissions.filter((p) => p !== 'API Enabled').join(', ');
  if (error instanceof AuthError) return { code: 'auth', message: error.message };
  if (error instanceof MissingPermission) return { code: 'permission', message: error.message, permission: error.permission };
  if (error instanceof ApiBudgetExhausted) return { code: 'budget', message: error.message };
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    return { code: 'shape', message: `Salesforce answered with an unexpected shape at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}.` };
  }
  if (error instanceof SfRequestError) {
    const base = { endpoint: error.endpoint, httpStatus: error.status };
    if (error.errorCode === 'FUNCTIONALITY_NOT_ENABLED') {
      // The org lacks the feature (edition, licence or a setting), not the user a permission: granting permissions would not help.
      return { ...base, code: 'licence', message: `${error.message} (FUNCTIONALITY_NOT_ENABLED). This org's edition or settings do not include the feature this section reads.`, licence: `the Salesforce feature behind ${error.endpoint}` };
    }
    if (PERMISSION_CODES.has(error.errorCode) || error.status === 403) {
      if (error.errorCode === 'REQUEST_LIMIT_EXCEEDED') return { ...base, code: 'throttled', message: `Salesforce refused the call: ${error.message} (REQUEST_LIMIT_EXCEEDED). Run again when the org's API allocation allows.` };
      return { ...base, code: 'permission', message: `${error.errorCode}: ${error.message}. The integration user needs ${needed}.`, permission: needed };
    }
    if (error.errorCode === 'REQUEST_LIMIT_EXCEEDED' || error.status === 429) {
      return { ...base, code: 'throttled', message: `Salesforce kept throttling the call: ${error.message}. Run again later or lower concurrency.` };
    }
    if (error.errorCode === 'API_DISABLED_FOR_ORG' || error.errorCode === 'API_CURRENTLY_DISABLED') {
      return { ...base, code: 'api_disabled', message: `${error.message}. The org's edition or the user's profile does not allow API access.`, licence: 'API access (Enterprise, Unlimited, Performance or Developer edition)' };
    }
    if (error.errorCode === 'INVALID_SESSION_ID') return { ...base, code: 'auth', message: `The session stopped being accepted mid-run: ${error.message}.` };
    if (MISSING_CODES.has(error.errorCode)) {
      return { ...base, code: 'not_found', message: `${error.errorCode}: ${error.message}. This org's edition, API version or features do not expose the object or field.` };
    }
    return { ...base, code: 'api_error', message: `${error.errorCode}: ${error.message}` };
  }
  return { code: 'api_error', message: error instanceof Error ? error.message : String(error) };
}

function authFailure(error: unknown, instanceUrl: string): AuthError {
  if (error instanceof SfRequestError && error.errorCode === 'INVALID_SESSION_ID') {
    if (/not valid for use with the REST API/i.test(error.message)) {
      return new AuthError(`${instanceUrl} refused the session for the REST API: API Access Control is probably on and the audit app is not approved. Install and approve the connected app, or pre-authorise the integration user.`);
    }
    return new AuthError(`${instanceUrl} refused the access token (INVALID_SESSION_ID: ${error.message}). Obtain a fresh token or check the JWT settings.`);
  }
  if (error instanceof SfRequestError && (error.status === 401 || error.status === 403) && error.errorCode !== 'REQUEST_LIMIT_EXCEEDED') {
    return new AuthError(`${instanceUrl} refused the audit user (${error.errorCode}: ${error.message}). Check that the user is active and has API Enabled.`);
  }
  if (error instanceof TransportError) return new AuthError(`Could not read the Salesforce organization at ${instanceUrl}: ${error.message}`);
  return new AuthError(`Could not read the Salesforce organization at ${instanceUrl}: ${error instanceof Error ? error.message : String(error)}`);
}

export function createSalesforceConnector(
  tenant: SalesforceTenantFields & { name: string },
  runtime: ConnectorRuntime,
  tuning: SalesforceTuning = {},
): Connector<'salesforce'> {
  return {
    provider: 'salesforce',
    async collect(options: CollectOptions<'salesforce'>): Promise<CollectedTenant<'salesforce'>> {
      const session = await openSession(tenant, runtime);
      const transport = tenantTransport([session.instanceUrl], runtime, options, { retryableAnswer: isRetryableRefusal });
      const client = new SalesforceClient(session, transport, { apiVersion: tenant.apiVersion, budgetShare: tenant.apiBudgetShare, log: options.log });
      let runnerPermissions: Promise<Set<string> | null> | undefined;
      const ctx: CollectorContext = {
        client,
        log: options.log,
        now: new Date(),
        runnerPermissions: () => (runnerPermissions ??= readRunnerPermissions(client)),
      };
      const table = collectors(tuning);

      // The organization is always read first: it identifies the org, and a refusal here means the tenant cannot be reached.
      let organization: SalesforceShapes['organization'];
      try {
        organization = await collectOrganization(ctx);
      } catch (error) {
        if (error instanceof ApiBudgetExhausted) throw new AuthError(error.message);
        throw authFailure(error, session.instanceUrl);
      }
      const rest = await collectSections<SalesforceShapes, SectionName>({
        wanted: options.sections.filter((name) => name !== 'organization'),
        read: (name) => table[name](ctx) as Promise<SalesforceShapes[typeof name]>,
        toError: toSectionError,
        log: options.log,
        signal: options.signal,
        concurrency: tuning.concurrency ?? 4,
      });
      const sections: Sections<SalesforceShapes> = {
        ...(options.sections.includes('organization') ? { organization: { status: 'ok' as const, data: organization } } : {}),
        ...rest,
      };
      const usage = client.usage;
      if (usage.allowance !== undefined) options.log.info(`used ${usage.calls} of the ${usage.allowance} API calls this run allowed itself.`);
      return {
        tenant: { name: tenant.name, provider: 'salesforce', id: organization.id, displayName: organization.name },
        sections,
      };
    },
  };
}
