import { SCUBA_ALERTS } from '../../../src/rules/m365/protection-alerts.js';
import type { M365Shapes, PurviewProtectionAlert } from '../../../src/snapshot/m365.js';


const alert = (name: string): PurviewProtectionAlert => ({ name, disabled: false, severity: 'High', notifyUser: ['TenantAdmins'] });

type ServiceSections = Pick<
  M365Shapes,
  | 'exoRemoteDomains'
  | 'exoOutboundSpamPolicies'
  | 'exoTransportConfig'
  | 'exoConnectionFilterPolicies'
  | 'exoMalwareFilterPolicies'
  | 'exoSpamFilterPolicies'
  | 'exoMalwareFilterRules'
  | 'exoSpamFilterRules'
  | 'exoPresetPolicyRules'
  | 'secureScore'
  | 'exoSharingPolicies'
  | 'exoExternalInOutlook'
  | 'exoTransportRules'
  | 'exoOrganizationConfig'
  | 'exoAdminAuditLogConfig'
  | 'exoDkimSigningConfigs'
  | 'exoOwaMailboxPolicies'
  | 'purviewDlpPolicies'
  | 'purviewDlpRules'
  | 'purviewLabelPolicies'
  | 'purviewProtectionAlerts'
  | 'purviewAuditRetentionPolicies'
  | 'powerBiTenantSettings'
  | 'spoTenant'
>;

/** Exchange Online, Purview and Power BI settings that meet every check. */
export function compliantServices(): ServiceSections {
  return {
    exoRemoteDomains: [{ identity: 'Default', domainName: '*', autoForwardEnabled: false }],
    exoOutboundSpamPolicies: [{ identity: 'Default', isDefault: true, autoForwardingMode: 'Off' }],
    exoTransportConfig: { smtpClientAuthenticationDisabled: true },
    exoConnectionFilterPolicies: [{ identity: 'Default', isDefault: true, ipAllowList: [], enableSafeList: false }],
    exoMalwareFilterPolicies: [{ identity: 'Default', isDefault: true, enableFileFilter: true, fileTypes: ['ace', 'ani', 'cmd', 'exe', 'vbe'], zapEnabled: true }],
    exoSpamFilterPolicies: [
      { identity: 'Default', isDefault: true, spamAction: 'MoveToJmf', highConfidenceSpamAction: 'Quarantine', phishSpamAction: 'Quarantine', highConfidencePhishAction: 'Quarantine', allowedSenderDomains: [] },
    ],
    exoMalwareFilterRules: [],
    exoSpamFilterRules: [],
    exoPresetPolicyRules: [],
    secureScore: { createdDateTime: '2026-10-31T00:00:00Z', controls: [] },
    exoSharingPolicies: [{ name: 'Default Sharing Policy', enabled: false, isDefault: true, domains: ['*:CalendarSharingFreeBusySimple'] }],
    exoExternalInOutlook: [{ identity: 'contoso.onmicrosoft.com', enabled: true, allowList: [] }],
    exoTransportRules: [],
    exoOrganizationConfig: { auditDisabled: false, customerLockBoxEnabled: true, oAuth2ClientProfileEnabled: true, mailTipsExternalRecipientsTipsEnabled: true, mailTipsAllTipsEnabled: true, mailTipsGroupMetricsEnabled: true, mailTipsLargeAudienceThreshold: 25 },
    exoAdminAuditLogConfig: { unifiedAuditLogIngestionEnabled: true },
    exoDkimSigningConfigs: [
      { domain: 'contoso.example', enabled: true },
      { domain: 'contoso.onmicrosoft.com', enabled: true },
    ],
    exoOwaMailboxPolicies: [{ name: 'OwaMailboxPolicy-Default', isDefault: true, additionalStorageProvidersAvailable: false }],
    purviewDlpPolicies: [{ name: 'U.S. PII', mode: 'Enable', enabled: true, locations: { exchange: ['All'], sharePoint: ['All'], oneDrive: ['All'], teams: ['All'], devices: ['All'] } }],
    purviewDlpRules: [
      {
        name: 'Block U.S. PII',
        policy: 'U.S. PII',
        disabled: false,
        sensitiveInformationTypes: ['Credit Card Number', 'U.S. Individual Taxpayer Identification Number (ITIN)', 'U.S. Social Security Number (SSN)'],
        blockAccess: true,
        blockAccessScope: 'All',
        notifyUser: ['Owner', 'LastModifier'],
        endpointRestrictions: [
          { setting: 'UnallowedApps', value: 'Block' },
          { setting: 'UnallowedBluetoothTransferApps', value: 'Block' },
        ],
      },
    ],
    purviewLabelPolicies: [{ name: 'Global label policy', enabled: true, mode: 'Enforce', labels: ['Public', 'Confidential'], exchangeLocation: ['All'] }],
    purviewProtectionAlerts: SCUBA_ALERTS.map(alert),
    purviewAuditRetentionPolicies: [{ name: 'All activity, one year', retentionDuration: 'TwelveMonths', priority: 100, enabled: true, recordTypes: [], operations: [], userIds: [] }],
    powerBiTenantSettings: [
      { settingName: 'PublishToWeb', title: 'Publish to web', enabled: false, enabledSecurityGroups: [], excludedSecurityGroups: [] },
      { settingName: 'AllowGuestUserToAccessSharedContent', title: 'Guest users can access Microsoft Fabric', enabled: false, enabledSecurityGroups: [], excludedSecurityGroups: [] },
      { settingName: 'ExternalSharingV2', title: 'Users can invite guest users to collaborate through item sharing and permissions', enabled: false, enabledSecurityGroups: [], excludedSecurityGroups: [] },
      { settingName: 'ServicePrincipalAccessPermissionAPIs', title: 'Service principals can call Fabric public APIs', enabled: true, enabledSecurityGroups: ['Fabric automation'], excludedSecurityGroups: [] },
      { settingName: 'AllowServicePrincipalsCreateAndUseProfiles', title: 'Allow service principals to create and use profiles', enabled: false, enabledSecurityGroups: [], excludedSecurityGroups: [] },
      { settingName: 'BlockResourceKeyAuthentication', title: 'Block ResourceKey Authentication', enabled: true, enabledSecurityGroups: [], excludedSecurityGroups: [] },
      { settingName: 'RScriptVisual', title: 'Interact with and share R and Python visuals', enabled: false, enabledSecurityGroups: [], excludedSecurityGroups: [] },
      { settingName: 'EimInformationProtectionEdit', title: 'Allow users to apply sensitivity labels for content', enabled: true, enabledSecurityGroups: [], excludedSecurityGroups: [] },
    ],
    spoTenant: {
      sharingCapability: 3,
      oneDriveSharingCapability: 0,
      defaultSharingLinkType: 1,
      defaultLinkPermission: 1,
      requireAnonymousLinksExpireInDays: 30,
      fileAnonymousLinkType: 1,
      folderAnonymousLinkType: 1,
      emailAttestationRequired: true,
      emailAttestationReAuthDays: 15,
      externalUserExpirationRequired: true,
      externalUserExpireInDays: 30,
    },
  };
}
