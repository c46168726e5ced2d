/**
 * Microsoft Graph (and Exchange / SharePoint) permissions that give an app enough reach to
 * read or exfiltrate organisation data, or to take over the tenant, when granted to it.
 *
 * This is a maintained list, not logic: add a permission with a one-line reason. Sources used to
 * build it: CISA ScubaGear's risky-permission catalogue (schemas/RiskyAppPermissions.json, entries
 * rated High or Critical), Microsoft's "Detect and remediate illicit consent grants" guidance, and
 * the Graph permissions reference. Broad read-only directory scopes (User.Read.All, Directory.Read.All)
 * are left out on purpose: many vendor apps legitimately need them and they expose no content or
 * control; they would drown the real findings.
 *
 * A name ending in ".*" matches every permission with that prefix (case-insensitive).
 */
export interface HighRiskPermission {
  permission: string;
  level: 'critical' | 'high';
  reason: string;
}

const MAIL: HighRiskPermission = { permission: 'Mail.*', level: 'critical', reason: 'reads, changes or sends mail: the first target of consent-phishing and business email compromise' };

/** Delegated scopes that are dangerous when consented for all users (consentType AllPrincipals). */
export const HIGH_RISK_DELEGATED: readonly HighRiskPermission[] = [
  MAIL,
  { permission: 'MailboxSettings.ReadWrite', level: 'high', reason: 'can create forwarding and inbox rules that silently exfiltrate mail' },
  { permission: 'EWS.AccessAsUser.All', level: 'critical', reason: 'full Exchange Web Services access to every mailbox the user can open' },
  { permission: 'full_access_as_user', level: 'critical', reason: 'Exchange Online full mailbox access as the user' },
  { permission: 'IMAP.AccessAsUser.All', level: 'high', reason: 'reads mailboxes over IMAP, outside Graph auditing' },
  { permission: 'POP.AccessAsUser.All', level: 'high', reason: 'downloads mailboxes over POP' },
  { permission: 'SMTP.Send', level: 'high', reason: 'sends mail as the user over SMTP AUTH' },
  { permission: 'EAS.AccessAsUser.All', level: 'high', reason: 'Exchange ActiveSync access to mail, calendar and contacts' },
  { permission: 'Files.Read.All', level: 'high', reason: 'reads every file the user can reach in OneDrive and SharePoint' },
  { permission: 'Files.ReadWrite.All', level: 'critical', reason: 'reads, changes and deletes every file the user can reach (ransomware, exfiltration)' },
  { permission: 'Sites.Read.All', level: 'high', reason: 'reads every SharePoint site the user can reach' },
  { permission: 'Sites.ReadWrite.All', level: 'critical', reason: 'changes content in every SharePoint site the user can reach' },
  { permission: 'Sites.Manage.All', level: 'critical', reason: 'creates and deletes lists and libraries in every site' },
  { permission: 'Sites.FullControl.All', level: 'critical', reason: 'full control of every SharePoint site, including permissions' },
  { permission: 'AllSites.Write', level: 'critical', reason: 'SharePoint API: changes content in every site the user can reach' },
  { permission: 'AllSites.Manage', level: 'critical', reason: 'SharePoint API: manages lists and libraries in every site' },
  { permission: 'AllSites.FullControl', level: 'critical', reason: 'SharePoint API: full control of every site' },
  { permission: 'Notes.ReadWrite.All', level: 'high', reason: 'reads and changes every OneNote notebook the user can reach' },
  { permission: 'Chat.ReadWrite', level: 'high', reason: 'reads and sends Teams chat messages as the user' },
  { permission: 'Directory.ReadWrite.All', level: 'critical', reason: 'changes users, groups and directory settings as the user (an admin consenting makes it tenant takeover)' },
  { permission: 'Directory.AccessAsUser.All', level: 'critical', reason: 'acts with the full directory rights of the signed-in user, including admins' },
  { permission: 'User.ReadWrite.All', level: 'critical', reason: 'changes any user profile the user may change' },
  { permission: 'Group.ReadWrite.All', level: 'high', reason: 'changes group membership, which can grant access to data and roles' },
  { permission: 'RoleManagement.ReadWrite.Directory', level: 'critical', reason: 'assigns directory roles, including Global Administrator' },
  { permission: 'AppRoleAssignment.ReadWrite.All', level: 'critical', reason: 'grants any application permission to any app, escalating to tenant takeover' },
  { permission: 'Application.ReadWrite.All', level: 'critical', reason: 'adds credentials to any app and so inherits every app\'s permissions' },
  { permission: 'DelegatedPermissionGrant.ReadWrite.All', level: 'critical', reason: 'grants any delegated scope to any app without consent' },
  { permission: 'Policy.ReadWrite.ConditionalAccess', level: 'critical', reason: 'disables or rewrites Conditional Access policies' },
  { permission: 'Policy.ReadWrite.AuthenticationMethod', level: 'critical', reason: 'weakens the sign-in methods the tenant accepts' },
  { permission: 'UserAuthenticationMethod.ReadWrite.All', level: 'critical', reason: 'registers MFA methods on other users (account takeover)' },
  { permission: 'Domain.ReadWrite.All', level: 'critical', reason: 'adds or federates domains (authentication bypass)' },
];

