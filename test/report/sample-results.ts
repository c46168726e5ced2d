import type { CheckResult, Evidence, Provider, Status, TenantRef } from '../../src/core/model.js';
import { emptyCounts } from '../../src/core/model.js';
import { RESULTS_SCHEMA_VERSION, type AuditResults, type TenantAudit } from '../../src/core/results.js';

type Meta = Omit<CheckResult, 'status' | 'summary' | 'evidence' | 'evidenceTotal' | 'waiver'>;

/** Check metadata as the catalog would carry it; ids, anchors and links follow the research notes. */
const METAS: Meta[] = [
      {
        checkId: 'm365-ca-mfa-all-users', provider: 'm365', area: 'conditional-access', severity: 'high',
        title: 'Conditional Access requires MFA for all users',
        owner: 'Conditional Access Administrator',
        rationale: 'Without a policy that requires MFA for every user on every app, a stolen password is enough to sign in. Policies scoped by risk level leave ordinary sign-ins without MFA.',
        remediation: 'Entra admin center > Protection > Conditional Access: create a policy for All users and All resources that grants access only with multifactor authentication (or an authentication strength). Exclude only the break-glass accounts. Turn it On, not Report-only.',
        references: { scuba: ['MS.AAD.3.2v2'], cis: ['5.2.2.2'], docs: ['https://learn.microsoft.com/entra/identity/conditional-access/policy-all-users-mfa-strength'] },
      },
      {
        checkId: 'm365-ca-block-legacy-auth', provider: 'm365', area: 'conditional-access', severity: 'high',
        title: 'Legacy authentication is blocked',
        owner: 'Conditional Access Administrator',
        rationale: 'Legacy protocols (IMAP, POP, SMTP AUTH, Exchange ActiveSync basic auth) cannot do MFA and are the main target of password spraying.',
        remediation: 'Create a Conditional Access policy for All users and All resources with client apps Exchange ActiveSync and Other clients, and grant control Block access.',
        references: { scuba: ['MS.AAD.1.1v1'], cis: ['5.2.2.3'], docs: ['https://learn.microsoft.com/entra/identity/conditional-access/policy-block-legacy-authentication'] },
      },
      {
        checkId: 'm365-ca-device-code-flow-blocked', provider: 'm365', area: 'conditional-access', severity: 'medium',
        title: 'Device code flow is blocked',
        owner: 'Conditional Access Administrator',
        rationale: 'Device code phishing lets an attacker obtain tokens for a user who types a code on a genuine Microsoft page.',
        remediation: 'Create a Conditional Access policy with Authentication flows > Device code flow and grant control Block access, excluding only devices that need it.',
        references: { scuba: ['MS.AAD.3.9v1'], cis: ['5.2.2.12'], docs: ['https://learn.microsoft.com/entra/identity/conditional-access/policy-block-authentication-flows'] },
      },
      {
        checkId: 'm365-auth-sms-voice-disabled', provider: 'm365', area: 'mfa', severity: 'medium',
        title: 'SMS and voice call sign-in methods are disabled',
        owner: 'Authentication Policy Administrator',
        rationale: 'SMS and voice codes can be intercepted through SIM swapping, number porting and SS7 attacks, and are easily phished.',
        remediation: 'Entra admin center > Protection > Authentication methods > Policies: open SMS and Voice call, set Enable to No, and save. Move users to Microsoft Authenticator or a passkey first.',
        references: { scuba: ['MS.AAD.3.5v2'], cis: ['5.2.3.5'], docs: ['https://learn.microsoft.com/entra/identity/authentication/concept-authentication-methods-manage'] },
      },
      {
        checkId: 'm365-auth-members-mfa-capable', provider: 'm365', area: 'mfa', severity: 'high',
        title: 'Every enabled member user is MFA capable',
        owner: 'Authentication Administrator',
        rationale: 'A user with no registered MFA method can be made to register the attacker\'s method at the next sign-in.',
        remediation: 'Run a registration campaign (Entra admin center > Protection > Authentication methods > Registration campaign) and follow up with the users listed.',
        references: { cis: ['5.2.3.4'], docs: ['https://learn.microsoft.com/entra/identity/authentication/how-to-mfa-registration-campaign'] },
      },
      {
        checkId: 'm365-app-user-consent-restricted', provider: 'm365', area: 'oauth-grants', severity: 'high',
        title: 'Users cannot consent to apps on their own',
        owner: 'Privileged Role Administrator',
        rationale: 'Consent phishing tricks users into granting a malicious app access to their mail and files; it survives password resets.',
        remediation: 'Entra admin center > Enterprise apps > Consent and permissions: set User consent to "Do not allow user consent" and enable the admin consent workflow.',
        references: { scuba: ['MS.AAD.5.2v1'], cis: ['5.1.5.1'], docs: ['https://learn.microsoft.com/entra/identity/enterprise-apps/configure-user-consent'] },
      },
      {
        checkId: 'm365-app-tenant-wide-risky-grants', provider: 'm365', area: 'oauth-grants', severity: 'critical',
        title: 'No third-party app holds tenant-wide high-risk delegated permissions',
        owner: 'Cloud Application Administrator',
        rationale: 'A tenant-wide grant of Mail.ReadWrite or Files.ReadWrite.All to a third-party app exposes every mailbox or file to that publisher.',
        remediation: 'Review each app listed: revoke the grant (Enterprise apps > app > Permissions) or replace it with a per-user grant of fewer scopes.',
        references: { other: { 'ScubaGear risky permissions': ['AADRiskyPermissions'] }, docs: ['https://learn.microsoft.com/entra/identity/enterprise-apps/manage-application-permissions'] },
      },
      {
        checkId: 'm365-priv-global-admin-count', provider: 'm365', area: 'privileged-access', severity: 'high',
        title: 'Between two and four Global Administrators are assigned',
        owner: 'Privileged Role Administrator',
        rationale: 'Too many Global Administrators widens the attack surface; fewer than two risks lock-out.',
        remediation: 'Entra admin center > Roles and admins > Global Administrator: remove standing assignments until two to four remain; use narrower roles.',
        references: { scuba: ['MS.AAD.7.1v1'], cis: ['1.1.3'], docs: ['https://learn.microsoft.com/entra/identity/role-based-access-control/best-practices'] },
      },
      {
        checkId: 'm365-priv-admins-phishing-resistant', provider: 'm365', area: 'privileged-access', severity: 'high',
        title: 'Administrators have a phishing-resistant method registered',
        owner: 'Privileged Role Administrator',
        rationale: 'Admins are the most phished accounts; only FIDO2, Windows Hello and passkeys resist adversary-in-the-middle kits.',
        remediation: 'Have each admin register a FIDO2 key or passkey, then require the phishing-resistant authentication strength for admin roles.',
        references: { scuba: ['MS.AAD.3.6v1'], cis: ['5.2.2.5'], docs: ['https://learn.microsoft.com/entra/identity/authentication/how-to-enable-passkey-fido2'] },
      },
      {
        checkId: 'm365-sharing-guest-invites-restricted', provider: 'm365', area: 'external-sharing', severity: 'medium',
        title: 'Only admins and Guest Inviters can invite guests',
        owner: 'External Identity Provider Administrator',
        rationale: 'If every member can invite guests, outsiders accumulate access that nobody reviews.',
        remediation: 'Entra admin center > External Identities > External collaboration settings: set Guest invite settings to "Only users assigned to specific admin roles can invite guest users".',
        references: { cis: ['5.1.6.2'], docs: ['https://learn.microsoft.com/entra/external-id/external-collaboration-settings-configure'] },
      },
      {
        checkId: 'm365-label-sensitivity-labels-published', provider: 'm365', area: 'data-classification', severity: 'medium',
        title: 'Sensitivity labels are published to users',
        owner: 'Compliance Administrator',
        rationale: 'Without published labels, users cannot classify or protect confidential documents and mail.',
        remediation: 'Microsoft Purview > Information protection > Label policies: publish at least one label policy to all users.',
        references: { cis: ['3.3.1'], docs: ['https://learn.microsoft.com/purview/create-sensitivity-labels'] },
      },
      {
        checkId: 'm365-ca-risky-users-blocked', provider: 'm365', area: 'conditional-access', severity: 'high',
        title: 'High-risk users are blocked or must change their password',
        owner: 'Conditional Access Administrator',
        rationale: 'Identity Protection flags users whose credentials are likely compromised; acting on it stops an attacker who already holds them.',
        remediation: 'Create a Conditional Access policy for All users with User risk High that blocks access or requires a secure password change.',
        references: { scuba: ['MS.AAD.2.1v1'], cis: ['5.2.2.6'], docs: ['https://learn.microsoft.com/entra/id-protection/howto-identity-protection-configure-risk-policies'] },
      },
      {
        checkId: 'gws-mfa-2sv-enforced', provider: 'gws', area: 'mfa', severity: 'critical',
        title: '2-Step Verification is enforced for every organizational unit',
        owner: 'Super Admin',
        rationale: 'Child OUs can override the top-level 2SV setting; one OU without enforcement leaves its users on passwords alone.',
        remediation: 'Admin console > Security > Authentication > 2-step verification: for each OU listed, check "Allow users to turn on 2-Step Verification" and set Enforcement to On.',
        references: { scuba: ['GWS.COMMONCONTROLS.1.1v0.6'], cis: ['4.1.1.3'], docs: ['https://support.google.com/a/answer/9176657'] },
      },
      {
        checkId: 'gws-mfa-no-sms-voice', provider: 'gws', area: 'mfa', severity: 'medium',
        title: 'SMS and voice codes are not allowed as a second step',
        owner: 'Super Admin',
        rationale: 'SMS and voice codes can be intercepted and phished.',
        remediation: 'Admin console > Security > 2-step verification > Methods: choose "Any except verification codes via text, phone call".',
        references: { scuba: ['GWS.COMMONCONTROLS.1.3v0.6'], docs: ['https://support.google.com/a/answer/9176657'] },
      },
      {
        checkId: 'gws-priv-admins-2sv-enrolled', provider: 'gws', area: 'privileged-access', severity: 'critical',
        title: 'Every admin is enrolled in 2-Step Verification',
        owner: 'Super Admin',
        rationale: 'An admin account without 2SV is the quickest path to taking over the whole domain.',
        remediation: 'Admin console > Directory > Users: filter on admin roles and 2SV enrollment, then have each admin enrol a security key.',
        references: { cis: ['4.1.1.1'], docs: ['https://support.google.com/a/answer/9011373'] },
      },
      {
        checkId: 'gws-drive-external-sharing-restricted', provider: 'gws', area: 'external-sharing', severity: 'high',
        title: 'Drive files cannot be shared outside allowlisted domains',
        owner: 'Super Admin',
        rationale: 'Open external sharing lets any user publish internal files to personal or competitor accounts.',
        remediation: 'Admin console > Apps > Google Workspace > Drive and Docs > Sharing settings: for each OU listed, set sharing outside the organisation to "Allowlisted domains" and warn on external sharing.',
        references: { scuba: ['GWS.DRIVEDOCS.1.1v0.6'], cis: ['3.1.3.1.1'], docs: ['https://support.google.com/a/answer/60781'] },
      },
      {
        checkId: 'gws-oauth-risky-token-grants', provider: 'gws', area: 'oauth-grants', severity: 'high',
        title: 'No unreviewed third-party app holds restricted Gmail or Drive scopes',
        owner: 'Super Admin',
        rationale: 'Apps granted restricted scopes can read every message or file of the users who authorised them.',
        remediation: 'Admin console > Security > API controls > Manage third-party app access: set unreviewed apps to Limited or Blocked and trust only the apps you have reviewed.',
        references: { cis: ['4.2.1.2'], docs: ['https://support.google.com/a/answer/7281227'] },
      },
      {
        checkId: 'gws-session-web-duration', provider: 'gws', area: 'conditional-access', severity: 'medium',
        title: 'Web sessions expire within 12 hours',
        owner: 'Super Admin',
        rationale: 'Long sessions let a stolen session cookie stay useful for days.',
        remediation: 'Admin console > Security > Access and data control > Google session control: set web session duration to 12 hours or less.',
        references: { scuba: ['GWS.COMMONCONTROLS.4.1v0.6'], cis: ['4.2.4.1'], docs: ['https://support.google.com/a/answer/7576830'] },
      },
      {
        checkId: 'gws-labels-drive-labels-published', provider: 'gws', area: 'data-classification', severity: 'low',
        title: 'Drive labels are published for classification',
        owner: 'Super Admin',
        rationale: 'Labels let DLP rules and users tell confidential files from public ones.',
        remediation: 'Admin console > Apps > Google Workspace > Drive and Docs > Labels: create and publish a classification label.',
        references: { docs: ['https://support.google.com/a/answer/9292382'] },
      },
      {
        checkId: 'salesforce-mfa-org-enforced', provider: 'salesforce', area: 'mfa', severity: 'critical',
        title: 'MFA is required for direct UI logins',
        owner: 'Salesforce System Administrator',
        rationale: 'Salesforce requires MFA contractually; without it a phished password opens the CRM.',
        remediation: 'Setup > Identity Verification: select "Require multi-factor authentication (MFA) for all direct UI logins to your Salesforce org".',
        references: { other: { 'Salesforce Health Check': ['MFA'] }, docs: ['https://help.salesforce.com/s/articleView?id=sf.security_require_two-factor_authentication.htm'] },
      },
      {
        checkId: 'salesforce-mfa-no-bypass-permission', provider: 'salesforce', area: 'mfa', severity: 'high',
        title: 'No active user may bypass MFA for UI logins',
        owner: 'Salesforce System Administrator',
        rationale: 'The "Waive Multi-Factor Authentication for Exempt Users" permission silently switches MFA off for whoever holds it.',
        remediation: 'Setup > Permission Sets: remove "Waive Multi-Factor Authentication for Exempt Users" from every permission set and profile listed, or unassign the users.',
        references: { other: { SBS: ['SBS-AUTH-002'] }, docs: ['https://help.salesforce.com/s/articleView?id=sf.mfa_exempt_users.htm'] },
      },
      {
        checkId: 'salesforce-net-profile-ip-ranges', provider: 'salesforce', area: 'conditional-access', severity: 'medium',
        title: 'Profiles restrict logins to narrow IP ranges',
        owner: 'Salesforce System Administrator',
        rationale: 'A login IP range of the whole internet on a profile is no restriction at all.',
        remediation: 'Setup > Profiles > (profile) > Login IP Ranges: replace the ranges listed with your egress ranges.',
        references: { other: { SBS: ['SBS-AUTH-003'] }, docs: ['https://help.salesforce.com/s/articleView?id=sf.login_ip_ranges.htm'] },
      },
      {
        checkId: 'salesforce-oauth-connected-apps-admin-approved', provider: 'salesforce', area: 'oauth-grants', severity: 'high',
        title: 'Connected apps are admin-approved only',
        owner: 'Salesforce System Administrator',
        rationale: 'Self-authorised connected apps can pull data out with the user\'s full access.',
        remediation: 'Setup > Connected Apps OAuth Usage: for each app, Manage Policies > Permitted Users: "Admin approved users are pre-authorized".',
        references: { docs: ['https://help.salesforce.com/s/articleView?id=sf.connected_app_manage_oauth.htm'] },
      },
      {
        checkId: 'salesforce-sharing-guest-user-access', provider: 'salesforce', area: 'external-sharing', severity: 'high',
        title: 'Guest users cannot see internal records',
        owner: 'Salesforce System Administrator',
        rationale: 'Misconfigured guest user access on Experience Cloud sites has exposed records to anonymous visitors.',
        remediation: 'Setup > Sharing Settings: set external access for each object to Private and review the site guest user profile.',
        references: { other: { 'Salesforce Health Check': ['Guest user'] }, docs: ['https://help.salesforce.com/s/articleView?id=sf.networks_guest_access.htm'] },
      },
      {
        checkId: 'salesforce-priv-modify-all-data-users', provider: 'salesforce', area: 'privileged-access', severity: 'high',
        title: 'Modify All Data is held by few users',
        owner: 'Salesforce System Administrator',
        rationale: 'Modify All Data overrides every sharing rule; each extra holder is a full-org compromise waiting to happen.',
        remediation: 'Setup > Permission Sets and Profiles: remove Modify All Data from the users listed; grant narrower object permissions instead.',
        references: { docs: ['https://help.salesforce.com/s/articleView?id=sf.admin_userperms.htm'] },
      },
      {
        checkId: 'salesforce-shield-data-classification', provider: 'salesforce', area: 'data-classification', severity: 'low',
        title: 'Sensitive fields carry a data classification',
        owner: 'Salesforce System Administrator',
        rationale: 'Classification metadata drives encryption and retention decisions.',
        remediation: 'Setup > Object Manager > (object) > Fields: set Data Sensitivity Level and Compliance Categorization on sensitive fields.',
        references: { docs: ['https://help.salesforce.com/s/articleView?id=sf.data_classification.htm'] },
      },
];

