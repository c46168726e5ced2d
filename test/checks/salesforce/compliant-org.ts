import type { SalesforceShapes, SfPermissionSet, SfUser } from '../../../src/snapshot/salesforce.js';

export const NOW = '2026-11-01T00:00:00Z';

export function user(id: string, username: string, overrides: Partial<SfUser> = {}): SfUser {
  return { id, username, name: username.split('@')[0] ?? username, userType: 'Standard', profileId: '00e-custom-sales', profileName: 'Acme Sales', lastLoginDate: '2026-10-30T09:00:00Z', createdDate: '2024-01-01T00:00:00Z', federationIdentifier: null, ...overrides };
}

export function permissionSet(id: string, label: string, permissions: string[], overrides: Partial<SfPermissionSet> = {}): SfPermissionSet {
  return { id, name: label.replace(/\W/g, '_'), label, type: 'Regular', isOwnedByProfile: false, profileId: null, profileName: null, profileUserType: null, isCustom: true, permissions, ...overrides };
}

const profilePs = (id: string, profileId: string, name: string, permissions: string[], extra: Partial<SfPermissionSet> = {}) =>
  permissionSet(id, name, permissions, { type: 'Profile', isOwnedByProfile: true, profileId, profileName: name, profileUserType: 'Standard', ...extra });

