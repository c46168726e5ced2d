import type { TeamsAppPermissionPolicy, TeamsClientConfiguration, TeamsFederationConfiguration, TeamsMeetingPolicy } from './m365-teams.js';

export type { TeamsAppPermissionPolicy, TeamsClientConfiguration, TeamsFederationConfiguration, TeamsMeetingPolicy } from './m365-teams.js';

/**
 * The Microsoft 365 snapshot: what the connector hands to checks. Each key is a section
 * collected on its own; field names follow Microsoft Graph so evidence reads like the API.
 */

import type { PowerPlatformDlpPolicy, PowerPlatformEnvironment, PowerPlatformTenantIsolation, PowerPlatformTenantSettings } from './m365-power-platform.js';

export type { PowerPlatformAllowedTenant, PowerPlatformDlpPolicy, PowerPlatformEnvironment, PowerPlatformTenantIsolation, PowerPlatformTenantSettings } from './m365-power-platform.js';

export interface M365Licences {
  skus: { skuId: string; skuPartNumber: string; capabilityStatus: string }[];
  /** Service plan names provisioned (status Success) in any enabled SKU, e.g. AAD_PREMIUM_P2. */
  servicePlans: string[];
  entraP1: boolean;
  entraP2: boolean;
}

export interface M365Organization {
  id: string;
  displayName: string;
  verifiedDomains: { name: string; isDefault: boolean; isInitial: boolean }[];
  onPremisesSyncEnabled: boolean | null;
}

export interface M365SecurityDefaults {
  isEnabled: boolean;
}

export interface CaUsersCondition {
  includeUsers: string[];
  excludeUsers: string[];
  includeGroups: string[];
  excludeGroups: string[];
  includeRoles: string[];
  excludeRoles: string[];
  /** Present when the policy targets or excludes guests by type. */
  includeGuestsOrExternalUsers: unknown | null;
  excludeGuestsOrExternalUsers: unknown | null;
}

/** A Conditional Access filter (conditionalAccessFilter): the rule's matches are included or excluded. */
export interface CaFilter {
  mode: 'include' | 'exclude' | string;
  rule: string;
}

/**
 * The authentication strength a grant requires, as the policy list embeds it
 * (https://learn.microsoft.com/graph/api/resources/authenticationstrengthpolicy).
 */
export interface CaAuthenticationStrength {
  id: string;
  displayName?: string;
  /** builtIn or custom. */
  policyType?: string | null;
  /** mfa when satisfying the strength grants the MFA claim; none when it does not. */
  requirementsSatisfied?: string | null;
  /**
   * The method combinations that satisfy it, e.g. fido2, password,microsoftAuthenticatorPush. Absent in
   * snapshots saved before it was collected: then only the built-in strengths are recognised, by id.
   */
  allowedCombinations?: string[];
}

export interface CaPolicy {
  id: string;
  displayName: string;
  /** Names of the users and groups the policy includes or excludes, by object id, where they resolve. */
  principalNames?: Record<string, string>;
  state: 'enabled' | 'disabled' | 'enabledForReportingButNotEnforced' | string;
  conditions: {
    users: CaUsersCondition;
    applications: {
      includeApplications: string[];
      excludeApplications: string[];
      includeUserActions: string[];
      /** Authentication contexts (c1 …) the policy protects instead of applications. */
      includeAuthenticationContextClassReferences?: string[];
      /** Applications picked by custom security attributes. */
      applicationFilter?: CaFilter | null;
    };
    /** Workload identities the policy targets instead of users. */
    clientApplications?: { includeServicePrincipals: string[]; excludeServicePrincipals: string[] } | null;
    clientAppTypes: string[];
    userRiskLevels: string[];
    signInRiskLevels: string[];
    servicePrincipalRiskLevels?: string[];
    /** A comma-separated flags value (minor, moderate, elevated); null when the condition is not set. */
    insiderRiskLevels?: string | null;
    platforms: { includePlatforms: string[]; excludePlatforms: string[] } | null;
    locations: { includeLocations: string[]; excludeLocations: string[] } | null;
    /** transferMethods is a comma-separated flags value: deviceCodeFlow, authenticationTransfer. */
    authenticationFlows: { transferMethods: string } | null;
    devices?: { deviceFilter: CaFilter | null } | null;
  };
  grantControls: {
    operator: string;
    builtInControls: string[];
    authenticationStrength: CaAuthenticationStrength | null;
  } | null;
  sessionControls: {
    signInFrequency: { isEnabled: boolean; value?: number | null; type?: string | null } | null;
    persistentBrowser: { isEnabled: boolean; mode?: string } | null;
  } | null;
}

