import type { SectionCatalog } from '../../core/connector.js';

export const SCOPE = {
  policies: 'https://www.googleapis.com/auth/cloud-identity.policies.readonly',
  users: 'https://www.googleapis.com/auth/admin.directory.user.readonly',
  orgUnits: 'https://www.googleapis.com/auth/admin.directory.orgunit.readonly',
  groups: 'https://www.googleapis.com/auth/admin.directory.group.readonly',
  roles: 'https://www.googleapis.com/auth/admin.directory.rolemanagement.readonly',
  domains: 'https://www.googleapis.com/auth/admin.directory.domain.readonly',
  customer: 'https://www.googleapis.com/auth/admin.directory.customer.readonly',
  audit: 'https://www.googleapis.com/auth/admin.reports.audit.readonly',
  labels: 'https://www.googleapis.com/auth/drive.admin.labels.readonly',
  /** Opt-in only: the one scope that reads tokens.list also allows tokens.delete. */
  userSecurity: 'https://www.googleapis.com/auth/admin.directory.user.security',
} as const;

export const gwsSectionCatalog: SectionCatalog<'gws'> = {
  customer: {
    endpoints: ['GET /admin/directory/v1/customers/{customerKey}', 'GET /admin/directory/v1/customer/{customer}/domains'],
    permissions: [SCOPE.customer, SCOPE.domains],
  },
  policies: {
    endpoints: [
      'GET https://cloudidentity.googleapis.com/v1/policies',
      'GET /admin/directory/v1/customer/{customer}/orgunits?type=ALL_INCLUDING_PARENT',
      'GET /admin/directory/v1/groups/{groupKey}',
    ],
    permissions: [SCOPE.policies, SCOPE.orgUnits, SCOPE.groups, 'subject must be a super admin (Policy API)'],
  },
  users: {
    endpoints: ['GET /admin/directory/v1/users?customer={customer}&maxResults=500'],
    permissions: [SCOPE.users],
  },
  adminRoles: {
    endpoints: ['GET /admin/directory/v1/customer/{customer}/roles', 'GET /admin/directory/v1/customer/{customer}/roleassignments'],
    permissions: [SCOPE.roles],
  },
  oauthGrants: {
    endpoints: ['GET /admin/reports/v1/activity/users/all/applications/token?eventName=authorize'],
    permissions: [SCOPE.audit],
  },
  userTokens: {
    endpoints: ['GET /admin/directory/v1/users/{userKey}/tokens'],
    // Opt-in (optIn.userTokens: true, see the set-up steps): the scope below is what makes the section write-capable.
    permissions: [SCOPE.userSecurity, SCOPE.users],
    writeCapable: true,
  },
  driveLabels: {
    endpoints: ['GET https://drivelabels.googleapis.com/v2/labels?useAdminAccess=true&view=LABEL_VIEW_FULL'],
    permissions: [SCOPE.labels],
  },
  contextAwareAccess: {
    endpoints: ['GET /admin/reports/v1/activity/users/all/applications/admin?eventName=TOGGLE_CAA_ENABLEMENT'],
    permissions: [SCOPE.audit],
  },
  adminSettingChanges: {
    endpoints: ['GET /admin/reports/v1/activity/users/all/applications/admin?eventName={CREATE,CHANGE,DELETE}_APPLICATION_SETTING'],
    permissions: [SCOPE.audit],
  },
};

/** The read-only scopes to authorise for the service account (tokens.list's scope is opt-in and excluded). */
export function gwsScopes(options: { userTokens?: boolean } = {}): string[] {
  const all = new Set<string>();
  for (const spec of Object.values(gwsSectionCatalog)) {
    if (spec.writeCapable && !options.userTokens) continue;
    for (const p of spec.permissions) if (p.startsWith('https://')) all.add(p);
  }
  return [...all].sort();
}

export const gwsSetupSteps: string[] = [
  'In a Google Cloud project, enable the Admin SDK API, the Cloud Identity API and the Drive Labels API (APIs & Services > Library).',
  'Create a service account in that project and a JSON key for it; keep the key out of the config (keyFile path or keyEnv variable). Note the service account’s Client ID (Unique ID).',
  `In the tenant’s Admin console > Security > Access and data control > API controls > Manage Domain Wide Delegation, add that Client ID with these read-only scopes (or only those the permissions table lists for the checks you run; asking for a scope not authorised there fails the token request): ${gwsScopes().join(',')}`,
  'Set auth.subject to a super admin of the tenant: the Policy API answers only super admins. An MSP authorises delegation in each client tenant, with that tenant’s super admin as subject.',
  `Optional, write-capable: per-user OAuth tokens (tokens.list) need ${SCOPE.userSecurity}, which also allows revoking tokens. Add it and set optIn.userTokens: true only if you accept that; otherwise grants come from the read-only Reports token log.`,
  'Quota: the Directory API allows 2,400 queries per minute per user per project; tenants audited with one project share it, so audit them with modest concurrency.',
];
