import type { CaPolicy, DirectoryPrincipal, M365Shapes, PimGroup, PimSettings, RoleManagementPolicy } from '../../../src/snapshot/m365.js';
import { compliantPowerPlatform } from './compliant-power-platform.js';
import { compliantServices } from './compliant-services.js';
import { compliantTeams } from './compliant-teams.js';

/** Role template ids used across the cases. */
export const ROLE = {
  globalAdministrator: '62e90394-69f5-4237-9190-012177145e10',
  privilegedRoleAdministrator: 'e8611ab8-c189-46e8-94e1-60213ab1f814',
  securityAdministrator: '194ae4cb-b126-40b2-bd5b-6091b380977d',
  exchangeAdministrator: '29232cdf-9323-42fd-ade2-1d097af3e4de',
  sharePointAdministrator: 'f28a1f50-f6e7-4571-818b-6a12f2af6b6c',
  userAdministrator: 'fe930be7-5e62-47db-91af-98c3a49a38b1',
  applicationAdministrator: '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3',
  cloudApplicationAdministrator: '158c047a-c907-4556-b7ef-446551a6b5f7',
  conditionalAccessAdministrator: 'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9',
  helpdeskAdministrator: '729827e3-9c14-49f7-bb1b-9608f156bbb8',
  authenticationAdministrator: 'c4e39bd9-1100-46d3-8c65-fb160da0071f',
  privilegedAuthenticationAdministrator: '7be44c8a-adaf-4e2a-84d6-ab2649e08a13',
  billingAdministrator: 'b0f54661-2d74-4c50-afa3-1ec803f12efe',
  hybridIdentityAdministrator: '8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2',
  passwordAdministrator: '966707d0-3269-4727-9be2-8c3a10f19b9d',
  globalReader: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451',
} as const;

export const PHISHING_RESISTANT_STRENGTH = '00000000-0000-0000-0000-000000000004';
/** The built-in strength as the policy list embeds it (https://learn.microsoft.com/graph/api/resources/authenticationstrengthpolicy). */
export const PHISHING_RESISTANT_STRENGTH_OBJECT = {
  id: PHISHING_RESISTANT_STRENGTH,
  displayName: 'Phishing-resistant MFA',
  policyType: 'builtIn',
  requirementsSatisfied: 'mfa',
  allowedCombinations: ['windowsHelloForBusiness', 'fido2', 'x509CertificateMultiFactor'],
};

export const BREAK_GLASS_ID = 'bg000000-0000-4000-8000-000000000001';
export const BREAK_GLASS_UPN = 'breakglass@contoso.example';

export function caPolicy(overrides: Partial<CaPolicy> & { id: string; displayName: string }): CaPolicy {
  return {
    state: 'enabled',
    conditions: {
      users: {
        includeUsers: ['All'],
        excludeUsers: [BREAK_GLASS_ID],
        includeGroups: [],
        excludeGroups: [],
        includeRoles: [],
        excludeRoles: [],
        includeGuestsOrExternalUsers: null,
        excludeGuestsOrExternalUsers: null,
      },
      applications: { includeApplications: ['All'], excludeApplications: [], includeUserActions: [] },
      clientAppTypes: ['all'],
      userRiskLevels: [],
      signInRiskLevels: [],
      platforms: null,
      locations: null,
      authenticationFlows: null,
    },
    grantControls: { operator: 'OR', builtInControls: ['mfa'], authenticationStrength: null },
    sessionControls: null,
    ...overrides,
  };
}

const adminRoles = [ROLE.globalAdministrator, ROLE.privilegedRoleAdministrator, ROLE.securityAdministrator, ROLE.exchangeAdministrator, ROLE.sharePointAdministrator, ROLE.userAdministrator, ROLE.applicationAdministrator, ROLE.cloudApplicationAdministrator, ROLE.conditionalAccessAdministrator, ROLE.helpdeskAdministrator, ROLE.authenticationAdministrator, ROLE.privilegedAuthenticationAdministrator, ROLE.billingAdministrator, ROLE.hybridIdentityAdministrator, ROLE.passwordAdministrator, ROLE.globalReader];

function withUsers(policy: CaPolicy, users: Partial<CaPolicy['conditions']['users']>): CaPolicy {
  policy.conditions.users = { ...policy.conditions.users, ...users };
  return policy;
}

