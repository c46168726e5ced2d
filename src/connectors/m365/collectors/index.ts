import type { M365SectionName } from '../../../snapshot/m365.js';
import type { M365Collector } from '../collector.js';
import adminConsentRequestPolicy from './admin-consent-request-policy.js';
import agentConditionalAccessPolicies from './agent-conditional-access-policies.js';
import appManagementPolicy from './app-management-policy.js';
import applications from './applications.js';
import authenticationMethodsPolicy from './authentication-methods-policy.js';
import authorizationPolicy from './authorization-policy.js';
import b2bInvitePolicy from './b2b-invite-policy.js';
import breakGlassAccounts from './break-glass-accounts.js';
import conditionalAccessPolicies from './conditional-access-policies.js';
import crossTenantAccessDefault from './cross-tenant-access-default.js';
import crossTenantPartners from './cross-tenant-partners.js';
import domains from './domains.js';
import exoRemoteDomains from './exo-remote-domains.js';
import exoOutboundSpamPolicies from './exo-outbound-spam-policies.js';
import exoTransportConfig from './exo-transport-config.js';
import exoConnectionFilterPolicies from './exo-connection-filter-policies.js';
import exoMalwareFilterPolicies from './exo-malware-filter-policies.js';
import exoSpamFilterPolicies from './exo-spam-filter-policies.js';
import exoMalwareFilterRules from './exo-malware-filter-rules.js';
import exoSpamFilterRules from './exo-spam-filter-rules.js';
import exoPresetPolicyRules from './exo-preset-policy-rules.js';
import exoSharingPolicies from './exo-sharing-policies.js';
import exoExternalInOutlook from './exo-external-in-outlook.js';
import exoTransportRules from './exo-transport-rules.js';
import exoOrganizationConfig from './exo-organization-config.js';
import exoAdminAuditLogConfig from './exo-admin-audit-log-config.js';
import exoDkimSigningConfigs from './exo-dkim-signing-configs.js';
import exoOwaMailboxPolicies from './exo-owa-mailbox-policies.js';
import purviewAuditRetentionPolicies from './purview-audit-retention-policies.js';
import secureScore from './secure-score.js';
import purviewDlpPolicies from './purview-dlp-policies.js';
import purviewDlpRules from './purview-dlp-rules.js';
import purviewLabelPolicies from './purview-label-policies.js';
import purviewProtectionAlerts from './purview-protection-alerts.js';
import powerBiTenantSettings from './power-bi-tenant-settings.js';
import powerPlatformDlpPolicies from './power-platform-dlp-policies.js';
import powerPlatformEnvironments from './power-platform-environments.js';
import powerPlatformTenantIsolation from './power-platform-tenant-isolation.js';
import powerPlatformTenantSettings from './power-platform-tenant-settings.js';
import spoTenant from './spo-tenant.js';
import teamsAppPermissionPolicies from './teams-app-permission-policies.js';
import teamsClientConfiguration from './teams-client-configuration.js';
import teamsFederationConfiguration from './teams-federation-configuration.js';
import teamsMeetingPolicies from './teams-meeting-policies.js';
import graphAppRoleAssignments from './graph-app-role-assignments.js';
import groupSettings from './group-settings.js';
import licences from './licences.js';
import namedLocations from './named-locations.js';
import oauth2PermissionGrants from './oauth2-permission-grants.js';
import permissionClassifications from './permission-classifications.js';
import pimGroups from './pim-groups.js';
import organization from './organization.js';
import roleAssignments from './role-assignments.js';
import roleAssignmentSchedules from './role-assignment-schedules.js';
import roleManagementPolicies from './role-management-policies.js';
import securityDefaults from './security-defaults.js';
import sensitivityLabels from './sensitivity-labels.js';
import servicePrincipals from './service-principals.js';
import sharePointSettings from './sharepoint-settings.js';
import userRegistrationDetails from './user-registration-details.js';

export const m365Collectors: { [K in M365SectionName]: M365Collector<K> } = {
  licences,
  organization,
  securityDefaults,
  conditionalAccessPolicies,
  namedLocations,
  authenticationMethodsPolicy,
  userRegistrationDetails,
  roleAssignments,
  authorizationPolicy,
  adminConsentRequestPolicy,
  appManagementPolicy,
  oauth2PermissionGrants,
  servicePrincipals,
  graphAppRoleAssignments,
  permissionClassifications,
  applications,
  sharePointSettings,
  crossTenantAccessDefault,
  crossTenantPartners,
  b2bInvitePolicy,
  sensitivityLabels,
  groupSettings,
  domains,
  breakGlassAccounts,
  roleAssignmentSchedules,
  roleManagementPolicies,
  pimGroups,
  agentConditionalAccessPolicies,
  exoRemoteDomains,
  exoOutboundSpamPolicies,
  exoTransportConfig,
  exoConnectionFilterPolicies,
  exoMalwareFilterPolicies,
  exoSpamFilterPolicies,
  exoMalwareFilterRules,
  exoSpamFilterRules,
  exoPresetPolicyRules,
  exoSharingPolicies,
  exoExternalInOutlook,
  exoTransportRules,
  exoOrganizationConfig,
  exoAdminAuditLogConfig,
  exoDkimSigningConfigs,
  exoOwaMailboxPolicies,
  secureScore,
  purviewDlpPolicies,
  purviewDlpRules,
  purviewLabelPolicies,
  purviewProtectionAlerts,
  purviewAuditRetentionPolicies,
  powerBiTenantSettings,
  spoTenant,
  teamsMeetingPolicies,
  teamsFederationConfiguration,
  teamsClientConfiguration,
  teamsAppPermissionPolicies,
  powerPlatformEnvironments,
  powerPlatformDlpPolicies,
  powerPlatformTenantIsolation,
  powerPlatformTenantSettings,
};