export interface NamedLocation {
  id: string;
  displayName: string;
  kind: 'ip' | 'country' | 'other';
  isTrusted: boolean;
  ipRanges: string[];
  countriesAndRegions: string[];
}

export interface AuthenticatorFeatureState {
  state: string;
  includeTarget?: { targetType: string; id: string };
  /** Who the feature is withheld from; the all-zero id means nobody. */
  excludeTarget?: { targetType: string; id: string };
}

export interface AuthMethodConfiguration {
  /** Graph's id: Sms, Voice, Email, MicrosoftAuthenticator, Fido2, TemporaryAccessPass, SoftwareOath, X509Certificate … */
  id: string;
  state: 'enabled' | 'disabled' | string;
  includeTargets: { targetType: string; id: string }[];
  /**
   * MicrosoftAuthenticator only: whether users may use the app's one-time codes (OTP). Graph documents it as
   * a nullable Boolean; absent in snapshots saved before it was collected.
   */
  isSoftwareOathEnabled?: boolean | null;
  /** MicrosoftAuthenticator only. */
  featureSettings?: {
    displayAppInformationRequiredState?: AuthenticatorFeatureState;
    displayLocationInformationRequiredState?: AuthenticatorFeatureState;
    numberMatchingRequiredState?: AuthenticatorFeatureState;
  };
}

export interface M365AuthMethodsPolicy {
  /** preMigration, migrationInProgress or migrationComplete; null in tenants that never had legacy MFA/SSPR method policies. */
  policyMigrationState: string | null;
  registrationEnforcement: {
    snoozeDurationInDays?: number;
    state?: string;
  } | null;
  methods: AuthMethodConfiguration[];
}

export interface UserRegistrationDetail {
  id: string;
  userPrincipalName: string;
  userDisplayName: string;
  userType: 'member' | 'guest' | string;
  isAdmin: boolean;
  isMfaCapable: boolean;
  isMfaRegistered: boolean;
  isPasswordlessCapable: boolean;
  methodsRegistered: string[];
}

export interface DirectoryPrincipal {
  id: string;
  type: 'user' | 'group' | 'servicePrincipal' | 'unknown';
  displayName: string;
  userPrincipalName?: string;
  /** Users only: Member or Guest. */
  userType?: string;
  appId?: string;
  accountEnabled?: boolean | null;
  onPremisesSyncEnabled?: boolean | null;
  /**
   * Set when the account is anchored to an on-premises or federated identity (synchronised, or signed in
   * through another identity provider); null for a cloud-only account.
   */
  onPremisesImmutableId?: string | null;
  /**
   * Groups only: the users the group holds, transitively (role-assignable groups pass their role to
   * every member). Null when the members could not be read (e.g. a group from another tenant).
   */
  members?: DirectoryPrincipal[] | null;
}

export interface RoleAssignment {
  id: string;
  roleDefinitionId: string;
  /** Resolved from roleDefinitions; the template id for built-in roles. */
  roleName: string;
  directoryScopeId: string;
  principalId: string;
  principal: DirectoryPrincipal | null;
  /** 'active' for roleAssignments; 'eligible' for PIM eligibility schedule instances. */
  assignment: 'active' | 'eligible';
}

export interface M365AuthorizationPolicy {
  allowInvitesFrom: string;
  guestUserRoleId: string;
  allowedToSignUpEmailBasedSubscriptions: boolean;
  allowEmailVerifiedUsersToJoinOrganization: boolean;
  blockMsolPowerShell: boolean | null;
  allowUserConsentForRiskyApps: boolean | null;
  defaultUserRolePermissions: {
    allowedToCreateApps: boolean;
    allowedToCreateSecurityGroups: boolean;
    allowedToCreateTenants: boolean | null;
    allowedToReadOtherUsers: boolean;
    permissionGrantPoliciesAssigned: string[];
  };
}

