import { admin, type admin_directory_v1, type admin_reports_v1 } from '@googleapis/admin';
import { cloudidentity, type cloudidentity_v1 } from '@googleapis/cloudidentity';
import type { OAuth2Client } from 'google-auth-library';
import type { GwsTenantFields } from './config.js';
import type { GwsHttp } from './http.js';

export const DEFAULT_ENDPOINTS = {
  admin: 'https://admin.googleapis.com/',
  cloudIdentity: 'https://cloudidentity.googleapis.com/',
  driveLabels: 'https://drivelabels.googleapis.com/',
} as const;

/** Everything a collector needs; built per tenant, never shared between tenants. */
export interface CollectorContext {
  http: GwsHttp;
  directory: admin_directory_v1.Admin;
  reports: admin_reports_v1.Admin;
  policyApi: cloudidentity_v1.Cloudidentity;
  auth: OAuth2Client;
  customerId: string;
  driveLabelsBase: string;
  optIn: { userTokens: boolean };
  now: Date;
}

const withSlash = (url: string) => (url.endsWith('/') ? url : `${url}/`);

/** The API roots a tenant's requests may go to: Google's, or the configured overrides. */
export function gwsEndpoints(tenant: GwsTenantFields): Record<keyof typeof DEFAULT_ENDPOINTS, string> {
  return {
    admin: withSlash(tenant.endpoints?.admin ?? DEFAULT_ENDPOINTS.admin),
    cloudIdentity: withSlash(tenant.endpoints?.cloudIdentity ?? DEFAULT_ENDPOINTS.cloudIdentity),
    driveLabels: withSlash(tenant.endpoints?.driveLabels ?? DEFAULT_ENDPOINTS.driveLabels),
  };
}

export function buildClients(tenant: GwsTenantFields, auth: OAuth2Client, http: GwsHttp, now: Date): CollectorContext {
  const roots = gwsEndpoints(tenant);
  const adminRoot = roots.admin;
  const ciRoot = roots.cloudIdentity;
  // googleapis-common pins its own google-auth-library copy; it only duck-types the client (request/getRequestHeaders).
  const apiAuth = auth as unknown as admin_directory_v1.Options['auth'];
  const ciAuth = auth as unknown as cloudidentity_v1.Options['auth'];
  return {
    http,
    directory: admin({ version: 'directory_v1', auth: apiAuth, rootUrl: adminRoot }),
    reports: admin({ version: 'reports_v1', auth: apiAuth as admin_reports_v1.Options['auth'], rootUrl: adminRoot }),
    policyApi: cloudidentity({ version: 'v1', auth: ciAuth, rootUrl: ciRoot }),
    auth,
    customerId: tenant.customerId ?? 'my_customer',
    driveLabelsBase: roots.driveLabels,
    optIn: { userTokens: tenant.optIn?.userTokens === true },
    now,
  };
}