const META: Record<string, Meta> = Object.fromEntries(METAS.map((meta) => [meta.checkId, meta]));

export function checkResult(
  checkId: string,
  status: Status,
  summary: string,
  evidence: Evidence[] = [],
  extra: { evidenceTotal?: number; waiver?: CheckResult['waiver'] } = {},
): CheckResult {
  const meta = META[checkId];
  if (!meta) throw new Error(`sample: unknown check ${checkId}`);
  return {
    ...structuredClone(meta),
    status,
    summary,
    evidence,
    evidenceTotal: extra.evidenceTotal ?? evidence.length,
    ...(extra.waiver ? { waiver: extra.waiver } : {}),
  };
}

export function tenantAudit(tenant: TenantRef, results: CheckResult[], extra: Partial<TenantAudit> = {}): TenantAudit {
  const counts = emptyCounts();
  for (const result of results) counts[result.status] += 1;
  return { tenant, outcome: 'audited', collectedAt: '2026-11-02T06:01:12Z', durationMs: 8_400, counts, results, ...extra };
}

const FIRST = ['adele', 'alex', 'diego', 'grady', 'henrietta', 'isaiah', 'johanna', 'joni', 'lee', 'lidia', 'lynne', 'megan', 'miriam', 'nestor', 'patti', 'pradeep'];
const LAST = ['vance', 'wilber', 'siciliani', 'archie', 'mueller', 'langer', 'lauer', 'sherman', 'gu', 'holloway', 'robbins', 'bowen', 'graham', 'wilke', 'fernandez', 'gupta'];