export interface M365AdminConsentRequestPolicy {
  isEnabled: boolean;
  notifyReviewers: boolean;
  remindersEnabled: boolean;
  requestDurationInDays: number;
  reviewers: { query: string; queryType: string; queryRoot: string | null }[];
}

export interface CredentialRestriction {
  restrictionType: string;
  state: string | null;
  maxLifetime: string | null;
  restrictForAppsCreatedAfterDateTime: string | null;
}

/**
 * The tenant default app management policy (https://learn.microsoft.com/graph/api/resources/tenantappmanagementpolicy).
 * Graph keeps two parallel restriction sets; both apply and both are judged.
 */
export interface M365AppManagementPolicy {
  isEnabled: boolean;
  /** applicationRestrictions.passwordCredentials: app registrations. */
  passwordCredentials: CredentialRestriction[];
  /** applicationRestrictions.keyCredentials: app registrations. */
  keyCredentials: CredentialRestriction[];
  /**
   * servicePrincipalRestrictions: service principals (enterprise apps), whose own credentials the
   * application restrictions do not govern. Absent in snapshots saved before it was collected.
   */
  servicePrincipalRestrictions?: { passwordCredentials: CredentialRestriction[]; keyCredentials: CredentialRestriction[] };
}

export interface OAuth2PermissionGrant {
  id: string;
  clientId: string;
  consentType: 'AllPrincipals' | 'Principal' | string;
  principalId: string | null;
  resourceId: string;
  scopes: string[];
}

export interface ServicePrincipal {
  id: string;
  appId: string;
  displayName: string;
  appOwnerOrganizationId: string | null;
  servicePrincipalType: string;
  accountEnabled: boolean;
  publisherName: string | null;
  verifiedPublisher: { displayName: string | null; verifiedPublisherId: string | null } | null;
  passwordCredentialCount: number;
  keyCredentialCount: number;
}

/**
 * An application permission (app role) granted to a principal, read from appRoleAssignedTo on the API's
 * service principal. Despite the section's name (kept: checks, the README and saved snapshots use it),
 * it covers three APIs: Microsoft Graph (00000003-0000-0000-c000-000000000000), Office 365 Exchange
 * Online (00000002-0000-0ff1-ce00-000000000000: full_access_as_app, Exchange.ManageAsApp, Mail.*) and
 * Office 365 SharePoint Online (00000003-0000-0ff1-ce00-000000000000: Sites.FullControl.All …). A tenant
 * without Exchange or SharePoint has no service principal for it, and so no rows for it.
 */
export interface GraphAppRoleAssignment {
  id: string;
  principalId: string;
  principalDisplayName: string;
  appRoleId: string;
  /** The permission's value, e.g. Mail.ReadWrite; null when the role id is unknown. */
  permission: string | null;
  /** appId of the API the permission is on (one of the three above). */
  resourceAppId: string;
  /** The API's service principal name as the tenant shows it, e.g. "Office 365 Exchange Online". */
  resourceDisplayName: string;
}

/**
 * How the tenant classifies a Microsoft Graph delegated permission (Enterprise apps > Consent and
 * permissions > Permission classifications). The user-consent setting "verified publishers, selected
 * permissions" (ManagePermissionGrantsForSelf.microsoft-user-default-low) lets users consent to exactly
 * the permissions classified low.
 */
export interface DelegatedPermissionClassification {
  id: string;
  /** The permission's id among Microsoft Graph's oauth2PermissionScopes. */
  permissionId: string;
  /** The scope's value, e.g. User.Read; the id when Graph gave no name. */
  permissionName: string;
  /** low, medium or high (medium and high are in preview). */
  classification: 'low' | 'medium' | 'high' | string;
}

export interface M365Application {
  id: string;
  appId: string;
  displayName: string;
  passwordCredentials: { keyId: string; displayName: string | null; endDateTime: string | null }[];
  keyCredentials: { keyId: string; displayName: string | null; endDateTime: string | null }[];
}

export interface M365SharePointSettings {
  sharingCapability: string;
  sharingDomainRestrictionMode: string;
  sharingAllowedDomainList: string[];
  sharingBlockedDomainList: string[];
  isResharingByExternalUsersEnabled: boolean;
  isLegacyAuthProtocolsEnabled: boolean;
  isUnmanagedSyncAppForTenantRestricted: boolean | null;
  personalSiteDefaultStorageLimitInMB: number | null;
}

