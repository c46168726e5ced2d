/**
 * The Salesforce snapshot: what the connector hands to checks. Each key is one section, collected on
 * its own. Field names follow the Salesforce API (camel-cased) so evidence reads like Setup.
 */

export interface SfOrganization {
  id: string;
  name: string;
  organizationType: string | null;
  isSandbox: boolean;
  instanceName: string | null;
}

export interface SfIpRange {
  start: string;
  end: string;
  description?: string | null;
}

/** SecuritySettings (Setup > Session Settings, Password Policies, Network Access), read through the Tooling API. */
export interface SfSecuritySettings {
  enableAdminLoginAsAnyUser: boolean | null;
  sessionSettings: {
    enableMFADirectUILoginOptIn: boolean | null;
    identityConfirmationOnTwoFactorRegistrationEnabled: boolean | null;
    enforceIpRangesEveryRequest: boolean | null;
    /** Metadata enum, e.g. FifteenMinutes, TwoHours, TwentyFourHours. */
    sessionTimeout: string | null;
    lockSessionsToDomain: boolean | null;
    lockSessionsToIp: boolean | null;
    enableClickjackSetup: boolean | null;
    enableClickjackNonsetupSFDC: boolean | null;
    enableClickjackNonsetupUser: boolean | null;
    enableClickjackNonsetupUserHeaderless: boolean | null;
    enableCSRFOnGet: boolean | null;
    enableCSRFOnPost: boolean | null;
    requireHttpOnly: boolean | null;
    forceRelogin: boolean | null;
    /** "Enable the SMS method of device activation". */
    enableSMSIdentity: boolean | null;
    enableCSPOnEmail: boolean | null;
    enableContentSniffingProtection: boolean | null;
    forceLogoutOnSessionTimeout: boolean | null;
    identityConfirmationOnEmailChange: boolean | null;
    /** Warn before redirecting to a URL outside the trusted list; redirectBlockModeEnabled blocks instead. */
    redirectionWarning: boolean | null;
    redirectBlockModeEnabled: boolean | null;
  };
  passwordPolicies: {
    minimumPasswordLength: number | null;
    /** NoRestriction, AlphaNumeric, SpecialCharacters, UpperLowerCaseNumeric, UpperLowerCaseNumericSpecialCharacters. */
    complexity: string | null;
    /** ThirtyDays, SixtyDays, NinetyDays, SixMonths, OneYear, Never. */
    expiration: string | null;
    historyRestriction: number | null;
    /** ThreeAttempts, FiveAttempts, TenAttempts, NoLimit. */
    maxLoginAttempts: string | null;
    lockoutInterval: string | null;
    /** A password can be changed at most once in 24 hours. */
    minimumPasswordLifetime: boolean | null;
    obscureSecretAnswer: boolean | null;
    /** None, or DoesNotContainPassword: the security answer may not contain the password. */
    questionRestriction: string | null;
  };
  /** Org-wide trusted IP ranges (Network Access). */
  trustedIpRanges: SfIpRange[];
  singleSignOn: {
    enableSamlLogin: boolean | null;
    isLoginWithSalesforceCredentialsDisabled: boolean | null;
  };
}

/** ConnectedAppSettings: API Access Control (only admin-approved connected apps may call the API). */
export interface SfApiAccessControl {
  enableAdminApprovedAppsOnly: boolean;
  enableAdminApprovedAppsOnlyForExternalUser: boolean;
}

/**
 * One SecurityHealthCheckRisks row; every field is Nillable:
 * https://developer.salesforce.com/docs/atlas.en-us.api_tooling.meta/api_tooling/tooling_api_objects_securityhealthcheckrisks.htm
 */
export interface SfHealthCheckRisk {
  /** How risky the org's value is: HIGH_RISK, MEDIUM_RISK or MEETS_STANDARD. */
  riskType: string | null;
  setting: string | null;
  settingGroup: string | null;
  /** The Health Check group the setting belongs to: HIGH_RISK, MEDIUM_RISK, LOW_RISK or INFORMATIONAL (absent in older snapshots). */
  settingRiskCategory?: string | null;
  orgValue: string | null;
  standardValue: string | null;
}