/** The highly privileged roles PIM settings are read for (SCuBA MS.AAD.7.x), with their names. */
export const PIM_ROLES: readonly [string, string][] = [
  [ROLE.globalAdministrator, 'Global Administrator'],
  [ROLE.privilegedRoleAdministrator, 'Privileged Role Administrator'],
  [ROLE.userAdministrator, 'User Administrator'],
  [ROLE.sharePointAdministrator, 'SharePoint Administrator'],
  [ROLE.exchangeAdministrator, 'Exchange Administrator'],
  [ROLE.hybridIdentityAdministrator, 'Hybrid Identity Administrator'],
  [ROLE.applicationAdministrator, 'Application Administrator'],
  [ROLE.cloudApplicationAdministrator, 'Cloud Application Administrator'],
];

/** PIM settings that meet every PIM check: approval, MFA, at most 8 hours, no permanent assignment, alerts to a named mailbox. */
export function pimPolicy(roleDefinitionId: string, roleName: string, overrides: Partial<RoleManagementPolicy> = {}): RoleManagementPolicy {
  const notify = (id: string, recipientType: string) => ({ id, recipientType, notificationLevel: 'All', isDefaultRecipientsEnabled: true, notificationRecipients: recipientType === 'Admin' ? ['secops@contoso.example'] : [] });
  return {
    roleDefinitionId,
    roleName,
    policyId: `DirectoryRole_tenant_${roleDefinitionId}`,
    activation: {
      approvalRequired: true,
      approverCount: 1,
      maximumDuration: 'PT8H',
      enabledRules: ['MultiFactorAuthentication', 'Justification'],
      authenticationContext: { isEnabled: false, claimValue: null },
    },
    permanentActiveAllowed: false,
    permanentEligibleAllowed: false,
    notifications: [
      notify('Notification_Admin_Admin_Eligibility', 'Admin'),
      notify('Notification_Requestor_Admin_Eligibility', 'Requestor'),
      notify('Notification_Admin_Admin_Assignment', 'Admin'),
      notify('Notification_Requestor_Admin_Assignment', 'Requestor'),
      notify('Notification_Admin_EndUser_Assignment', 'Admin'),
      notify('Notification_Approver_EndUser_Assignment', 'Approver'),
    ],
    ...overrides,
  };
}

/** The compliant PIM settings of a group's membership (the same rules as pimPolicy, for roleDefinitionId "member"). */
export function pimGroupSettings(overrides: Partial<PimSettings> = {}): PimSettings {
  const { roleDefinitionId: _id, roleName: _name, ...settings } = pimPolicy('member', 'member');
  return { ...settings, policyId: 'Group_tenant_pim-group', ...overrides };
}

export const PIM_GROUP_ID = 'g-pim-global-admins';
export const PIM_ELIGIBLE_USER: DirectoryPrincipal = { id: 'u-pim-eligible', type: 'user', displayName: 'Pat Eligible', userPrincipalName: 'pat.eligible@contoso.example', userType: 'Member', accountEnabled: true, onPremisesSyncEnabled: null };

/**
 * Puts a role-assignable group under PIM for Groups into the tenant, actively holding the role (Global
 * Administrator unless told otherwise) with no standing members, and one eligible member.
 */
export function addPimGroup(t: M365Shapes, options: { roleId?: string; roleName?: string; eligible?: (DirectoryPrincipal | null)[]; memberPolicy?: PimSettings | null; groupId?: string } = {}): PimGroup {
  const groupId = options.groupId ?? PIM_GROUP_ID;
  const roleId = options.roleId ?? ROLE.globalAdministrator;
  const displayName = `PIM ${options.roleName ?? 'Global Administrator'}s`;
  t.roleAssignments.push({ id: `ra-${groupId}-${roleId}`, roleDefinitionId: roleId, roleName: options.roleName ?? 'Global Administrator', directoryScopeId: '/', principalId: groupId, assignment: 'active', principal: { id: groupId, type: 'group', displayName, members: [] } });
  const eligible = (options.eligible ?? [PIM_ELIGIBLE_USER]).map((principal, n) => ({
    id: `${groupId}_member_${n}`, principalId: principal?.id ?? `unknown-${n}`, principal, accessId: 'member', memberType: 'direct', assignmentType: null, startDateTime: '2026-09-01T00:00:00Z', endDateTime: null,
  }));
  const existing = t.pimGroups.find((g) => g.groupId === groupId);
  if (existing) return existing;
  const group: PimGroup = { groupId, displayName, eligible, active: [], memberPolicy: options.memberPolicy === undefined ? pimGroupSettings() : options.memberPolicy };
  t.pimGroups.push(group);
  return group;
}