export interface CrossTenantAccessTargets {
  accessType: string;
  targets: { target: string; targetType: string }[];
}

export interface CrossTenantInboundOutbound {
  usersAndGroups: CrossTenantAccessTargets | null;
  applications: CrossTenantAccessTargets | null;
}

export interface M365CrossTenantDefault {
  b2bCollaborationInbound: CrossTenantInboundOutbound | null;
  b2bCollaborationOutbound: CrossTenantInboundOutbound | null;
  b2bDirectConnectInbound: CrossTenantInboundOutbound | null;
  b2bDirectConnectOutbound: CrossTenantInboundOutbound | null;
  inboundTrust: {
    isMfaAccepted: boolean;
    isCompliantDeviceAccepted: boolean;
    isHybridAzureADJoinedDeviceAccepted: boolean;
  } | null;
}

export interface CrossTenantPartner {
  tenantId: string;
  isServiceProvider: boolean | null;
  b2bCollaborationInbound: CrossTenantInboundOutbound | null;
  b2bDirectConnectInbound: CrossTenantInboundOutbound | null;
  inboundTrust: M365CrossTenantDefault['inboundTrust'];
}

/** The B2B invitation domain list (beta legacy policies, B2BManagementPolicy). */
export interface M365B2BInvitePolicy {
  mode: 'allowList' | 'blockList' | 'none';
  domains: string[];
}

export interface SensitivityLabel {
  id: string;
  name: string;
  isActive: boolean;
  /** e.g. email, file, site, unifiedGroup, teamwork, schematizedData. */
  applicableTo: string[];
  parentId: string | null;
}

export interface M365GroupSettings {
  /** Group.Unified EnableMIPLabels; null when the tenant never created the setting (default false). */
  enableMipLabels: boolean | null;
}

export interface M365Domain {
  id: string;
  isVerified: boolean;
  isDefault: boolean;
  authenticationType: string;
  passwordValidityPeriodInDays: number | null;
}

export interface BreakGlassAccount {
  /** As written in the config: a UPN or an object id. */
  configured: string;
  id: string | null;
  userPrincipalName: string | null;
  found: boolean;
}

/**
 * An active directory-role assignment as PIM schedules it (Entra ID P2): the same assignments as
 * roleAssignments, plus how long each lasts. Principals are named through roleAssignments.
 */
export interface RoleAssignmentScheduleInstance {
  id: string;
  principalId: string;
  roleDefinitionId: string;
  directoryScopeId: string;
  /** Assigned: given by an admin (permanent or time-bound); Activated: turned on from a PIM eligibility. */
  assignmentType: 'Assigned' | 'Activated' | string;
  /** Direct, Group (through a role-assignable group) or Inherited. */
  memberType: string;
  startDateTime: string | null;
  /** Null when the assignment never ends. */
  endDateTime: string | null;
}

/** One notification rule of a role's PIM settings (unifiedRoleManagementPolicyNotificationRule). */
export interface RoleNotificationRule {
  /** e.g. Notification_Admin_Admin_Assignment (an admin assigns active), Notification_Admin_EndUser_Assignment (a user activates). */
  id: string;
  recipientType: 'Admin' | 'Requestor' | 'Approver' | string;
  /** None, Critical or All. */
  notificationLevel: string;
  isDefaultRecipientsEnabled: boolean;
  notificationRecipients: string[];
}

/**
 * PIM settings (the rules of a unifiedRoleManagementPolicy) as checks judge them, the same for a
 * directory role and for a group's membership. A null field means Graph returned no such rule.
 */
