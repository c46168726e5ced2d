import { REQUIRED_SYSTEM_ALERTS } from '../../../src/rules/gws/system-alerts.js';
import type { GwsPolicy, GwsShapes } from '../../../src/snapshot/gws.js';

export const ROOT = '03ph8a2z2dvk5ts';
export const OU = { engineering: '01eng0000000001', contractors: '01con0000000002', sales: '01sal0000000003' } as const;
export const GROUP = { finance: '00fin00000000001' } as const;

let counter = 0;
/** One explicitly set policy, shaped as the connector maps a policies.list item. */
export function policy(setting: string, value: Record<string, unknown>, where: { ou?: string; group?: string; sortOrder?: number } = {}): GwsPolicy {
  counter += 1;
  return {
    name: `policies/test${counter}`,
    type: where.group || (where.ou && where.ou !== ROOT) ? 'ADMIN' : 'SYSTEM',
    setting,
    value,
    orgUnitId: where.ou ?? ROOT,
    groupId: where.group ?? null,
    sortOrder: where.sortOrder ?? (where.group ? 201 : 101),
    query: null,
  };
}

/** Replaces (or adds) the top-OU policy for a setting. */
export function setRoot(t: GwsShapes, setting: string, value: Record<string, unknown>): void {
  t.policies.policies = t.policies.policies.filter((p) => !(p.setting === setting && p.orgUnitId === ROOT && !p.groupId));
  t.policies.policies.push(policy(setting, value));
}

export function addPolicy(t: GwsShapes, setting: string, value: Record<string, unknown>, where: { ou?: string; group?: string; sortOrder?: number }): void {
  t.policies.policies.push(policy(setting, value, where));
}

export function removeSetting(t: GwsShapes, setting: string): void {
  t.policies.policies = t.policies.policies.filter((p) => p.setting !== setting);
}

export const ALL_GOOGLE_SERVICE_SCOPES = [
  'GMAIL_ALL', 'DRIVE_ALL', 'CHAT', 'CALENDAR_ALL', 'CONTACTS_ALL', 'GSUITE_ADMIN_ALL', 'VAULT_ALL', 'CLOUD_PLATFORM', 'CLOUD_BILLING',
  'CLOUD_ML', 'APPS_SCRIPT_API', 'APPS_SCRIPT_RUNTIME', 'CLASSROOM_ALL', 'TASKS', 'GROUPS', 'SIGN_IN', 'MEET', 'CLOUD_SEARCH',
] as const;

export const SUPER_ADMIN_ROLE = '9170516996784129';
export const HELPDESK_ROLE = '9170516996784130';

const user = (id: string, email: string, extra: Partial<GwsShapes['users'][number]> = {}): GwsShapes['users'][number] => ({
  id,
  primaryEmail: email,
  isAdmin: false,
  isDelegatedAdmin: false,
  suspended: false,
  archived: false,
  isEnrolledIn2Sv: true,
  isEnforcedIn2Sv: true,
  orgUnitPath: '/Engineering',
  lastLoginTime: '2026-10-20T09:00:00.000Z',
  ...extra,
});