/** An org that meets every Salesforce check: each case patches one thing away from it. */
export function compliantOrg(): SalesforceShapes {
  return {
    organization: { id: '00D000000000001EAA', name: 'Acme (example)', organizationType: 'Enterprise Edition', isSandbox: false, instanceName: 'USA100' },
    securitySettings: {
      enableAdminLoginAsAnyUser: false,
      sessionSettings: {
        enableMFADirectUILoginOptIn: true,
        identityConfirmationOnTwoFactorRegistrationEnabled: true,
        enforceIpRangesEveryRequest: true,
        sessionTimeout: 'TwoHours',
        lockSessionsToDomain: true,
        lockSessionsToIp: false,
        enableClickjackSetup: true,
        enableClickjackNonsetupSFDC: true,
        enableClickjackNonsetupUser: true,
        enableClickjackNonsetupUserHeaderless: true,
        enableCSRFOnGet: true,
        enableCSRFOnPost: true,
        requireHttpOnly: true,
        forceRelogin: true,
        enableSMSIdentity: true,
        enableCSPOnEmail: true,
        enableContentSniffingProtection: true,
        forceLogoutOnSessionTimeout: true,
        identityConfirmationOnEmailChange: true,
        redirectionWarning: true,
        redirectBlockModeEnabled: false,
      },
      passwordPolicies: {
        minimumPasswordLength: 12,
        complexity: 'UpperLowerCaseNumeric',
        expiration: 'NinetyDays',
        historyRestriction: 5,
        maxLoginAttempts: 'FiveAttempts',
        lockoutInterval: 'ThirtyMinutes',
        minimumPasswordLifetime: true,
        obscureSecretAnswer: true,
        questionRestriction: 'DoesNotContainPassword',
      },
      trustedIpRanges: [{ start: '203.0.113.0', end: '203.0.113.255', description: 'Head office' }],
      singleSignOn: { enableSamlLogin: true, isLoginWithSalesforceCredentialsDisabled: true },
    },
    apiAccessControl: { enableAdminApprovedAppsOnly: true, enableAdminApprovedAppsOnlyForExternalUser: true },
    healthCheck: {
      score: 92,
      risks: [
        { riskType: 'MEDIUM_RISK', setting: 'Maximum invalid login attempts', settingGroup: 'Password Policies', settingRiskCategory: 'MEDIUM_RISK', orgValue: '5', standardValue: '3' },
        { riskType: 'MEETS_STANDARD', setting: 'Minimum password length', settingGroup: 'Password Policies', settingRiskCategory: 'MEDIUM_RISK', orgValue: '8 characters', standardValue: '8 characters' },
        { riskType: 'MEETS_STANDARD', setting: 'Security risk file types with hybrid behavior', settingGroup: 'File Upload and Download Security', settingRiskCategory: 'HIGH_RISK', orgValue: 'Download', standardValue: 'Download' },
        { riskType: 'MEETS_STANDARD', setting: 'Lockout effective period', settingGroup: 'Password Policies', settingRiskCategory: 'LOW_RISK', orgValue: '30 minutes', standardValue: '30 minutes' },
      ],
    },
    users: [
      user('005-admin-1', 'ada.admin@acme.example', { profileId: '00e-custom-admin', profileName: 'Acme Administrator' }),
      user('005-admin-2', 'alan.admin@acme.example', { profileId: '00e-custom-admin', profileName: 'Acme Administrator' }),
      user('005-sales-1', 'sam.sales@acme.example'),
      user('005-sales-2', 'sue.sales@acme.example', { federationIdentifier: 'sue@idp.example' }),
      user('005-integration', 'integration@acme.example', { profileId: '00e-api-only', profileName: 'Minimum Access - API Only Integrations' }),
    ],
    permissionSets: {
      unavailablePermissions: ['BypassMFAForUiLogins'],
      permissionSets: [
        profilePs('0PS-admin', '00e-custom-admin', 'Acme Administrator', ['ModifyAllData', 'ViewAllData', 'CustomizeApplication', 'ManageUsers', 'ApiEnabled', 'TwoFactorApi'], { isCustom: true }),
        profilePs('0PS-sales', '00e-custom-sales', 'Acme Sales', ['ApiEnabled'], { isCustom: true }),
        profilePs('0PS-api', '00e-api-only', 'Minimum Access - API Only Integrations', ['ApiEnabled'], { isCustom: true }),
        profilePs('0PS-sysadmin', '00e-sysadmin', 'System Administrator', ['ModifyAllData', 'ViewAllData', 'AuthorApex', 'CustomizeApplication', 'ManageUsers', 'ApiEnabled'], { isCustom: false }),
        permissionSet('0PS-audit', 'Tenant audit (read-only)', ['ApiEnabled']),
        permissionSet('0PS-devgroup', 'Developers', ['AuthorApex', 'TwoFactorApi'], { type: 'Group' }),
      ],
    },
    permissionSetAssignments: [
      { assigneeId: '005-admin-1', permissionSetId: '0PS-admin', permissionSetGroupId: null },
      { assigneeId: '005-admin-2', permissionSetId: '0PS-admin', permissionSetGroupId: null },
      { assigneeId: '005-sales-1', permissionSetId: '0PS-sales', permissionSetGroupId: null },
      { assigneeId: '005-sales-2', permissionSetId: '0PS-sales', permissionSetGroupId: null },
      { assigneeId: '005-integration', permissionSetId: '0PS-api', permissionSetGroupId: null },
      { assigneeId: '005-integration', permissionSetId: '0PS-audit', permissionSetGroupId: null },
      { assigneeId: '005-admin-1', permissionSetId: '0PS-devgroup', permissionSetGroupId: '0PG-dev' },
    ],
    profileLoginIpRanges: [
      { profileId: '00e-custom-admin', profileName: 'Acme Administrator', privileges: ['ModifyAllData', 'ViewAllData', 'CustomizeApplication', 'ManageUsers'], loginIpRanges: [{ start: '203.0.113.0', end: '203.0.113.255', description: 'Head office' }] },
    ],
    mfaMethods: [
      { userId: '005-admin-1', methods: ['U2F', 'SalesforceAuthenticator'] },
      { userId: '005-admin-2', methods: ['Totp'] },
      { userId: '005-sales-1', methods: ['SalesforceAuthenticator'] },
    ],
    directLoginVerification: {
      windowDays: 30,
      logins: [
        { loginId: '0Ya-1', userId: '005-admin-1', loginTime: '2026-10-30T09:00:00Z', verified: true },
        { loginId: '0Ya-2', userId: '005-sales-1', loginTime: '2026-10-29T09:00:00Z', verified: true },
      ],
    },
    oauthTokens: [
      { appName: 'Salesforce for Outlook', appMenuItemId: '0Pp-1', adminAuthorized: true, appId: '0H4-1', userId: '005-sales-1', username: 'sam.sales@acme.example', useCount: 40, lastUsedDate: '2026-10-20T00:00:00Z', createdDate: '2025-01-01T00:00:00Z' },
    ],
    connectedApps: [
      { id: '0H4-1', name: 'Salesforce for Outlook', kind: 'connected-app', adminApprovedUsersOnly: true, refreshTokenPolicy: 'specific_lifetime', scopes: ['Api', 'RefreshToken'], ipRelaxation: 'ENFORCE' },
      { id: '0xI-1', name: 'Tenant audit', kind: 'external-client-app', developerName: 'Tenant_audit', adminApprovedUsersOnly: true, refreshTokenPolicy: 'SpecificLifetime', scopes: [], ipRelaxation: 'ENFORCE' },
    ],
    sharingModels: [
      { object: 'Account', internalSharingModel: 'Private', externalSharingModel: 'Private' },
      { object: 'Contact', internalSharingModel: 'ControlledByParent', externalSharingModel: 'ControlledByParent' },
      { object: 'Lead', internalSharingModel: 'Read', externalSharingModel: 'Private' },
    ],
    guestAccess: {
      guestProfiles: [{ profileId: '00e-guest', profileName: 'Support Site Profile', apiEnabled: false }],
      guestPermissionSets: [{ permissionSetId: '0PS-guest-kb', label: 'Guest knowledge read', apiEnabled: false }],
      // SBS-CPORTAL-002: guests reach no business object at all, so the compliant org grants none.
      objectPermissions: [],
    },
    guestCodeAccess: [{ kind: 'ApexPage', id: '066-login', name: 'SiteLogin', namespacePrefix: null, grantedBy: 'profile Support Site Profile' }],
    experienceSites: { enabled: true, guestMemberVisibilityReadable: true, sites: [{ id: '0DB-support', name: 'Support', status: 'Live', guestMemberVisibility: false }] },
    contentLinks: [{ id: '05D-1', name: 'Price list', expires: true, expiryDate: '2026-12-01T00:00:00Z', passwordRequired: true, viewCount: 4 }],
    corsOrigins: [{ id: '0Ot-1', urlPattern: 'https://portal.acme.example' }],
    remoteSites: [{ id: '0rp-1', name: 'Payments', endpointUrl: 'https://api.payments.example', isActive: true, disableProtocolSecurity: false }],
    fieldClassification: [
      {
        object: 'Contact',
        fields: [
          { name: 'Email', label: 'Email', securityClassification: 'Confidential', complianceGroup: 'GDPR', historyTracked: true },
          { name: 'Phone', label: 'Business Phone', securityClassification: 'Confidential', complianceGroup: null, historyTracked: true },
          { name: 'Birthdate', label: 'Birthdate', securityClassification: 'Restricted', complianceGroup: 'GDPR', historyTracked: true },
          { name: 'Title', label: 'Title', securityClassification: null, complianceGroup: null, historyTracked: false },
        ],
      },
      {
        object: 'Lead',
        fields: [
          { name: 'Email', label: 'Email', securityClassification: 'Confidential', complianceGroup: null, historyTracked: true },
          { name: 'Company', label: 'Company', securityClassification: 'Internal', complianceGroup: null, historyTracked: false },
        ],
      },
    ],
  };
}
