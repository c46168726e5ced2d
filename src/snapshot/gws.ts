/**
 * The Google Workspace snapshot: what the connector hands to checks. Field names follow the Admin SDK
 * and the Cloud Identity Policy API so evidence reads like the API; ids are bare (no "orgUnits/",
 * "groups/" or "id:" prefixes).
 */

export interface GwsDomain {
  domainName: string;
  isPrimary: boolean;
  verified: boolean;
}

export interface GwsCustomer {
  id: string;
  customerDomain: string;
  organizationName: string | null;
  domains: GwsDomain[];
}

export interface GwsOrgUnit {
  /** Bare id, as in orgUnits/<id> (the Directory API's "id:" prefix removed). */
  id: string;
  /** "/" for the top OU. */
  path: string;
  name: string;
  parentId: string | null;
}

export interface GwsGroupRef {
  /** Bare id, or the raw value Google returned when it is not of the form groups/<id>. */
  id: string;
  email: string | null;
  name: string | null;
}

/** One explicitly set Policy API policy ("source of truth"), not yet reduced or inherited. */
export interface GwsPolicy {
  name: string;
  /** SYSTEM or ADMIN. */
  type: string;
  /** The setting type without the "settings/" prefix, e.g. "security.password". */
  setting: string;
  value: Record<string, unknown>;
  /** Bare OU id; null when Google returned no orgUnit (the policy then applies to the top OU). */
  orgUnitId: string | null;
  /** Bare group id when the policy targets a group. */
  groupId: string | null;
  sortOrder: number;
  /** The CEL query, when Google returned one. */
  query: string | null;
}

export interface GwsPolicies {
  rootOrgUnitId: string;
  orgUnits: GwsOrgUnit[];
  /** The groups the policies target, resolved to email/name where the Directory API allowed it. */
  groups: GwsGroupRef[];
  policies: GwsPolicy[];
}

export interface GwsUser {
  id: string;
  primaryEmail: string;
  /** Super admin. */
  isAdmin: boolean;
  /** Holds a delegated admin role. */
  isDelegatedAdmin: boolean;
  suspended: boolean;
  archived: boolean;
  isEnrolledIn2Sv: boolean;
  isEnforcedIn2Sv: boolean;
  orgUnitPath: string;
  lastLoginTime: string | null;
}

export interface GwsRole {
  roleId: string;
  roleName: string;
  isSuperAdminRole: boolean;
  isSystemRole: boolean;
}

export interface GwsRoleAssignment {
  roleAssignmentId: string;
  roleId: string;
  /** User (or group / service account) id. */
  assignedTo: string;
  assigneeType: string;
  scopeType: string;
  orgUnitId: string | null;
}

export interface GwsAdminRoles {
  roles: GwsRole[];
  assignments: GwsRoleAssignment[];
}

export interface GwsOAuthApp {
  clientId: string;
  appName: string;
  /** Union of the scopes users granted this app. */
  scopes: string[];
  /** Users who granted it (emails), deduplicated. */
  users: string[];
  lastAuthorized: string | null;
  /** Reports: client_type (WEB, NATIVE_ANDROID, …); tokens.list: "native" or "web". */
  clientType: string | null;
}

export interface GwsOAuthGrants {
  /** Reports API token "authorize" events (read-only) or Directory tokens.list (opt-in, write-capable scope). */
  source: 'reports-token-events' | 'directory-tokens';
  /** Oldest event time read (Reports keeps about 6 months); null for tokens.list. */
  since: string | null;
  apps: GwsOAuthApp[];
  /** True when the page budget ran out before the log was read to its end. */
  truncated: boolean;
}

export interface GwsDriveLabel {
  id: string;
  title: string;
  /** PUBLISHED, UNPUBLISHED_DRAFT, DISABLED, DELETED. */
  state: string;
  labelType: string;
  publishTime: string | null;
}

export interface GwsDriveLabels {
  labels: GwsDriveLabel[];
}

/** Context-Aware Access is not in the Policy API: inferred from the newest admin audit event. */
export interface GwsContextAwareAccess {
  source: 'admin-log';
  /** How far back the admin log reaches. */
  retentionDays: number;
  latest: { time: string; enabled: boolean; rawValue: string; actor: string | null } | null;
}

/**
 * Admin console settings the Policy API does not expose, with the admin-log setting names (SETTING_NAME)
 * ScubaGoggles 1.0.1 reads them by (Commoncontrols.rego 3.1/3.2, Gmail.rego 13.1, Meet.rego 6.1/6.2).
 */
export const ADMIN_LOG_SETTINGS = {
  postSsoVerification: 'SsoPolicyProto challenge_selection_behavior',
  postSsoVerificationOtherProfiles: 'SsoPolicyProto sso_profile_challenge_selection_behavior',
  untrustedRecipientWarning: 'OutOfDomainWarningProto disable_untrusted_recipient_warning',
  meetNotesSharingOverride: 'MeetGenAiSmartNotesDocAccessProto manage_smart_notes_doc_access',
  meetNotesDefaultSharing: 'MeetGenAiSmartNotesDocAccessProto default_smart_notes_doc_access',
} as const;

/** The newest admin-log change of one setting at one OU (or group). */
export interface GwsAdminSettingChange {
  /** SETTING_NAME, one of ADMIN_LOG_SETTINGS. */
  setting: string;
  /** ORG_UNIT_NAME as logged (an OU path or name); null when the event names only a group. */
  orgUnit: string | null;
  /** GROUP_EMAIL, for a group override. */
  group: string | null;
  /** NEW_VALUE; null for DELETE_APPLICATION_SETTING (the OU inherits again). */
  value: string | null;
  event: 'CREATE_APPLICATION_SETTING' | 'CHANGE_APPLICATION_SETTING' | 'DELETE_APPLICATION_SETTING';
  time: string;
  actor: string | null;
}

/** Settings read from the admin audit log: only changes within its retention are seen. */
export interface GwsAdminSettingChanges {
  source: 'admin-log';
  retentionDays: number;
  /** True when the page cap cut the read short (older changes were not seen). */
  truncated: boolean;
  changes: GwsAdminSettingChange[];
}

export interface GwsShapes {
  customer: GwsCustomer;
  policies: GwsPolicies;
  users: GwsUser[];
  adminRoles: GwsAdminRoles;
  oauthGrants: GwsOAuthGrants;
  /** Opt-in (optIn.userTokens): per-user tokens.list needs a scope that can also delete tokens. */
  userTokens: GwsOAuthGrants;
  driveLabels: GwsDriveLabels;
  contextAwareAccess: GwsContextAwareAccess;
  adminSettingChanges: GwsAdminSettingChanges;
}