/** A Google Workspace tenant that passes every check under the default (strict) profile. */
export function compliantTenant(): GwsShapes {
  counter = 0;
  const rootPolicies: GwsPolicy[] = [
    policy('security.two_step_verification_enrollment', { allowEnrollment: true }),
    policy('security.two_step_verification_enforcement', { enforcedFrom: '2025-02-04T11:11:28.346Z' }),
    policy('security.two_step_verification_enforcement_factor', { allowedSignInFactorSet: 'PASSKEY_ONLY' }),
    policy('security.two_step_verification_grace_period', { enrollmentGracePeriod: '604800s' }),
    policy('security.two_step_verification_device_trust', { allowTrustingDevice: false }),
    policy('security.session_controls', { webSessionDuration: '43200s' }),
    policy('security.less_secure_apps', { allowLessSecureApps: false }),
    policy('security.password', { allowedStrength: 'STRONG', minimumLength: 16, maximumLength: 100, enforceRequirementsAtLogin: true, allowReuse: false, expirationDuration: '0s' }),
    policy('security.login_challenges', { enableEmployeeIdChallenge: true }),
    policy('security.super_admin_account_recovery', { enableAccountRecovery: false }),
    policy('security.user_account_recovery', { enableAccountRecovery: false }),
    policy('api_controls.unconfigured_third_party_apps', { accessLevel: 'BLOCK_ALL_SCOPES' }),
    policy('api_controls.internal_apps', { trustInternalApps: false }),
    policy('api_controls.google_services', {
      // Every service ScubaGoggles requires, Chat spelt "CHAT" as its sample reports show the API returning it.
      services: ALL_GOOGLE_SERVICE_SCOPES.map((scopesGroup) => ({ scopesGroup, isEnabled: false })),
    }),
    policy('workspace_marketplace.apps_access_options', { accessLevel: 'ALLOW_LISTED_APPS', allowAllInternalApps: false }),
    policy('drive_and_docs.drive_sdk', { enableDriveSdkApiAccess: false }),
    policy('drive_and_docs.external_sharing', {
      externalSharingMode: 'DISALLOWED',
      warnForExternalSharing: true,
      allowNonGoogleInvites: false,
      allowPublishingFiles: false,
      accessCheckerSuggestions: 'RECIPIENTS_ONLY',
      allowedPartiesForDistributingContent: 'NONE',
      allowReceivingExternalFiles: false,
    }),
    policy('drive_and_docs.external_file_warning', { highlightingEnabled: true }),
    policy('drive_and_docs.file_security_update', { securityUpdate: 'APPLY_TO_IMPACTED_FILES', allowUsersToManageUpdate: false }),
    policy('drive_and_docs.drive_for_desktop', { allowDriveForDesktop: false }),
    policy('drive_and_docs.general_access_default', { defaultFileAccess: 'PRIVATE_TO_OWNER' }),
    policy('drive_and_docs.shared_drive_creation', { allowSharedDriveCreation: true, allowManagersToOverrideSettings: false, allowExternalUserAccess: false, allowNonMemberAccess: true, allowedPartiesForDownloadPrintCopy: 'ALL' }),
    policy('gmail.auto_forwarding', { enableAutoForwarding: false }),
    policy('gmail.mail_delegation', { enableMailDelegation: false }),
    policy('gmail.imap_access', { enableImapAccess: false }),
    policy('gmail.pop_access', { enablePopAccess: false }),
    policy('gmail.per_user_outbound_gateway', { allowUsersToUseExternalSmtpServers: false }),
    policy('gmail.comprehensive_mail_storage', { enabled: true }),
    policy('calendar.interoperability', { enableInteroperability: false }),
    policy('calendar.primary_calendar_max_allowed_external_sharing', { maxAllowedExternalSharing: 'EXTERNAL_FREE_BUSY_ONLY' }),
    policy('calendar.secondary_calendar_max_allowed_external_sharing', { maxAllowedExternalSharing: 'EXTERNAL_FREE_BUSY_ONLY' }),
    policy('calendar.external_invitations', { warnOnInvite: true }),
    policy('groups_for_business.groups_sharing', {
      collaborationCapability: 'DOMAIN_USERS_ONLY',
      createGroupsAccessLevel: 'ADMIN_ONLY',
      ownersCanAllowExternalMembers: false,
      ownersCanAllowIncomingMailFromPublic: false,
      viewTopicsDefaultAccessLevel: 'GROUP_MEMBERS',
    }),
    policy('chat.external_chat_restriction', { allowExternalChat: false, externalChatRestriction: 'TRUSTED_DOMAINS' }),
    policy('chat.chat_file_sharing', { externalFileSharing: 'NO_FILES', internalFileSharing: 'ALL_FILES' }),
    policy('chat.chat_history', { historyOnByDefault: true, allowUserModification: false }),
    policy('chat.space_history', { historyState: 'HISTORY_ALWAYS_ON' }),
    policy('meet.meet_joining', { allowedAudience: 'RESTRICTED' }),
    policy('meet.safety_access', { meetingsAllowedToJoin: 'SAME_ORGANIZATION_ONLY' }),
    policy('meet.safety_external_participants', { enableExternalLabel: true }),
    policy('classroom.class_membership', { whoCanJoinClasses: 'ANYONE_IN_DOMAIN', whichClassesCanUsersJoin: 'CLASSES_IN_DOMAIN' }),
    policy('classroom.api_data_access', { enableApiAccess: false }),
    policy('classroom.roster_import', { rosterImportOption: 'OFF' }),
    policy('takeout.service_status', { serviceState: 'DISABLED' }),
    policy('youtube.user_takeout', { takeoutStatus: 'DISABLED' }),
    policy('photos.user_takeout', { takeoutStatus: 'DISABLED' }),
    // Setting types as ScubaGoggles spells them (access_approval_axa_user_scoping, access_management_user_scoping).
    policy('access_approval.axa_user_scoping', { requiresCustomerApproval: true }),
    policy('access_management.user_scoping', { accessManagementRegime: 'US_GOOGLE_STAFF' }),
    policy('multi_party_approval.require_approvals', { multiPartyApprovalState: 'ENABLED' }),
    {
      ...policy('rule.dlp', {
        displayName: 'Block PII leaving the domain',
        state: 'ACTIVE',
        triggers: ['google.workspace.drive.file.v1.share', 'google.workspace.gmail.email.v1.send', 'google.workspace.chat.message.v1.send', 'google.workspace.calendar.event.v1.save'],
        action: {
          driveAction: { blockAccess: {} },
          gmailAction: { blockContent: { actionParams: { applyExternalMessages: true, applyInternalMessages: false } } },
          chatAction: { blockContent: { actionParams: { applyExternalDirectMessages: true, applyExternalGroupChats: true, applyExternalRooms: true, applyInternalDirectMessages: false, applyInternalGroupChats: false, applyInternalRooms: false } } },
        },
      }),
      type: 'ADMIN',
      sortOrder: 1,
    },
    ...[...REQUIRED_SYSTEM_ALERTS, "User's password changed", 'TLS failure', 'Exchange journaling failure'].map((displayName) => ({ ...policy('rule.system_defined_alerts', { displayName, state: 'ACTIVE' }), sortOrder: 1 })),
  ];
  return {
    customer: {
      id: 'C01example',
      customerDomain: 'example.org',
      organizationName: 'Example Org',
      domains: [{ domainName: 'example.org', isPrimary: true, verified: true }],
    },
    policies: {
      rootOrgUnitId: ROOT,
      orgUnits: [
        { id: ROOT, path: '/', name: 'Example Org', parentId: null },
        { id: OU.engineering, path: '/Engineering', name: 'Engineering', parentId: ROOT },
        { id: OU.contractors, path: '/Engineering/Contractors', name: 'Contractors', parentId: OU.engineering },
        { id: OU.sales, path: '/Sales', name: 'Sales', parentId: ROOT },
      ],
      groups: [{ id: GROUP.finance, email: 'finance@example.org', name: 'Finance' }],
      policies: rootPolicies,
    },
    users: [
      user('100000000000000000001', 'ada.admin@example.org', { isAdmin: true, orgUnitPath: '/' }),
      user('100000000000000000002', 'grace.admin@example.org', { isAdmin: true, orgUnitPath: '/' }),
      user('100000000000000000003', 'helpdesk@example.org', { isDelegatedAdmin: true }),
      user('100000000000000000004', 'alan@example.org'),
      user('100000000000000000005', 'old.user@example.org', { suspended: true, isEnrolledIn2Sv: false }),
    ],
    adminRoles: {
      roles: [
        { roleId: SUPER_ADMIN_ROLE, roleName: '_SEED_ADMIN_ROLE', isSuperAdminRole: true, isSystemRole: true },
        { roleId: HELPDESK_ROLE, roleName: '_HELP_DESK_ADMIN_ROLE', isSuperAdminRole: false, isSystemRole: true },
      ],
      assignments: [
        { roleAssignmentId: 'ra1', roleId: SUPER_ADMIN_ROLE, assignedTo: '100000000000000000001', assigneeType: 'user', scopeType: 'CUSTOMER', orgUnitId: null },
        { roleAssignmentId: 'ra2', roleId: SUPER_ADMIN_ROLE, assignedTo: '100000000000000000002', assigneeType: 'user', scopeType: 'CUSTOMER', orgUnitId: null },
        { roleAssignmentId: 'ra3', roleId: HELPDESK_ROLE, assignedTo: '100000000000000000003', assigneeType: 'user', scopeType: 'CUSTOMER', orgUnitId: null },
      ],
    },
    oauthGrants: {
      source: 'reports-token-events',
      since: '2026-05-05T00:00:00Z',
      truncated: false,
      apps: [
        {
          clientId: '1234567890-calendarsync.apps.googleusercontent.com',
          appName: 'Calendar Sync',
          scopes: ['https://www.googleapis.com/auth/calendar.readonly', 'openid', 'email'],
          users: ['alan@example.org'],
          lastAuthorized: '2026-10-01T10:00:00Z',
          clientType: 'WEB',
        },
      ],
    },
    userTokens: { source: 'directory-tokens', since: null, truncated: false, apps: [] },
    driveLabels: {
      labels: [{ id: 'lbl01', title: 'Data classification', state: 'PUBLISHED', labelType: 'ADMIN', publishTime: '2024-03-28T02:31:15Z' }],
    },
    adminSettingChanges: {
      source: 'admin-log',
      retentionDays: 180,
      truncated: false,
      changes: [
        { setting: 'SsoPolicyProto challenge_selection_behavior', orgUnit: 'Example Org', group: null, value: 'PERFORM_CHALLENGE_SELECTION', event: 'CHANGE_APPLICATION_SETTING', time: '2026-08-01T10:00:00Z', actor: 'ada.admin@example.org' },
        { setting: 'SsoPolicyProto sso_profile_challenge_selection_behavior', orgUnit: 'Example Org', group: null, value: 'SSO_PROFILES_PERFORM_CHALLENGE_SELECTION', event: 'CREATE_APPLICATION_SETTING', time: '2026-08-01T10:01:00Z', actor: 'ada.admin@example.org' },
        { setting: 'OutOfDomainWarningProto disable_untrusted_recipient_warning', orgUnit: 'Example Org', group: null, value: 'false', event: 'CHANGE_APPLICATION_SETTING', time: '2026-08-02T09:00:00Z', actor: 'ada.admin@example.org' },
        { setting: 'MeetGenAiSmartNotesDocAccessProto manage_smart_notes_doc_access', orgUnit: 'Example Org', group: null, value: 'false', event: 'CHANGE_APPLICATION_SETTING', time: '2026-08-03T09:00:00Z', actor: 'ada.admin@example.org' },
        { setting: 'MeetGenAiSmartNotesDocAccessProto default_smart_notes_doc_access', orgUnit: 'Example Org', group: null, value: 'SAME_ORGANIZATION', event: 'CHANGE_APPLICATION_SETTING', time: '2026-08-03T09:01:00Z', actor: 'ada.admin@example.org' },
      ],
    },
    contextAwareAccess: {
      source: 'admin-log',
      retentionDays: 180,
      latest: { time: '2026-09-01T12:00:00Z', enabled: true, rawValue: 'ENABLED', actor: 'ada.admin@example.org' },
    },
  };
}