/** n synthetic users of a made-up domain, for long evidence lists. */
function users(n: number, domain: string): Evidence[] {
  return Array.from({ length: n }, (_, i) => ({
    kind: 'user' as const,
    name: `${FIRST[i % FIRST.length]}.${LAST[Math.floor(i / FIRST.length) % LAST.length]}${i >= FIRST.length * LAST.length ? i : ''}@${domain}`,
    detail: i % 3 === 0 ? 'no method registered' : 'only SMS registered',
  }));
}

export function m365Results(): CheckResult[] {
  return [
    checkResult('m365-ca-mfa-all-users', 'fail', 'No enabled policy requires MFA for all users on all apps: the closest ones are report-only or scoped to risky sign-ins.', [
      { kind: 'policy', name: 'CA001 - Require MFA - All users', id: '6a3b6b0e-4f1c-4c5e-9d1e-2b7c5d2b9a01', detail: 'report-only' },
      { kind: 'policy', name: 'CA004 - MFA for medium+ sign-in risk', id: '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0', detail: 'applies only to sign-in risk medium and high' },
    ]),
    checkResult('m365-ca-block-legacy-auth', 'pass', 'Policy "CA002 - Block legacy authentication" blocks Exchange ActiveSync and other clients for all users.'),
    checkResult('m365-ca-device-code-flow-blocked', 'error', 'The check failed to run: Cannot read properties of undefined (reading \'transferMethods\')'),
    checkResult('m365-ca-risky-users-blocked', 'not_applicable', 'The tenant has no Entra ID P2 licence, so user risk is not evaluated.'),
    checkResult('m365-auth-sms-voice-disabled', 'fail', 'Sms is enabled as a sign-in method.', [
      { kind: 'setting', name: 'Sms authentication method', detail: 'enabled for all_users' },
    ]),
    checkResult('m365-auth-members-mfa-capable', 'fail', '137 of 1,204 enabled member users have no MFA method they can use.', users(50, 'contoso-demo.example'), { evidenceTotal: 137 }),
    checkResult('m365-app-user-consent-restricted', 'fail', 'Users may consent to apps from verified publishers for low-risk permissions.', [
      { kind: 'setting', name: 'permissionGrantPoliciesAssigned', detail: 'ManagePermissionGrantsForSelf.microsoft-user-default-low' },
    ]),
    checkResult('m365-app-tenant-wide-risky-grants', 'fail', '2 third-party apps hold tenant-wide high-risk delegated scopes.', [
      { kind: 'app', name: 'MailMerge Pro', id: '11111111-2222-3333-4444-555555555555', detail: 'Mail.ReadWrite, Mail.Send (all users)' },
      { kind: 'app', name: 'Doc Sync Connector', id: '66666666-7777-8888-9999-000000000000', detail: 'Files.ReadWrite.All (all users), unverified publisher' },
    ]),
    checkResult('m365-priv-global-admin-count', 'pass', '3 Global Administrators are assigned.', [
      { kind: 'user', name: 'admin@contoso-demo.example' },
      { kind: 'user', name: 'breakglass1@contoso-demo.example' },
      { kind: 'user', name: 'it.lead@contoso-demo.example' },
    ]),
    checkResult('m365-priv-admins-phishing-resistant', 'not_assessed', 'Could not read userRegistrationDetails: 403 Forbidden (needs AuditLog.Read.All)'),
    checkResult('m365-sharing-guest-invites-restricted', 'pass', 'Only users in admin roles can invite guests.'),
    checkResult('m365-label-sensitivity-labels-published', 'not_assessed', 'Could not read sensitivityLabels: the tenant has no Microsoft Purview Information Protection licence (needs licence MIP_S_CLP1)'),
  ];
}

