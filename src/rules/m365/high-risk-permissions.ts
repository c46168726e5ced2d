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

/** Microsoft Graph application permissions (app roles) that are dangerous for any app to hold. Exchange Online's and SharePoint Online's own app roles have their lists below. */
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

/** The APIs whose application permissions graphAppRoleAssignments holds, by appId. */
export const MICROSOFT_GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
export const EXCHANGE_ONLINE_APP_ID = '00000002-0000-0ff1-ce00-000000000000';
export const SHAREPOINT_ONLINE_APP_ID = '00000003-0000-0ff1-ce00-000000000000';

/**
 * Office 365 Exchange Online application permissions (app roles on its own service principal, not on
 * Graph). They reach mail through EWS, Exchange PowerShell or IMAP/POP rather than Graph, so Graph's
 * list does not cover them even where the names are the same.
 */
export const HIGH_RISK_EXCHANGE_APPLICATION: readonly HighRiskPermission[] = [
  { permission: 'full_access_as_app', level: 'critical', reason: 'full EWS access to every mailbox in the tenant without a signed-in user (unless an application access policy limits it)' },
  { permission: 'Exchange.ManageAsApp', level: 'critical', reason: 'runs Exchange Online PowerShell as the app; with an Exchange admin role it changes every mailbox, transport rule and forwarding setting' },
  { ...MAIL, reason: 'reads, changes or sends mail in every mailbox through Exchange Online without a signed-in user' },
  { permission: 'MailboxSettings.ReadWrite', level: 'high', reason: 'creates forwarding and inbox rules on every mailbox' },
  { permission: 'IMAP.AccessAsApp', level: 'high', reason: 'reads mailboxes over IMAP as the app, outside Graph auditing' },
  { permission: 'POP.AccessAsApp', level: 'high', reason: 'downloads mailboxes over POP as the app' },
];

/** Office 365 SharePoint Online application permissions (SharePoint REST / CSOM, not Graph). */
export const HIGH_RISK_SHAREPOINT_APPLICATION: readonly HighRiskPermission[] = [
  { permission: 'Sites.FullControl.All', level: 'critical', reason: 'full control of every SharePoint site and OneDrive through the SharePoint API, including permissions' },
  { permission: 'Sites.Manage.All', level: 'critical', reason: 'creates and deletes lists and libraries in every site through the SharePoint API' },
  { permission: 'Sites.ReadWrite.All', level: 'critical', reason: 'changes content in every site and OneDrive through the SharePoint API' },
  { permission: 'Sites.Read.All', level: 'high', reason: 'reads every site and OneDrive through the SharePoint API' },
];

interface ResourceApi {
  /** How evidence names the API: "Sites.FullControl.All on SharePoint Online". */
  name: string;
  highRisk: readonly HighRiskPermission[];
}

const RESOURCE_APIS: ReadonlyMap<string, ResourceApi> = new Map([
  [MICROSOFT_GRAPH_APP_ID, { name: 'Microsoft Graph', highRisk: HIGH_RISK_APPLICATION }],
  [EXCHANGE_ONLINE_APP_ID, { name: 'Exchange Online', highRisk: HIGH_RISK_EXCHANGE_APPLICATION }],
  [SHAREPOINT_ONLINE_APP_ID, { name: 'SharePoint Online', highRisk: HIGH_RISK_SHAREPOINT_APPLICATION }],
]);

/** A short name for the API an application permission is on; the tenant's own name for an API not listed here. */
export function resourceApiName(resourceAppId: string, fallback: string): string {
  return RESOURCE_APIS.get(resourceAppId.toLowerCase())?.name ?? fallback;
}

/**
 * An application permission as evidence shows it. Graph's need no qualifier (most grants are Graph's);
 * the same name on another API gets one, so Graph's Sites.FullControl.All and SharePoint's read apart.
 */
export function describeApplicationPermission(permission: string, resourceAppId: string, resourceDisplayName: string): string {
  if (resourceAppId.toLowerCase() === MICROSOFT_GRAPH_APP_ID) return permission;
  return `${permission} on ${resourceApiName(resourceAppId, resourceDisplayName)}`;
}

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

/**
 * The list entry an application permission falls under, if it is high-risk, judged against the list of
 * the API it is on (Microsoft Graph unless named). An API with no list here has no high-risk entries.
 */
export function highRiskApplication(permission: string, resourceAppId: string = MICROSOFT_GRAPH_APP_ID): HighRiskPermission | undefined {
  return RESOURCE_APIS.get(resourceAppId.toLowerCase())?.highRisk.find((entry) => matches(entry, permission));
}
