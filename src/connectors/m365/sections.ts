import type { SectionCatalog } from '../../core/connector.js';
import { m365Collectors } from './collectors/index.js';

/** Endpoints, permissions and licences per section, taken from the collectors themselves. */
export const m365SectionCatalog = Object.fromEntries(
  Object.entries(m365Collectors).map(([name, collector]) => [name, collector.spec]),
) as SectionCatalog<'m365'>;

export const m365SetupSteps: string[] = [
  'Entra admin center > App registrations > New registration: a single-tenant app named e.g. "tenant-audit (read-only)"; no redirect URI.',
  'Certificates & secrets: upload a certificate (preferred) or create a client secret; keep the private key or secret outside the config, in a file or an environment variable.',
  'API permissions > Add a permission > Microsoft Graph > Application permissions: add every permission in the table below, then "Grant admin consent". All are read-only.',
  'For the Exchange Online and Purview sections: API permissions > Add a permission > APIs my organization uses > Office 365 Exchange Online > Application permissions > Exchange.ManageAsApp, grant admin consent; then Entra admin center > Roles and administrators > Global Reader > Add assignments: the app. The tool runs only Get-* cmdlets.',
  'For the Teams sections: Entra admin center > Roles and administrators > Global Reader > Add assignments: the app (the Teams admin API has no application permission; the role authorises it; Teams Administrator would also read, but can write). Only GET requests are sent.',
  'For the Power BI sections: put the app in a security group and allow that group under Fabric admin portal > Tenant settings > Admin API settings > "Service principals can access read-only admin APIs".',
  'For the Power Platform sections: once, a Power Platform or Global Administrator registers the app as a management application, signed in as themselves: pac admin application register --application-id <client id> (Power Platform CLI) or New-PowerAppManagementApp -ApplicationId <client id>. No API permission is consented; until this is done every Power Platform read answers 403 and its checks are not assessed, saying so.',
  'Put the tenant id, the app\'s client id and where the certificate or secret lives into tenants.yaml.',
];