/** Microsoft Graph application permissions (app roles) that are dangerous for any app to hold. */
export const HIGH_RISK_APPLICATION: readonly HighRiskPermission[] = [
  { ...MAIL, reason: 'reads, changes or sends mail in every mailbox in the tenant without a signed-in user' },
  { permission: 'MailboxSettings.ReadWrite', level: 'high', reason: 'creates forwarding and inbox rules on every mailbox' },
  { permission: 'Mail-Advanced.ReadWrite.All', level: 'critical', reason: 'changes messages in every mailbox' },
  { permission: 'Calendars.ReadWrite', level: 'high', reason: 'reads and changes every user\'s calendar' },
  { permission: 'Contacts.ReadWrite', level: 'high', reason: 'reads and changes every user\'s contacts' },
  { permission: 'Files.Read.All', level: 'high', reason: 'reads every file in every OneDrive and SharePoint site' },
  { permission: 'Files.ReadWrite.All', level: 'critical', reason: 'reads, changes and deletes every file in the tenant (ransomware, exfiltration)' },
  { permission: 'Sites.Read.All', level: 'high', reason: 'reads every SharePoint site' },
  { permission: 'Sites.ReadWrite.All', level: 'critical', reason: 'changes content in every SharePoint site' },
  { permission: 'Sites.Manage.All', level: 'critical', reason: 'creates and deletes lists and libraries in every site' },
  { permission: 'Sites.FullControl.All', level: 'critical', reason: 'full control of every SharePoint site, including permissions' },
  { permission: 'Notes.ReadWrite.All', level: 'high', reason: 'reads and changes every OneNote notebook' },
  { permission: 'Chat.Read.All', level: 'high', reason: 'reads every Teams chat in the tenant' },
  { permission: 'Chat.ReadWrite.All', level: 'high', reason: 'reads and changes every Teams chat in the tenant' },
  { permission: 'ChannelMessage.Read.All', level: 'high', reason: 'reads every Teams channel message' },
  { permission: 'OnlineMeetings.ReadWrite.All', level: 'high', reason: 'creates and changes meetings for any user' },
  { permission: 'Directory.ReadWrite.All', level: 'critical', reason: 'changes users, groups and directory settings tenant-wide' },
  { permission: 'User.ReadWrite.All', level: 'critical', reason: 'changes any user profile tenant-wide' },
  { permission: 'User-PasswordProfile.ReadWrite.All', level: 'critical', reason: 'resets user passwords (account takeover)' },
  { permission: 'User.EnableDisableAccount.All', level: 'critical', reason: 'enables or disables any account' },
  { permission: 'Group.ReadWrite.All', level: 'high', reason: 'changes every group and its membership' },
  { permission: 'GroupMember.ReadWrite.All', level: 'high', reason: 'changes group membership, which can grant access to data and roles' },
  { permission: 'RoleManagement.ReadWrite.Directory', level: 'critical', reason: 'assigns directory roles, including Global Administrator' },
  { permission: 'RoleAssignmentSchedule.ReadWrite.Directory', level: 'critical', reason: 'creates privileged role assignments through PIM' },
  { permission: 'RoleEligibilitySchedule.ReadWrite.Directory', level: 'critical', reason: 'makes accounts eligible for privileged roles through PIM' },
  { permission: 'AppRoleAssignment.ReadWrite.All', level: 'critical', reason: 'grants any application permission to any app, escalating to tenant takeover' },
  { permission: 'Application.ReadWrite.All', level: 'critical', reason: 'adds credentials to any app and so inherits every app\'s permissions' },
  { permission: 'DelegatedPermissionGrant.ReadWrite.All', level: 'critical', reason: 'grants any delegated scope to any app without consent' },
  { permission: 'Policy.ReadWrite.ConditionalAccess', level: 'critical', reason: 'disables or rewrites Conditional Access policies' },
  { permission: 'Policy.ReadWrite.AuthenticationMethod', level: 'critical', reason: 'weakens the sign-in methods the tenant accepts' },
  { permission: 'Policy.ReadWrite.PermissionGrant', level: 'critical', reason: 'changes who may consent to which permissions' },
  { permission: 'Policy.ReadWrite.Authorization', level: 'critical', reason: 'changes tenant-wide authorization defaults (consent, guest access)' },
  { permission: 'UserAuthenticationMethod.ReadWrite.All', level: 'critical', reason: 'registers MFA methods on any user (account takeover)' },
  { permission: 'Domain.ReadWrite.All', level: 'critical', reason: 'adds or federates domains (authentication bypass)' },
  { permission: 'Organization.ReadWrite.All', level: 'critical', reason: 'changes tenant-wide organisation settings' },
  { permission: 'IdentityProvider.ReadWrite.All', level: 'critical', reason: 'adds identity providers that can sign users in' },
  { permission: 'BitlockerKey.Read.All', level: 'high', reason: 'reads BitLocker recovery keys for every device' },
  { permission: 'DeviceLocalCredential.Read.All', level: 'high', reason: 'reads local administrator passwords (LAPS) for every device' },
];

function matches(entry: HighRiskPermission, permission: string): boolean {
  const wanted = entry.permission.toLowerCase();
  const actual = permission.toLowerCase();
  if (wanted.endsWith('.*')) return actual.startsWith(wanted.slice(0, -1));
  return actual === wanted;
}

/** The list entry a delegated scope falls under, if it is high-risk. */
export function highRiskDelegated(scope: string): HighRiskPermission | undefined {
  return HIGH_RISK_DELEGATED.find((entry) => matches(entry, scope));
}

/** The list entry a Graph application permission falls under, if it is high-risk. */
export function highRiskApplication(permission: string): HighRiskPermission | undefined {
  return HIGH_RISK_APPLICATION.find((entry) => matches(entry, permission));
}
