import type { SettingSpec } from './effective-settings.js';

/**
 * The Policy API settings the checks read, with Google's documented defaults ("Default field values",
 * cloud.google.com/identity/docs/concepts/policy-api-concepts) and, for settings Google always writes on
 * the top OU, the behaviour of a tenant nobody has configured. Reducers follow Google's reducer table.
 */
export const SETTINGS = {
  // Defaults checked against Google's "Default field values" table (as copied in ScubaGoggles policy_api.py
  // `_defaults`, 416a18a). Settings absent from that table carry the value of a never-configured tenant:
  // 2SV enforcement and the new-user enrolment period (Admin console "None") are not written until an admin
  // sets them, as ScubaGoggles also assumes; the 14-day web session is support.google.com/a/answer/7576830.
  twoStepEnrollment: { type: 'security.two_step_verification_enrollment', defaults: { allowEnrollment: true } },
  // Not enforced until an admin turns it on; the epoch means "never".
  twoStepEnforcement: { type: 'security.two_step_verification_enforcement', defaults: { enforcedFrom: '1970-01-01T00:00:00Z' } },
  twoStepFactors: { type: 'security.two_step_verification_enforcement_factor', defaults: { allowedSignInFactorSet: 'ALL' } },
  twoStepGracePeriod: { type: 'security.two_step_verification_grace_period', defaults: { enrollmentGracePeriod: '0s' } },
  twoStepDeviceTrust: { type: 'security.two_step_verification_device_trust', defaults: { allowTrustingDevice: true } },
  sessionControls: { type: 'security.session_controls', defaults: { webSessionDuration: '1209600s' } },
  lessSecureApps: { type: 'security.less_secure_apps', defaults: { allowLessSecureApps: false }, reducer: 'merge' },
  password: {
    type: 'security.password',
    defaults: { allowedStrength: 'STRONG', minimumLength: 8, maximumLength: 100, enforceRequirementsAtLogin: false, allowReuse: false, expirationDuration: '0s' },
  },
  loginChallenges: { type: 'security.login_challenges', defaults: { enableEmployeeIdChallenge: false } },
  superAdminRecovery: { type: 'security.super_admin_account_recovery', defaults: { enableAccountRecovery: false }, reducer: 'merge' },
  userAccountRecovery: { type: 'security.user_account_recovery', defaults: { enableAccountRecovery: false }, reducer: 'merge' },
  unconfiguredApps: { type: 'api_controls.unconfigured_third_party_apps', defaults: { accessLevel: 'ALLOW_ALL_SCOPES' }, reducer: 'merge' },
  internalApps: { type: 'api_controls.internal_apps', defaults: { trustInternalApps: false } },
  // Google's reducer table lists google_services as MaxMap: entries are keyed by scopesGroup, so a sub-OU
  // policy restricting one more service keeps the services its parent already restricts.
  googleServices: { type: 'api_controls.google_services', defaults: { services: [] }, reducer: 'maxMap', key: 'scopesGroup' },
  marketplaceAccess: { type: 'workspace_marketplace.apps_access_options', defaults: { accessLevel: 'ALLOW_ALL', allowAllInternalApps: false } },
  driveSdk: { type: 'drive_and_docs.drive_sdk', defaults: { enableDriveSdkApiAccess: true }, reducer: 'merge', service: 'drive_and_docs' },
  driveExternalSharing: {
    type: 'drive_and_docs.external_sharing',
    service: 'drive_and_docs',
    defaults: {
      accessCheckerSuggestions: 'RECIPIENTS_OR_AUDIENCE_OR_PUBLIC',
      allowNonGoogleInvites: true,
      allowNonGoogleInvitesInAllowlistedDomains: false,
      allowPublishingFiles: true,
      allowReceivingExternalFiles: true,
      allowReceivingFilesOutsideAllowlistedDomains: true,
      allowedPartiesForDistributingContent: 'ALL_ELIGIBLE_USERS',
      externalSharingMode: 'ALLOWED',
      warnForExternalSharing: true,
      warnForSharingOutsideAllowlistedDomains: true,
    },
  },
  driveGeneralAccess: { type: 'drive_and_docs.general_access_default', defaults: { defaultFileAccess: 'LINK_SHARING_PRIVATE' }, service: 'drive_and_docs' },
  sharedDriveCreation: {
    type: 'drive_and_docs.shared_drive_creation',
    service: 'drive_and_docs',
    defaults: { allowSharedDriveCreation: true, allowManagersToOverrideSettings: true, allowExternalUserAccess: true, allowNonMemberAccess: true, allowedPartiesForDownloadPrintCopy: 'ALL' },
  },
  gmailAutoForwarding: { type: 'gmail.auto_forwarding', defaults: { enableAutoForwarding: true }, service: 'gmail' },
  // Neither is in Google's "Default field values" table (nor in ScubaGoggles' defaults), so no value is
  // assumed: a tenant whose top OU returns neither policy is reported as not shown to be disabled.
  gmailImap: { type: 'gmail.imap_access', defaults: {}, service: 'gmail' },
  gmailPop: { type: 'gmail.pop_access', defaults: {}, service: 'gmail' },
  gmailDelegation: { type: 'gmail.mail_delegation', defaults: { enableMailDelegation: false }, service: 'gmail' },
  // Google documents different defaults for primary (free/busy) and secondary (all details) calendars.
  calendarPrimarySharing: { type: 'calendar.primary_calendar_max_allowed_external_sharing', defaults: { maxAllowedExternalSharing: 'EXTERNAL_FREE_BUSY_ONLY' }, service: 'calendar', reducer: 'merge' },
  calendarSecondarySharing: { type: 'calendar.secondary_calendar_max_allowed_external_sharing', defaults: { maxAllowedExternalSharing: 'EXTERNAL_ALL_INFO_READ_ONLY' }, service: 'calendar', reducer: 'merge' },
  calendarInvitations: { type: 'calendar.external_invitations', defaults: { warnOnInvite: true }, service: 'calendar' },
  groupsSharing: {
    type: 'groups_for_business.groups_sharing',
    reducer: 'merge',
    service: 'groups_for_business',
    defaults: {
      collaborationCapability: 'DOMAIN_USERS_ONLY',
      createGroupsAccessLevel: 'USERS_IN_DOMAIN',
      newGroupsAreHidden: false,
      ownersCanAllowExternalMembers: false,
      ownersCanAllowIncomingMailFromPublic: true,
      ownersCanHideGroups: false,
      viewTopicsDefaultAccessLevel: 'DOMAIN_USERS',
    },
  },
  chatExternal: { type: 'chat.external_chat_restriction', reducer: 'merge', service: 'chat', defaults: { allowExternalChat: false, externalChatRestriction: 'NO_RESTRICTION' } },
  // Not in Google's default table; "Allow all files" is the Admin console's out-of-the-box choice for both.
  chatFileSharing: { type: 'chat.chat_file_sharing', service: 'chat', defaults: { externalFileSharing: 'ALL_FILES', internalFileSharing: 'ALL_FILES' } },
  // Settings below are not in Google's "Default field values" table. Where the Admin console's out-of-the-box
  // choice is off and ScubaGoggles judges only an explicit value (Calendar interop, per-user outbound gateways),
  // that choice is the default, as ScubaGoggles' own `_defaults` does for interop; elsewhere no value is assumed
  // and a target whose policies never show the value is reported as not shown to be safe.
  driveExternalFileWarning: { type: 'drive_and_docs.external_file_warning', defaults: {}, service: 'drive_and_docs' },
  driveSecurityUpdate: { type: 'drive_and_docs.file_security_update', defaults: {}, service: 'drive_and_docs' },
  driveForDesktop: { type: 'drive_and_docs.drive_for_desktop', defaults: {}, service: 'drive_and_docs' },
  gmailOutboundGateway: { type: 'gmail.per_user_outbound_gateway', defaults: { allowUsersToUseExternalSmtpServers: false }, service: 'gmail' },
  gmailComprehensiveStorage: { type: 'gmail.comprehensive_mail_storage', defaults: {}, service: 'gmail' },
  calendarInteroperability: { type: 'calendar.interoperability', defaults: { enableInteroperability: false }, service: 'calendar' },
  // In Google's default table; ScubaGoggles reduces it with Merge.
  chatHistory: { type: 'chat.chat_history', defaults: { allowUserModification: true, historyOnByDefault: false }, service: 'chat', reducer: 'merge' },
  chatSpaceHistory: { type: 'chat.space_history', defaults: {}, service: 'chat' },
  meetJoining: { type: 'meet.meet_joining', defaults: {}, service: 'meet' },
  meetSafetyAccess: { type: 'meet.safety_access', defaults: {}, service: 'meet' },
  meetExternalLabel: { type: 'meet.safety_external_participants', defaults: {}, service: 'meet' },
  classroomMembership: { type: 'classroom.class_membership', defaults: {}, service: 'classroom' },
  classroomApiAccess: { type: 'classroom.api_data_access', defaults: {}, service: 'classroom' },
  classroomRosterImport: { type: 'classroom.roster_import', defaults: {}, service: 'classroom' },
  multiPartyApproval: { type: 'multi_party_approval.require_approvals', defaults: { multiPartyApprovalState: 'DISABLED' } },
} as const satisfies Record<string, SettingSpec>;