export interface SfHealthCheck {
  score: number | null;
  risks: SfHealthCheckRisk[];
}

export interface SfUser {
  id: string;
  username: string;
  name: string;
  /** Standard, Guest, PowerPartner, CspLitePortal, … */
  userType: string;
  profileId: string | null;
  profileName: string | null;
  lastLoginDate: string | null;
  createdDate: string;
  federationIdentifier: string | null;
}

/** A permission set as the API models it: profiles (IsOwnedByProfile), permission sets and permission set groups (Type Group). */
export interface SfPermissionSet {
  id: string;
  name: string;
  label: string;
  /** Regular, Profile, Group, Session, Standard … (null on old API versions). */
  type: string | null;
  isOwnedByProfile: boolean;
  profileId: string | null;
  profileName: string | null;
  /** Profile.UserType for profile-owned sets: Standard, Guest, PowerPartner … */
  profileUserType: string | null;
  /** For profile-owned sets: whether the profile is a custom one. */
  isCustom: boolean;
  /** User permissions by API name without the Permissions prefix, e.g. ModifyAllData: true. Only granted ones are listed. */
  permissions: string[];
}

export interface SfPermissionSets {
  permissionSets: SfPermissionSet[];
  /** Permissions asked for that this org's PermissionSet does not expose (removed or feature-gated). */
  unavailablePermissions: string[];
}

export interface SfPermissionSetAssignment {
  assigneeId: string;
  permissionSetId: string;
  permissionSetGroupId: string | null;
}

export interface SfProfileIpRanges {
  profileId: string;
  profileName: string;
  /** Privileged user permissions the profile itself grants (why it was read). */
  privileges: string[];
  loginIpRanges: SfIpRange[];
}

export interface SfMfaMethods {
  userId: string;
  /** Registered methods: Totp, SalesforceAuthenticator, U2F, SecurityKey, BuiltInAuthenticator, TempCode, VerifiedMobileNumber … */
  methods: string[];
}

export interface SfDirectLogin {
  loginId: string;
  userId: string;
  /** Nillable in the LoginHistory object reference. */
  loginTime: string | null;
  /** True when a VerificationHistory row with a successful status points at this login. */
  verified: boolean;
}

export interface SfDirectLoginVerification {
  windowDays: number;
  logins: SfDirectLogin[];
}

/**
 * One OauthToken row. The object has no usable id (Id is documented as always null), and every field
 * but CreatedDate is Nillable:
 * https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_oauthtoken.htm
 */
export interface SfOauthToken {
  /** The connected app's label (Nillable). */
  appName: string | null;
  /** Null when the token's app is not installed in the org (no AppMenuItem). */
  appMenuItemId: string | null;
  /** AppMenuItem.IsUsingAdminAuthorization: the app is set to admin-approved users only. */
  adminAuthorized: boolean | null;
  /** AppMenuItem.ApplicationId: the connected app or External Client App the token belongs to, when the app has a menu item. */
  appId?: string | null;
  /** The token's owner (Nillable). */
  userId: string | null;
  username: string | null;
  useCount: number | null;
  lastUsedDate: string | null;
  createdDate: string;
}

export interface SfConnectedApp {
  id: string;
  name: string;
  kind: 'connected-app' | 'external-client-app';
  /** ExternalClientApplication.DeveloperName (External Client Apps only): OauthToken.AppName may carry it instead of the label. */
  developerName?: string | null;
  /** Permitted users: admin-approved users are pre-authorised (true) or all users may self-authorise (false). */
  adminApprovedUsersOnly: boolean | null;
  /** infinite, immediately, zero, specific_lifetime … (null when unread). */
  refreshTokenPolicy: string | null;
  scopes: string[];
  /** ENFORCE, ENFORCE_ACTIVATED_DEVICE, BYPASS. */
  ipRelaxation: string | null;
  /**
   * Access-token timeout in minutes where an API documents it: ConnectedApplication.NamedUserUvidTimeout for apps
   * that issue JWT-based access tokens. Null when no documented field gives it (absent in older snapshots).
   */
  accessTokenTimeoutMinutes?: number | null;
}