export function gwsResults(): CheckResult[] {
  return [
    checkResult('gws-mfa-2sv-enforced', 'fail', '2-Step Verification is not enforced in 2 organizational units.', [
      { kind: 'org-unit', name: '/Sales/Field', detail: 'enforcement off (overrides the top-level OU)' },
      { kind: 'org-unit', name: '/Contractors', detail: 'users cannot turn on 2SV' },
    ]),
    checkResult('gws-mfa-no-sms-voice', 'fail', 'Text and phone-call codes are allowed in the top-level OU.', [
      { kind: 'org-unit', name: '/', detail: 'allowedSignInFactorSet = ALL' },
    ], { waiver: { reason: 'Field staff without smartphones; security keys ordered (ticket SEC-2291).', expires: '2027-01-31' } }),
    checkResult('gws-priv-admins-2sv-enrolled', 'pass', 'All 4 admins are enrolled in 2-Step Verification.'),
    checkResult('gws-drive-external-sharing-restricted', 'fail', 'External sharing is open in 1 organizational unit.', [
      { kind: 'org-unit', name: '/Marketing', detail: 'sharing outside the organisation: ON, no allowlist' },
    ]),
    checkResult('gws-oauth-risky-token-grants', 'not_assessed', 'Could not read tokenActivity: 403 Request had insufficient authentication scopes (needs admin.reports.audit.readonly)'),
    checkResult('gws-session-web-duration', 'pass', 'Web sessions last 12 hours.'),
    checkResult('gws-labels-drive-labels-published', 'not_applicable', 'The edition (Business Starter) does not include Drive labels.'),
  ];
}