export interface PimSettings {
  policyId: string;
  activation: {
    /** Approval_EndUser_Assignment setting.isApprovalRequired. */
    approvalRequired: boolean | null;
    /** Primary approvers named across the approval stages (none named: the default approvers apply). */
    approverCount: number;
    /** Expiration_EndUser_Assignment maximumDuration (ISO 8601, e.g. PT8H). */
    maximumDuration: string | null;
    /** Enablement_EndUser_Assignment enabledRules: MultiFactorAuthentication, Justification, Ticketing. */
    enabledRules: string[] | null;
    /** AuthenticationContext_EndUser_Assignment. */
    authenticationContext: { isEnabled: boolean; claimValue: string | null } | null;
  };
  /** Expiration_Admin_Assignment isExpirationRequired is false: admins may assign the role active for ever. */
  permanentActiveAllowed: boolean | null;
  /** Expiration_Admin_Eligibility isExpirationRequired is false: admins may make users eligible for ever. */
  permanentEligibleAllowed: boolean | null;
  notifications: RoleNotificationRule[];
}

/** The PIM settings of one directory role. */
export interface RoleManagementPolicy extends PimSettings {
  roleDefinitionId: string;
  roleName: string;
}

/**
 * One membership or ownership of a group that PIM for Groups schedules
 * (privilegedAccessGroupEligibilityScheduleInstance / privilegedAccessGroupAssignmentScheduleInstance).
 */
export interface PimGroupAccess {
  id: string;
  principalId: string;
  /** The resolved principal; null when the directory does not know it (deleted, or another tenant's). */
  principal: DirectoryPrincipal | null;
  /** member or owner. */
  accessId: string;
  /** direct, or group (reached through another group). */
  memberType: string;
  /** Active instances only: Assigned (given by an admin) or Activated (turned on from an eligibility). */
  assignmentType: string | null;
  startDateTime: string | null;
  /** Null when it never ends. */
  endDateTime: string | null;
}

/**
 * A role-assignable group under PIM for Groups: who may activate membership (eligible), who holds it
 * now through PIM (active), and the PIM settings of its membership. A group holding a directory role
 * passes that role to every member, so an eligible member is an eligible role holder.
 */
export interface PimGroup {
  groupId: string;
  displayName: string;
  eligible: PimGroupAccess[];
  active: PimGroupAccess[];
  /** PIM settings of the group's member role (roleDefinitionId "member"); null when Graph returned none. */
  memberPolicy: PimSettings | null;
}

/**
 * A Conditional Access policy as the Graph **beta** API shows it for agent identities (Microsoft Entra
 * Agent ID, preview): the agent risk condition and the agent identities it targets. v1.0 has neither.
 */
export interface AgentCaPolicy {
  id: string;
  displayName: string;
  /** enabled, disabled or enabledForReportingButNotEnforced. */
  state: string;
  includeApplications: string[];
  excludeApplications: string[];
  /** conditions.agentIdRiskLevels: a multivalued flag enum, sent as "medium,high"; split here. */
  agentIdRiskLevels: string[];
  /** conditions.clientApplications.includeAgentIdServicePrincipals ("All" or object ids). */
  includeAgentIdServicePrincipals: string[];
  excludeAgentIdServicePrincipals: string[];
  /** conditions.clientApplications.agentIdServicePrincipalFilter (custom security attribute rule), when set. */
  agentIdServicePrincipalFilter: { mode: string; rule: string } | null;
  clientAppTypes: string[];
  builtInControls: string[];
}

/**
 * Exchange Online settings, read with Get-* cmdlets through the admin API's InvokeCommand. Field names
 * follow the cmdlets' output properties in camelCase.
 */
export interface ExoRemoteDomain {
  identity: string;
  domainName: string;
  autoForwardEnabled: boolean;
}

export interface ExoOutboundSpamPolicy {
  identity: string;
  isDefault: boolean;
  /** Automatic (the default, which Microsoft now treats as Off), On or Off. */
  autoForwardingMode: string;
}

/** Get-HostedConnectionFilterPolicy: the inbound connection filter (EOP). */
export interface ExoConnectionFilterPolicy {
  identity: string;
  isDefault: boolean;
  /** IP addresses, ranges or CIDR blocks whose mail skips spam filtering; empty when none. */
  ipAllowList: string[];
  /** Microsoft's dynamic "safe list" of senders; off by default. */
  enableSafeList: boolean;
}

/** Get-MalwareFilterPolicy: anti-malware policies (EOP). */
export interface ExoMalwareFilterPolicy {
  identity: string;
  isDefault: boolean;
  /** The common attachments filter. */
  enableFileFilter: boolean;
  /** File extensions the common attachments filter blocks, lower case as the cmdlet prints them. */
  fileTypes: string[];
  /** Zero-hour auto purge of delivered messages later found to carry malware. */
  zapEnabled: boolean;
}

