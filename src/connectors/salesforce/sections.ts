import type { SectionCatalog } from '../../core/connector.js';

const VSC = 'View Setup and Configuration';
const API = 'API Enabled';
const q = (object: string) => `GET /services/data/vXX.0/query?q=SELECT … FROM ${object}`;
const tq = (object: string) => `GET /services/data/vXX.0/tooling/query?q=SELECT … FROM ${object}`;

/** What each Salesforce section reads and needs: the source of `tenant-audit permissions salesforce`. */
export const salesforceSectionCatalog: SectionCatalog<'salesforce'> = {
  organization: { endpoints: [q('Organization')], permissions: [API] },
  securitySettings: { endpoints: [tq('SecuritySettings (Metadata)')], permissions: [API, VSC] },
  apiAccessControl: {
    endpoints: ['POST /services/Soap/m/XX.0 readMetadata ConnectedAppSettings:ConnectedApp'],
    permissions: [API, 'Modify Metadata Through Metadata API Functions'],
    writeCapable: true,
  },
  healthCheck: { endpoints: [tq('SecurityHealthCheck'), tq('SecurityHealthCheckRisks')], permissions: [API, VSC] },
  users: { endpoints: [q('User WHERE IsActive = true')], permissions: [API, 'View All Users'] },
  permissionSets: { endpoints: ['GET /services/data/vXX.0/sobjects/PermissionSet/describe', q('PermissionSet')], permissions: [API, VSC] },
  permissionSetAssignments: { endpoints: [q('PermissionSetAssignment WHERE Assignee.IsActive = true')], permissions: [API, VSC, 'View All Users'] },
  profileLoginIpRanges: { endpoints: [q('PermissionSet WHERE IsOwnedByProfile = true'), tq('Profile (Metadata, one per query)')], permissions: [API, VSC] },
  mfaMethods: {
    endpoints: ['GET /services/data/vXX.0/sobjects/TwoFactorMethodsInfo/describe', q('TwoFactorMethodsInfo')],
    permissions: [API, 'Manage Multi-Factor Authentication in API'],
    writeCapable: true,
  },
  directLoginVerification: {
    endpoints: [q('LoginHistory WHERE LoginTime = LAST_N_DAYS:30'), q('VerificationHistory')],
    permissions: [API, 'Manage Users'],
    writeCapable: true,
  },
  oauthTokens: {
    endpoints: [q('OauthToken (COUNT() first; above its 2,500-row cap, by UserId batches and CreatedDate ranges)'), q('User (only above the cap)')],
    permissions: [API, 'Customize Application'],
    writeCapable: true,
  },
  connectedApps: {
    endpoints: ['GET /services/data/vXX.0/sobjects/ConnectedApplication/describe', q('ConnectedApplication'), tq('ConnectedApplication (Metadata, one per query)'), q('ExternalClientApplication'), q('ExtlClntAppOauthPlcyCnfg')],
    permissions: [API, VSC],
  },
  sharingModels: { endpoints: [tq('EntityDefinition (one object per query)')], permissions: [API, VSC] },
  guestAccess: {
    endpoints: [q("PermissionSet WHERE Profile.UserType = 'Guest'"), q("PermissionSetAssignment WHERE Assignee.UserType = 'Guest'"), q('ObjectPermissions')],
    permissions: [API, VSC, 'View All Users'],
  },
  guestCodeAccess: {
    endpoints: [q("SetupEntityAccess WHERE SetupEntityType IN ('ApexClass', 'ApexPage') (guest profiles; permission sets assigned to guest users)"), q('ApexClass'), q('ApexPage')],
    permissions: [API, VSC, 'View All Users'],
  },
  experienceSites: { endpoints: ['GET /services/data/vXX.0/sobjects/Network/describe', q('Network')], permissions: [API, VSC] },
  contentLinks: { endpoints: [q('ContentDistribution')], permissions: [API, 'access to the shared files (rows follow file visibility)'] },
  corsOrigins: { endpoints: [q('CorsWhitelistEntry')], permissions: [API, VSC] },
  remoteSites: { endpoints: [tq('RemoteProxy')], permissions: [API, VSC] },
  fieldClassification: { endpoints: [tq('FieldDefinition (one object per query)')], permissions: [API, VSC] },
};

/** What a Salesforce admin does once so the auditor can connect. */
export const salesforceSetupSteps: string[] = [
  'Create an integration user (Salesforce Integration licence, profile "Minimum Access - API Only Integrations") and a permission set "Tenant audit (read-only)" with API Enabled, View Setup and Configuration and View All Users; add the optional permissions the table marks only if you accept them (several are write-capable).',
  'Create a connected app or External Client App with OAuth enabled, "Use digital signatures" with your X.509 certificate uploaded, and the "api" scope.',
  'In its OAuth policies set Permitted Users to "Admin approved users are pre-authorized" and add the audit permission set, otherwise the JWT call fails with "user hasn\'t approved this consumer".',
  'If API Access Control is on, make sure the app is installed and approved so the audit session is accepted by the REST API.',
  'In tenants.yaml give auth: { type: jwt, clientId: <consumer key>, username: <integration user>, privateKeyFile: <path to PEM>, loginUrl: https://login.salesforce.com | https://test.salesforce.com | your My Domain URL }.',
];