/** A tenant that meets every Microsoft 365 check: each case patches one thing away from it. */
export function compliantTenant(): M365Shapes {
  return {
    licences: {
      skus: [{ skuId: '06ebc4ee-1bb5-47dd-8120-11324bc54e06', skuPartNumber: 'SPE_E5', capabilityStatus: 'Enabled' }],
      servicePlans: ['AAD_PREMIUM', 'AAD_PREMIUM_P2', 'EXCHANGE_S_ENTERPRISE', 'SHAREPOINTENTERPRISE', 'MIP_S_CLP1', 'MIP_S_CLP2', 'M365_ADVANCED_AUDITING'],
      entraP1: true,
      entraP2: true,
    },
    organization: {
      id: 'aaaaaaaa-0000-4000-8000-000000000001',
      displayName: 'Contoso (example)',
      verifiedDomains: [
        { name: 'contoso.example', isDefault: true, isInitial: false },
        { name: 'contoso.onmicrosoft.com', isDefault: false, isInitial: true },
      ],
      onPremisesSyncEnabled: null,
    },
    securityDefaults: { isEnabled: false },
    conditionalAccessPolicies: [
      caPolicy({ id: 'ca-block-legacy', displayName: 'Block legacy authentication', conditions: { ...caPolicy({ id: 'x', displayName: 'x' }).conditions, clientAppTypes: ['exchangeActiveSync', 'other'] }, grantControls: { operator: 'OR', builtInControls: ['block'], authenticationStrength: null } }),
      caPolicy({ id: 'ca-mfa-all', displayName: 'Require MFA for all users', grantControls: { operator: 'OR', builtInControls: [], authenticationStrength: { ...PHISHING_RESISTANT_STRENGTH_OBJECT, allowedCombinations: [...PHISHING_RESISTANT_STRENGTH_OBJECT.allowedCombinations] } } }),
      caPolicy({ id: 'ca-managed-device', displayName: 'Require a managed device', grantControls: { operator: 'OR', builtInControls: ['compliantDevice', 'domainJoinedDevice'], authenticationStrength: null } }),
      withUsers(
        caPolicy({ id: 'ca-admins-phishing-resistant', displayName: 'Phishing-resistant MFA for admins', grantControls: { operator: 'OR', builtInControls: [], authenticationStrength: { ...PHISHING_RESISTANT_STRENGTH_OBJECT, allowedCombinations: [...PHISHING_RESISTANT_STRENGTH_OBJECT.allowedCombinations] } } }),
        { includeUsers: [], includeRoles: adminRoles },
      ),
      caPolicy({ id: 'ca-user-risk', displayName: 'High user risk: block', conditions: { ...caPolicy({ id: 'x', displayName: 'x' }).conditions, userRiskLevels: ['high'] }, grantControls: { operator: 'OR', builtInControls: ['block'], authenticationStrength: null } }),
      caPolicy({ id: 'ca-signin-risk', displayName: 'High sign-in risk: block', conditions: { ...caPolicy({ id: 'x', displayName: 'x' }).conditions, signInRiskLevels: ['high', 'medium'] }, grantControls: { operator: 'OR', builtInControls: ['block'], authenticationStrength: null } }),
      caPolicy({
        id: 'ca-register-security-info',
        displayName: 'Register security info from a managed device',
        conditions: { ...caPolicy({ id: 'x', displayName: 'x' }).conditions, applications: { includeApplications: [], excludeApplications: [], includeUserActions: ['urn:user:registersecurityinfo'] } },
        grantControls: { operator: 'OR', builtInControls: ['compliantDevice', 'domainJoinedDevice'], authenticationStrength: null },
      }),
      caPolicy({ id: 'ca-device-code', displayName: 'Block device code flow', conditions: { ...caPolicy({ id: 'x', displayName: 'x' }).conditions, authenticationFlows: { transferMethods: 'deviceCodeFlow,authenticationTransfer' } }, grantControls: { operator: 'OR', builtInControls: ['block'], authenticationStrength: null } }),
    ],
    namedLocations: [
      { id: 'loc-hq', displayName: 'Head office', kind: 'ip', isTrusted: true, ipRanges: ['203.0.113.0/24'], countriesAndRegions: [] },
    ],
    authenticationMethodsPolicy: {
      policyMigrationState: 'migrationComplete',
      registrationEnforcement: { snoozeDurationInDays: 0, state: 'enabled' },
      methods: [
        { id: 'Sms', state: 'disabled', includeTargets: [] },
        { id: 'Voice', state: 'disabled', includeTargets: [] },
        { id: 'Email', state: 'disabled', includeTargets: [] },
        { id: 'Fido2', state: 'enabled', includeTargets: [{ targetType: 'group', id: 'all_users' }] },
        {
          id: 'MicrosoftAuthenticator',
          state: 'enabled',
          includeTargets: [{ targetType: 'group', id: 'all_users' }],
          isSoftwareOathEnabled: false,
          featureSettings: {
            displayAppInformationRequiredState: { state: 'enabled', includeTarget: { targetType: 'group', id: 'all_users' } },
            displayLocationInformationRequiredState: { state: 'enabled', includeTarget: { targetType: 'group', id: 'all_users' } },
          },
        },
      ],
    },
    userRegistrationDetails: [
      { id: 'u-admin-1', userPrincipalName: 'adele.admin@contoso.example', userDisplayName: 'Adele Admin', userType: 'member', isAdmin: true, isMfaCapable: true, isMfaRegistered: true, isPasswordlessCapable: true, methodsRegistered: ['fido2', 'microsoftAuthenticatorPush'] },
      { id: 'u-admin-2', userPrincipalName: 'alex.admin@contoso.example', userDisplayName: 'Alex Admin', userType: 'member', isAdmin: true, isMfaCapable: true, isMfaRegistered: true, isPasswordlessCapable: true, methodsRegistered: ['windowsHelloForBusiness', 'microsoftAuthenticatorPush'] },
      { id: 'u-member-1', userPrincipalName: 'megan@contoso.example', userDisplayName: 'Megan Member', userType: 'member', isAdmin: false, isMfaCapable: true, isMfaRegistered: true, isPasswordlessCapable: false, methodsRegistered: ['microsoftAuthenticatorPush'] },
      { id: BREAK_GLASS_ID, userPrincipalName: BREAK_GLASS_UPN, userDisplayName: 'Break glass', userType: 'member', isAdmin: true, isMfaCapable: true, isMfaRegistered: true, isPasswordlessCapable: true, methodsRegistered: ['fido2'] },
      { id: 'u-guest-1', userPrincipalName: 'gary_partner.example#EXT#@contoso.onmicrosoft.com', userDisplayName: 'Gary Guest', userType: 'guest', isAdmin: false, isMfaCapable: false, isMfaRegistered: false, isPasswordlessCapable: false, methodsRegistered: [] },
    ],
    roleAssignments: [
      { id: 'ra-1', roleDefinitionId: ROLE.globalAdministrator, roleName: 'Global Administrator', directoryScopeId: '/', principalId: 'u-admin-1', assignment: 'active', principal: { id: 'u-admin-1', type: 'user', displayName: 'Adele Admin', userPrincipalName: 'adele.admin@contoso.example', accountEnabled: true, onPremisesSyncEnabled: null } },
      { id: 'ra-2', roleDefinitionId: ROLE.globalAdministrator, roleName: 'Global Administrator', directoryScopeId: '/', principalId: 'u-admin-2', assignment: 'active', principal: { id: 'u-admin-2', type: 'user', displayName: 'Alex Admin', userPrincipalName: 'alex.admin@contoso.example', accountEnabled: true, onPremisesSyncEnabled: null } },
      { id: 'ra-3', roleDefinitionId: ROLE.globalAdministrator, roleName: 'Global Administrator', directoryScopeId: '/', principalId: BREAK_GLASS_ID, assignment: 'active', principal: { id: BREAK_GLASS_ID, type: 'user', displayName: 'Break glass', userPrincipalName: BREAK_GLASS_UPN, accountEnabled: true, onPremisesSyncEnabled: null } },
      // Narrower roles, PIM-eligible: as many privileged users without Global Administrator as with it (MS.AAD.7.2).
      { id: 'ra-e1', roleDefinitionId: ROLE.exchangeAdministrator, roleName: 'Exchange Administrator', directoryScopeId: '/', principalId: 'u-exo-admin', assignment: 'eligible', principal: { id: 'u-exo-admin', type: 'user', displayName: 'Emma Exchange', userPrincipalName: 'emma.exchange@contoso.example', userType: 'Member', accountEnabled: true, onPremisesSyncEnabled: null } },
      { id: 'ra-e2', roleDefinitionId: ROLE.userAdministrator, roleName: 'User Administrator', directoryScopeId: '/', principalId: 'u-user-admin', assignment: 'eligible', principal: { id: 'u-user-admin', type: 'user', displayName: 'Ulla Users', userPrincipalName: 'ulla.users@contoso.example', userType: 'Member', accountEnabled: true, onPremisesSyncEnabled: null } },
      { id: 'ra-e3', roleDefinitionId: ROLE.sharePointAdministrator, roleName: 'SharePoint Administrator', directoryScopeId: '/', principalId: 'u-spo-admin', assignment: 'eligible', principal: { id: 'u-spo-admin', type: 'user', displayName: 'Sam Sites', userPrincipalName: 'sam.sites@contoso.example', userType: 'Member', accountEnabled: true, onPremisesSyncEnabled: null } },
      { id: 'ra-4', roleDefinitionId: ROLE.applicationAdministrator, roleName: 'Application Administrator', directoryScopeId: '/', principalId: 'sp-automation', assignment: 'active', principal: { id: 'sp-automation', type: 'servicePrincipal', displayName: 'Contoso automation', appId: 'app-automation', accountEnabled: true } },
    ],
    authorizationPolicy: {
      allowInvitesFrom: 'adminsAndGuestInviters',
      guestUserRoleId: '2af84b1e-32c8-42b7-82bc-daa82404023b',
      allowedToSignUpEmailBasedSubscriptions: false,
      allowEmailVerifiedUsersToJoinOrganization: false,
      blockMsolPowerShell: true,
      allowUserConsentForRiskyApps: false,
      defaultUserRolePermissions: {
        allowedToCreateApps: false,
        allowedToCreateSecurityGroups: false,
        allowedToCreateTenants: false,
        allowedToReadOtherUsers: true,
        permissionGrantPoliciesAssigned: [],
      },
    },
    adminConsentRequestPolicy: {
      isEnabled: true,
      notifyReviewers: true,
      remindersEnabled: true,
      requestDurationInDays: 30,
      reviewers: [{ query: '/users/u-admin-1', queryType: 'MicrosoftGraph', queryRoot: null }],
    },
    appManagementPolicy: {
      isEnabled: true,
      passwordCredentials: [
        { restrictionType: 'passwordAddition', state: 'enabled', maxLifetime: null, restrictForAppsCreatedAfterDateTime: '0001-01-01T00:00:00Z' },
        { restrictionType: 'passwordLifetime', state: 'enabled', maxLifetime: 'P180D', restrictForAppsCreatedAfterDateTime: '0001-01-01T00:00:00Z' },
      ],
      keyCredentials: [
        { restrictionType: 'asymmetricKeyLifetime', state: 'enabled', maxLifetime: 'P180D', restrictForAppsCreatedAfterDateTime: '0001-01-01T00:00:00Z' },
      ],
      servicePrincipalRestrictions: {
        passwordCredentials: [
          { restrictionType: 'passwordAddition', state: 'enabled', maxLifetime: null, restrictForAppsCreatedAfterDateTime: '0001-01-01T00:00:00Z' },
          { restrictionType: 'passwordLifetime', state: 'enabled', maxLifetime: 'P180D', restrictForAppsCreatedAfterDateTime: '0001-01-01T00:00:00Z' },
        ],
        keyCredentials: [
          { restrictionType: 'asymmetricKeyLifetime', state: 'enabled', maxLifetime: 'P180D', restrictForAppsCreatedAfterDateTime: '0001-01-01T00:00:00Z' },
        ],
      },
    },
    oauth2PermissionGrants: [
      { id: 'grant-1', clientId: 'sp-first-party-portal', consentType: 'AllPrincipals', principalId: null, resourceId: 'sp-graph', scopes: ['User.Read', 'openid', 'profile'] },
      { id: 'grant-2', clientId: 'sp-vendor-crm', consentType: 'Principal', principalId: 'u-member-1', resourceId: 'sp-graph', scopes: ['User.Read', 'Calendars.Read'] },
    ],
    servicePrincipals: [
      { id: 'sp-graph', appId: '00000003-0000-0000-c000-000000000000', displayName: 'Microsoft Graph', appOwnerOrganizationId: 'f8cdef31-a31e-4b4a-93e4-5f571e91255a', servicePrincipalType: 'Application', accountEnabled: true, publisherName: 'Microsoft Services', verifiedPublisher: null, passwordCredentialCount: 0, keyCredentialCount: 0 },
      { id: 'sp-first-party-portal', appId: 'app-portal', displayName: 'Contoso portal', appOwnerOrganizationId: 'aaaaaaaa-0000-4000-8000-000000000001', servicePrincipalType: 'Application', accountEnabled: true, publisherName: 'Contoso', verifiedPublisher: null, passwordCredentialCount: 0, keyCredentialCount: 1 },
      { id: 'sp-vendor-crm', appId: 'app-vendor-crm', displayName: 'Fabrikam CRM', appOwnerOrganizationId: 'bbbbbbbb-0000-4000-8000-000000000002', servicePrincipalType: 'Application', accountEnabled: true, publisherName: 'Fabrikam', verifiedPublisher: { displayName: 'Fabrikam, Inc.', verifiedPublisherId: '1234567' }, passwordCredentialCount: 0, keyCredentialCount: 0 },
      { id: 'sp-automation', appId: 'app-automation', displayName: 'Contoso automation', appOwnerOrganizationId: 'aaaaaaaa-0000-4000-8000-000000000001', servicePrincipalType: 'Application', accountEnabled: true, publisherName: 'Contoso', verifiedPublisher: null, passwordCredentialCount: 0, keyCredentialCount: 1 },
    ],
    graphAppRoleAssignments: [
      { id: 'ara-1', principalId: 'sp-automation', principalDisplayName: 'Contoso automation', appRoleId: 'df021288-bdef-4463-88db-98f22de89214', permission: 'User.Read.All', resourceAppId: '00000003-0000-0000-c000-000000000000', resourceDisplayName: 'Microsoft Graph' },
      { id: 'ara-2', principalId: 'sp-vendor-crm', principalDisplayName: 'Fabrikam CRM', appRoleId: '798ee544-9d2d-430c-a058-570e29e34338', permission: 'Calendars.Read', resourceAppId: '00000003-0000-0000-c000-000000000000', resourceDisplayName: 'Microsoft Graph' },
    ],
    // The sign-in basics classified low, as Microsoft suggests; none is a high-risk permission.
    permissionClassifications: [
      { id: 'pc-user-read', permissionId: 'e1fe6dd8-ba31-4d61-89e7-88639da4683d', permissionName: 'User.Read', classification: 'low' },
      { id: 'pc-openid', permissionId: '37f7f235-527c-4136-accd-4a02d197296e', permissionName: 'openid', classification: 'low' },
      { id: 'pc-profile', permissionId: '14dad69e-099b-42c9-810b-d002981feec1', permissionName: 'profile', classification: 'low' },
      { id: 'pc-offline', permissionId: '7427e0e9-2fba-42fe-b0c0-848c9e6a8182', permissionName: 'offline_access', classification: 'low' },
    ],
    applications: [
      { id: 'obj-portal', appId: 'app-portal', displayName: 'Contoso portal', passwordCredentials: [], keyCredentials: [{ keyId: 'k1', displayName: 'CN=portal', endDateTime: '2027-06-01T00:00:00Z' }] },
      { id: 'obj-automation', appId: 'app-automation', displayName: 'Contoso automation', passwordCredentials: [], keyCredentials: [{ keyId: 'k2', displayName: 'CN=automation', endDateTime: '2027-06-01T00:00:00Z' }] },
    ],
    sharePointSettings: {
      sharingCapability: 'existingExternalUserSharingOnly',
      sharingDomainRestrictionMode: 'allowList',
      sharingAllowedDomainList: ['partner.example'],
      sharingBlockedDomainList: [],
      isResharingByExternalUsersEnabled: false,
      isLegacyAuthProtocolsEnabled: false,
      isUnmanagedSyncAppForTenantRestricted: true,
      personalSiteDefaultStorageLimitInMB: 1048576,
    },
    crossTenantAccessDefault: {
      b2bCollaborationInbound: {
        usersAndGroups: { accessType: 'blocked', targets: [{ target: 'AllUsers', targetType: 'user' }] },
        applications: { accessType: 'blocked', targets: [{ target: 'AllApplications', targetType: 'application' }] },
      },
      b2bCollaborationOutbound: null,
      b2bDirectConnectInbound: {
        usersAndGroups: { accessType: 'blocked', targets: [{ target: 'AllUsers', targetType: 'user' }] },
        applications: { accessType: 'blocked', targets: [{ target: 'AllApplications', targetType: 'application' }] },
      },
      b2bDirectConnectOutbound: null,
      inboundTrust: { isMfaAccepted: false, isCompliantDeviceAccepted: false, isHybridAzureADJoinedDeviceAccepted: false },
    },
    crossTenantPartners: [],
    b2bInvitePolicy: { mode: 'allowList', domains: ['partner.example'] },
    sensitivityLabels: [
      { id: 'lbl-public', name: 'Public', isActive: true, applicableTo: ['email', 'file', 'site', 'unifiedGroup'], parentId: null },
      { id: 'lbl-confidential', name: 'Confidential', isActive: true, applicableTo: ['email', 'file', 'site', 'unifiedGroup'], parentId: null },
    ],
    groupSettings: { enableMipLabels: true },
    domains: [
      { id: 'contoso.example', isVerified: true, isDefault: true, authenticationType: 'Managed', passwordValidityPeriodInDays: 2147483647 },
      { id: 'contoso.onmicrosoft.com', isVerified: true, isDefault: false, authenticationType: 'Managed', passwordValidityPeriodInDays: null },
    ],
    breakGlassAccounts: [{ configured: BREAK_GLASS_UPN, id: BREAK_GLASS_ID, userPrincipalName: BREAK_GLASS_UPN, found: true }],
    // The active assignments above as PIM schedules them: Adele activated for a few hours, Alex time-bound,
    // the break-glass account permanent through PIM (exempt from 7.4), the automation service principal permanent (cannot activate).
    roleAssignmentSchedules: [
      { id: 'rasi-1', principalId: 'u-admin-1', roleDefinitionId: ROLE.globalAdministrator, directoryScopeId: '/', assignmentType: 'Activated', memberType: 'Direct', startDateTime: '2026-10-31T20:00:00Z', endDateTime: '2026-11-01T04:00:00Z' },
      { id: 'rasi-2', principalId: 'u-admin-2', roleDefinitionId: ROLE.globalAdministrator, directoryScopeId: '/', assignmentType: 'Assigned', memberType: 'Direct', startDateTime: '2026-08-01T00:00:00Z', endDateTime: '2027-01-31T00:00:00Z' },
      { id: 'rasi-3', principalId: BREAK_GLASS_ID, roleDefinitionId: ROLE.globalAdministrator, directoryScopeId: '/', assignmentType: 'Assigned', memberType: 'Direct', startDateTime: '2026-01-05T00:00:00Z', endDateTime: null },
      { id: 'rasi-4', principalId: 'sp-automation', roleDefinitionId: ROLE.applicationAdministrator, directoryScopeId: '/', assignmentType: 'Assigned', memberType: 'Direct', startDateTime: null, endDateTime: null },
    ],
    roleManagementPolicies: PIM_ROLES.map(([id, name]) => pimPolicy(id, name)),
    pimGroups: [],
    agentConditionalAccessPolicies: [
      { id: 'ca-agents-high-risk', displayName: 'Block high-risk agents', state: 'enabled', includeApplications: ['All'], excludeApplications: [], agentIdRiskLevels: ['high'], includeAgentIdServicePrincipals: ['All'], excludeAgentIdServicePrincipals: [], agentIdServicePrincipalFilter: null, clientAppTypes: ['all'], builtInControls: ['block'] },
    ],
    ...compliantServices(),
    ...compliantTeams(),
    ...compliantPowerPlatform(),
  };
}