/** Get-HostedContentFilterPolicy: inbound anti-spam policies (EOP). */
export interface ExoSpamFilterPolicy {
  identity: string;
  isDefault: boolean;
  /** SpamFilteringAction / PhishFilteringAction values: MoveToJmf, AddXHeader, ModifySubject, Redirect, Delete, Quarantine. */
  spamAction: string;
  highConfidenceSpamAction: string;
  phishSpamAction: string;
  highConfidencePhishAction: string;
  /** Domains whose mail skips spam filtering; empty when none. */
  allowedSenderDomains: string[];
}

/**
 * Who a protection rule applies to: recipient conditions (ANDed between kinds) and exceptions (ORed).
 * Get-MalwareFilterRule, Get-HostedContentFilterRule and Get-EOPProtectionPolicyRule print all six; an
 * empty one is null in the cmdlet output and an empty list here.
 */
export interface ExoRecipientScope {
  sentTo: string[];
  sentToMemberOf: string[];
  recipientDomainIs: string[];
  exceptIfSentTo: string[];
  exceptIfSentToMemberOf: string[];
  exceptIfRecipientDomainIs: string[];
}

/** Get-MalwareFilterRule / Get-HostedContentFilterRule: a custom policy applies only through its rule. */
export interface ExoProtectionRule extends ExoRecipientScope {
  name: string;
  /** The policy the rule applies (MalwareFilterPolicy or HostedContentFilterPolicy). */
  policy: string;
  /** Enabled or Disabled. */
  state: string;
  /** 0 is the highest priority; a recipient gets only the first rule that matches. */
  priority: number;
}

/**
 * Get-EOPProtectionPolicyRule: the rules of the Standard and Strict preset security policies. They take
 * precedence over every custom policy and the Default one.
 */
export interface ExoPresetPolicyRule extends ExoRecipientScope {
  /** "Standard Preset Security Policy" or "Strict Preset Security Policy". */
  name: string;
  state: string;
  priority: number;
  /** The preset's own policies, named like "Strict Preset Security Policy1681329957931". */
  malwareFilterPolicy: string | null;
  hostedContentFilterPolicy: string | null;
}

export interface ExoTransportConfig {
  smtpClientAuthenticationDisabled: boolean;
}

export interface ExoSharingPolicy {
  name: string;
  enabled: boolean;
  isDefault: boolean;
  /** Entries "domain:Action,Action", e.g. "*:CalendarSharingFreeBusySimple" or "Anonymous:CalendarSharingFreeBusyReviewer". */
  domains: string[];
}

export interface ExoExternalInOutlook {
  identity: string;
  enabled: boolean;
  allowList: string[];
}

export interface ExoTransportRule {
  name: string;
  state: string;
  mode: string;
  priority: number | null;
  fromScope: string | null;
  sentToScope: string | null;
  prependSubject: string | null;
  applyHtmlDisclaimerText: string | null;
  setScl: number | null;
  senderDomainIs: string[];
  redirectMessageTo: string[];
  blindCopyTo: string[];
}

export interface ExoOrganizationConfig {
  auditDisabled: boolean;
  customerLockBoxEnabled: boolean | null;
  oAuth2ClientProfileEnabled: boolean | null;
  mailTipsExternalRecipientsTipsEnabled: boolean | null;
  mailTipsAllTipsEnabled: boolean | null;
  /** MailTips that need group metrics (large audience, distribution group size). */
  mailTipsGroupMetricsEnabled: boolean | null;
  /** Recipients from which a message counts as a large audience; 25 by default. */
  mailTipsLargeAudienceThreshold: number | null;
}

export interface ExoAdminAuditLogConfig {
  unifiedAuditLogIngestionEnabled: boolean;
}

export interface ExoDkimSigningConfig {
  domain: string;
  enabled: boolean;
}

export interface ExoOwaMailboxPolicy {
  name: string;
  isDefault: boolean;
  additionalStorageProvidersAvailable: boolean | null;
}

/**
 * Microsoft Secure Score, the latest daily snapshot (GET /security/secureScores?$top=1): Microsoft's own
 * evaluation of its controls. Corroborating evidence beside a check, never the basis of a verdict.
 */
