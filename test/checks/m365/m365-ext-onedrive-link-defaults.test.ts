import check from '../../../checks/m365/m365-ext-onedrive-link-defaults.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;
const anyone = (t: T) => void (t.spoTenant.sharingCapability = 2);

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes with restrictive defaults; Anyone-link controls do not apply without Anyone links', expect: 'pass', controls: { 'MS.SHAREPOINT.3.1v1': 'not_applicable', 'MS.SHAREPOINT.3.3v2': 'not_applicable', '7.2.4': 'pass' } },
  { name: 'OneDrive at "Existing guests" passes SCuBA but not CIS', patch: (t: T) => void (t.spoTenant.oneDriveSharingCapability = 3), expect: 'fail', controls: { 'MS.SHAREPOINT.1.2v1': 'pass', '7.2.4': 'fail' } },
  { name: 'OneDrive open to Anyone fails both', patch: (t: T) => void (t.spoTenant.oneDriveSharingCapability = 2), expect: 'fail', evidence: ['OneDrive sharing'], controls: { 'MS.SHAREPOINT.1.2v1': 'fail', '7.2.4': 'fail' } },
  { name: 'links defaulting to Anyone fail 2.1 and 7.2.7', patch: (t: T) => void (t.spoTenant.defaultSharingLinkType = 3), expect: 'fail', evidence: ['Default sharing link type'], controls: { 'MS.SHAREPOINT.2.1v1': 'fail', '7.2.7': 'fail', 'MS.SHAREPOINT.2.2v1': 'pass' } },
  { name: 'links defaulting to Edit fail 2.2 and 7.2.11', patch: (t: T) => void (t.spoTenant.defaultLinkPermission = 2), expect: 'fail', controls: { 'MS.SHAREPOINT.2.2v1': 'fail', '7.2.11': 'fail' } },
  { name: 'with Anyone links, a 30-day view-only expiry passes', patch: anyone, expect: 'pass', controls: { 'MS.SHAREPOINT.3.1v1': 'pass', 'MS.SHAREPOINT.3.2v1': 'pass', 'MS.SHAREPOINT.3.3v2': 'pass' } },
  { name: 'Anyone links that never expire fail 3.1', patch: (t: T) => { anyone(t); t.spoTenant.requireAnonymousLinksExpireInDays = -1; }, expect: 'fail', evidence: ['Anyone link expiry'], summary: /never expire/, controls: { 'MS.SHAREPOINT.3.1v1': 'fail' } },
  { name: 'Anyone links with edit on folders fail 3.2', patch: (t: T) => { anyone(t); t.spoTenant.folderAnonymousLinkType = 2; }, expect: 'fail', controls: { 'MS.SHAREPOINT.3.2v1': 'fail' } },
  { name: 'verification codes without re-authentication fail 3.3 and 7.2.10', patch: (t: T) => { anyone(t); t.spoTenant.emailAttestationRequired = false; }, expect: 'fail', controls: { 'MS.SHAREPOINT.3.3v2': 'fail', '7.2.10': 'fail' } },
  { name: 'a 30-day re-authentication passes SCuBA but not CIS', patch: (t: T) => { anyone(t); t.spoTenant.emailAttestationReAuthDays = 30; }, expect: 'fail', controls: { 'MS.SHAREPOINT.3.3v2': 'pass', '7.2.10': 'fail' } },
  { name: 'guest access that never expires fails 7.2.9', patch: (t: T) => void (t.spoTenant.externalUserExpirationRequired = false), expect: 'fail', controls: { '7.2.9': 'fail' } },
  { name: 'is not assessed, naming the opt-in, when SPO.Tenant was not collected', unreadable: { spoTenant: { code: 'not_collected', message: 'The SharePoint admin API is opt-in: set optIn.sharePointAdmin: true' } }, expect: 'not_assessed', summary: /optIn.sharePointAdmin/ },
]);