export function salesforceResults(): CheckResult[] {
  return [
    checkResult('salesforce-mfa-org-enforced', 'pass', 'MFA is required for all direct UI logins.'),
    checkResult('salesforce-mfa-no-bypass-permission', 'fail', '3 active users can waive MFA.', [
      { kind: 'permission-set', name: 'Integration Exemptions', id: '0PS5e000001AbCdGAK', detail: 'PermissionsBypassMFAForUiLogins' },
      { kind: 'user', name: 'etl.user@northwind-demo.example', detail: 'via Integration Exemptions' },
      { kind: 'user', name: 'reports.bot@northwind-demo.example', detail: 'via Integration Exemptions' },
      { kind: 'user', name: 'j.doe@northwind-demo.example', detail: 'via Integration Exemptions' },
    ]),
    checkResult('salesforce-net-profile-ip-ranges', 'fail', '2 profiles allow logins from any IP address.', [
      { kind: 'profile', name: 'System Administrator', detail: '0.0.0.0 – 255.255.255.255' },
      { kind: 'profile', name: 'Custom: Partner Ops', detail: '0.0.0.0 – 255.255.255.255' },
    ]),
    checkResult('salesforce-oauth-connected-apps-admin-approved', 'pass', 'All 6 connected apps are admin-approved.'),
    checkResult('salesforce-sharing-guest-user-access', 'not_assessed', 'Could not read sharingSettings: INSUFFICIENT_ACCESS: the integration user lacks View Setup and Configuration (needs ViewSetup)'),
    checkResult('salesforce-priv-modify-all-data-users', 'fail', '7 active users hold Modify All Data.', users(7, 'northwind-demo.example').map((e) => ({ ...e, detail: 'System Administrator profile' }))),
    checkResult('salesforce-shield-data-classification', 'not_applicable', 'No custom fields are marked as sensitive.'),
  ];
}