export interface M365SecureScore {
  /** The day the snapshot was taken; null when the tenant has no score yet (an empty list). */
  createdDateTime: string | null;
  controls: SecureScoreControl[];
}

export interface SecureScoreControl {
  controlName: string;
  controlCategory: string | null;
  /** Points the tenant achieved on the control (documented). */
  score: number | null;
  /** Share of the control's points achieved, 0 to 100: not on the reference page, seen in public usage. */
  scoreInPercentage: number | null;
  /** Microsoft's words for the state, e.g. "1 of 1 policies ..." (public usage, as above). */
  implementationStatus: string | null;
}

/** Purview (Security & Compliance) settings, read with Get-* cmdlets through the compliance admin API. */
export interface PurviewDlpPolicy {
  name: string;
  /** Enable, TestWithNotifications, TestWithoutNotifications or Disable. */
  mode: string;
  enabled: boolean;
  /** Locations by workload: the location names, "All" for every one. */
  locations: { exchange: string[]; sharePoint: string[]; oneDrive: string[]; teams: string[]; devices: string[] };
}

export interface PurviewDlpRule {
  name: string;
  policy: string;
  disabled: boolean;
  /** Names of the sensitive information types the rule matches. */
  sensitiveInformationTypes: string[];
  blockAccess: boolean;
  /** All, PerUser or PerAnonymousUser; null when the rule does not block. */
  blockAccessScope: string | null;
  notifyUser: string[];
  /** Endpoint DLP actions (EndpointDlpRestrictions): Setting (Print, UnallowedApps, …) and Value (Audit, Block, Warn, Ignore). */
  endpointRestrictions: PurviewEndpointRestriction[];
}

export interface PurviewEndpointRestriction {
  setting: string;
  value: string;
}

/** An audit log retention policy (Get-UnifiedAuditLogRetentionPolicy); Audit (Premium) only. */
export interface PurviewAuditRetentionPolicy {
  name: string;
  /** SevenDays, OneMonth, ThreeMonths, SixMonths, NineMonths, TwelveMonths, ThreeYears, FiveYears, SevenYears or TenYears. */
  retentionDuration: string;
  priority: number | null;
  enabled: boolean;
  /** Filters: empty means every record type, operation and user. */
  recordTypes: string[];
  operations: string[];
  userIds: string[];
}

export interface PurviewLabelPolicy {
  name: string;
  enabled: boolean;
  mode: string | null;
  labels: string[];
  exchangeLocation: string[];
}

export interface PurviewProtectionAlert {
  name: string;
  disabled: boolean;
  severity: string | null;
  notifyUser: string[];
}

/**
 * SharePoint and OneDrive tenant settings from the SharePoint admin REST API (/_api/SPO.Tenant, the
 * properties of CSOM's Microsoft.Online.SharePoint.TenantAdministration.Tenant), enums as their numbers.
 */
export interface SpoTenant {
  /** SharingCapabilities: 0 Disabled, 1 ExternalUserSharingOnly, 2 ExternalUserAndGuestSharing, 3 ExistingExternalUserSharingOnly. */
  sharingCapability: number;
  oneDriveSharingCapability: number;
  /** SharingLinkType: 0 None, 1 Direct (specific people), 2 Internal, 3 AnonymousAccess. */
  defaultSharingLinkType: number;
  /** SharingPermissionType: 0 None, 1 View, 2 Edit. */
  defaultLinkPermission: number;
  /** Days until an Anyone link expires; 0 or -1: never. */
  requireAnonymousLinksExpireInDays: number;
  /** AnonymousLinkType: 0 None, 1 View, 2 Edit. */
  fileAnonymousLinkType: number;
  folderAnonymousLinkType: number;
  emailAttestationRequired: boolean;
  emailAttestationReAuthDays: number;
  externalUserExpirationRequired: boolean | null;
  externalUserExpireInDays: number | null;
}

/** A Fabric / Power BI tenant setting (https://learn.microsoft.com/rest/api/fabric/admin/tenants/list-tenant-settings). */
export interface PowerBiTenantSetting {
  settingName: string;
  title: string;
  enabled: boolean;
  /** Display names of the security groups the setting is limited to; empty: the whole organisation. */
  enabledSecurityGroups: string[];
  excludedSecurityGroups: string[];
}