export interface SfSharingModel {
  object: string;
  internalSharingModel: string | null;
  externalSharingModel: string | null;
}

export interface SfGuestObjectPermission {
  /** The guest profile; "guest users" when the access comes from a permission set instead. */
  profileName: string;
  /** Label of the permission set (or group) assigned to guest users that grants this access; absent for the guest profile itself. */
  permissionSet?: string | null;
  object: string;
  read: boolean;
  create: boolean;
  edit: boolean;
  delete: boolean;
  viewAll: boolean;
  modifyAll: boolean;
}

export interface SfGuestAccess {
  guestProfiles: { profileId: string; profileName: string; apiEnabled: boolean }[];
  /** Permission sets and groups assigned to active guest users: guest access does not stop at the profile. */
  guestPermissionSets: { permissionSetId: string; label: string; apiEnabled: boolean }[];
  objectPermissions: SfGuestObjectPermission[];
}

/** An Apex class or Visualforce page that guest users may run (SetupEntityAccess on their profile or an assigned permission set). */
export interface SfGuestCodeAccess {
  kind: 'ApexClass' | 'ApexPage';
  id: string;
  /** Null when the class or page row could not be read back by id. */
  name: string | null;
  /** Null for the org's own code; a managed package's namespace otherwise. */
  namespacePrefix: string | null;
  /** The guest profile, or the permission set assigned to guest users, that grants access. */
  grantedBy: string;
}

/** Experience Cloud sites (the Network object). */
export interface SfExperienceSites {
  /** False when the org has no Digital Experiences: the Network object does not exist. */
  enabled: boolean;
  /** False when this org's Network object has no OptionsGuestMemberVisibility field to read. */
  guestMemberVisibilityReadable: boolean;
  sites: { id: string; name: string; status: string | null; guestMemberVisibility: boolean | null }[];
}

export interface SfContentLink {
  id: string;
  name: string;
  expires: boolean;
  expiryDate: string | null;
  passwordRequired: boolean;
  viewCount: number | null;
}

export interface SfCorsOrigin {
  id: string;
  urlPattern: string;
}

export interface SfRemoteSite {
  id: string;
  name: string;
  endpointUrl: string;
  isActive: boolean;
  disableProtocolSecurity: boolean;
}

export interface SfFieldClassification {
  object: string;
  fields: {
    name: string;
    label: string;
    /** Data Sensitivity Level: Public, Internal, Confidential, Restricted, MissionCritical … or null. */
    securityClassification: string | null;
    complianceGroup: string | null;
    /** Field History Tracking on; null when this org's Tooling FieldDefinition has no IsFieldHistoryTracked to read. */
    historyTracked: boolean | null;
  }[];
}

export type SalesforceShapes = {
  organization: SfOrganization;
  securitySettings: SfSecuritySettings;
  apiAccessControl: SfApiAccessControl;
  healthCheck: SfHealthCheck;
  /** Active users only. */
  users: SfUser[];
  permissionSets: SfPermissionSets;
  /** Assignments of active users only (profile, permission set and group). */
  permissionSetAssignments: SfPermissionSetAssignment[];
  /** Login IP ranges of the profiles that grant privileged permissions. */
  profileLoginIpRanges: SfProfileIpRanges[];
  mfaMethods: SfMfaMethods[];
  directLoginVerification: SfDirectLoginVerification;
  oauthTokens: SfOauthToken[];
  connectedApps: SfConnectedApp[];
  sharingModels: SfSharingModel[];
  guestAccess: SfGuestAccess;
  guestCodeAccess: SfGuestCodeAccess[];
  experienceSites: SfExperienceSites;
  contentLinks: SfContentLink[];
  corsOrigins: SfCorsOrigin[];
  remoteSites: SfRemoteSite[];
  fieldClassification: SfFieldClassification[];
};