function totals(tenants: TenantAudit[]) {
  const counts = emptyCounts();
  for (const tenant of tenants) for (const result of tenant.results) counts[result.status] += 1;
  return counts;
}

export function auditResults(tenants: TenantAudit[], extra: Partial<AuditResults> = {}): AuditResults {
  const providers = [...new Set(tenants.map((t) => t.tenant.provider))] as Provider[];
  return {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    tool: { name: 'tenant-audit', version: '0.1.0' },
    startedAt: '2026-11-02T06:00:00Z',
    finishedAt: '2026-11-02T06:03:41Z',
    options: { failOn: 'high', profile: 'default', providers },
    counts: totals(tenants),
    tenants,
    ...extra,
  };
}

/** Four tenants over the three providers: every status, a waiver, long evidence, and one tenant that could not be audited. */
export function buildSampleResults(): AuditResults {
  return auditResults([
    tenantAudit({ name: 'contoso', provider: 'm365', id: '72f988bf-0000-4a00-9000-00000000c0de', displayName: 'Contoso Ltd (demo)' }, m365Results(), { durationMs: 14_250 }),
    tenantAudit({ name: 'fabrikam-gws', provider: 'gws', id: 'C03az79cb', displayName: 'Fabrikam Inc' }, gwsResults(), { durationMs: 6_020 }),
    tenantAudit({ name: 'northwind-prod', provider: 'salesforce', id: '00D5e000000AbCdEAK', displayName: 'Northwind Traders' }, salesforceResults(), { durationMs: 9_880 }),
    tenantAudit({ name: 'tailspin', provider: 'm365', id: '0c5e1a2b-0000-4b00-8000-0000000000ts' }, [], {
      outcome: 'failed',
      error: { code: 'auth', message: 'AADSTS7000215: Invalid client secret provided. Create a new client secret for the tenant-audit app registration and update the credential reference in tenants.yaml.' },
      durationMs: 1_130,
      collectedAt: undefined,
    }),
  ]);
}

/** A fleet of n tenants, for size and sorting tests (an MSP runs hundreds). */
export function buildFleet(n: number): AuditResults {
  const makers = [m365Results, gwsResults, salesforceResults];
  const providers: Provider[] = ['m365', 'gws', 'salesforce'];
  const tenants = Array.from({ length: n }, (_, i) => {
    const k = i % 3;
    const results = makers[k]!().map((r, j) => ((i + j) % 4 === 0 && r.status === 'fail' ? { ...r, status: 'pass' as const, evidence: [], evidenceTotal: 0 } : r));
    return tenantAudit({ name: `client-${String(i + 1).padStart(3, '0')}`, provider: providers[k]! }, results);
  });
  return auditResults(tenants);
}