export interface M365Shapes {
  licences: M365Licences;
  organization: M365Organization;
  securityDefaults: M365SecurityDefaults;
  conditionalAccessPolicies: CaPolicy[];
  namedLocations: NamedLocation[];
  authenticationMethodsPolicy: M365AuthMethodsPolicy;
  userRegistrationDetails: UserRegistrationDetail[];
  roleAssignments: RoleAssignment[];
  authorizationPolicy: M365AuthorizationPolicy;
  adminConsentRequestPolicy: M365AdminConsentRequestPolicy;
  appManagementPolicy: M365AppManagementPolicy;
  oauth2PermissionGrants: OAuth2PermissionGrant[];
  servicePrincipals: ServicePrincipal[];
  /** Application permissions on Microsoft Graph, Exchange Online and SharePoint Online (see GraphAppRoleAssignment). */
  graphAppRoleAssignments: GraphAppRoleAssignment[];
  /** Classifications of Microsoft Graph's delegated permissions. */
  permissionClassifications: DelegatedPermissionClassification[];
  applications: M365Application[];
  sharePointSettings: M365SharePointSettings;
  crossTenantAccessDefault: M365CrossTenantDefault;
  crossTenantPartners: CrossTenantPartner[];
  b2bInvitePolicy: M365B2BInvitePolicy;
  sensitivityLabels: SensitivityLabel[];
  groupSettings: M365GroupSettings;
  domains: M365Domain[];
  breakGlassAccounts: BreakGlassAccount[];
  roleAssignmentSchedules: RoleAssignmentScheduleInstance[];
  roleManagementPolicies: RoleManagementPolicy[];
  /** Role-assignable groups under PIM for Groups (Entra ID P2). */
  pimGroups: PimGroup[];
  /** Conditional Access for agent identities, from the Graph beta API (MS.AAD.9.1). */
  agentConditionalAccessPolicies: AgentCaPolicy[];
  exoRemoteDomains: ExoRemoteDomain[];
  exoOutboundSpamPolicies: ExoOutboundSpamPolicy[];
  exoTransportConfig: ExoTransportConfig;
  exoConnectionFilterPolicies: ExoConnectionFilterPolicy[];
  exoMalwareFilterPolicies: ExoMalwareFilterPolicy[];
  exoSpamFilterPolicies: ExoSpamFilterPolicy[];
  exoMalwareFilterRules: ExoProtectionRule[];
  exoSpamFilterRules: ExoProtectionRule[];
  exoPresetPolicyRules: ExoPresetPolicyRule[];
  exoSharingPolicies: ExoSharingPolicy[];
  exoExternalInOutlook: ExoExternalInOutlook[];
  exoTransportRules: ExoTransportRule[];
  exoOrganizationConfig: ExoOrganizationConfig;
  exoAdminAuditLogConfig: ExoAdminAuditLogConfig;
  exoDkimSigningConfigs: ExoDkimSigningConfig[];
  exoOwaMailboxPolicies: ExoOwaMailboxPolicy[];
  secureScore: M365SecureScore;
  purviewDlpPolicies: PurviewDlpPolicy[];
  purviewDlpRules: PurviewDlpRule[];
  purviewLabelPolicies: PurviewLabelPolicy[];
  purviewProtectionAlerts: PurviewProtectionAlert[];
  purviewAuditRetentionPolicies: PurviewAuditRetentionPolicy[];
  powerBiTenantSettings: PowerBiTenantSetting[];
  spoTenant: SpoTenant;
  teamsMeetingPolicies: TeamsMeetingPolicy[];
  teamsFederationConfiguration: TeamsFederationConfiguration;
  teamsClientConfiguration: TeamsClientConfiguration;
  teamsAppPermissionPolicies: TeamsAppPermissionPolicy[];
  powerPlatformEnvironments: PowerPlatformEnvironment[];
  powerPlatformDlpPolicies: PowerPlatformDlpPolicy[];
  powerPlatformTenantIsolation: PowerPlatformTenantIsolation;
  powerPlatformTenantSettings: PowerPlatformTenantSettings;
}

export type M365SectionName = keyof M365Shapes;
