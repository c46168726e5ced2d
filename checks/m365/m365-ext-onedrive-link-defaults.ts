import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'm365-ext-onedrive-link-defaults',
  provider: 'm365',
  area: 'external-sharing',
  severity: 'medium',
  title: 'OneDrive and SharePoint sharing links default to specific people, view only, and Anyone links expire',
  owner: 'SharePoint Administrator',
  rationale:
    'The default link type is what most users send. Defaulting to "Specific people" with view-only permission, keeping OneDrive sharing no more open than SharePoint, and expiring Anyone links within 30 days limits how far a forwarded link can spread and for how long.',
  remediation:
    'SharePoint admin center > Policies > Sharing: set the OneDrive slider to "Existing guests" or stricter; under File and folder links choose "Specific people" and "View"; if Anyone links stay allowed, set them to expire within 30 days and to view-only; require guests using a verification code to re-authenticate within 30 days. To audit: Get-SPOTenant | Select-Object OneDriveSharingCapability, DefaultSharingLinkType, DefaultLinkPermission, RequireAnonymousLinksExpireInDays, FileAnonymousLinkType, FolderAnonymousLinkType, EmailAttestationRequired, EmailAttestationReAuthDays.',
  references: {
    scuba: ['MS.SHAREPOINT.1.2v1', 'MS.SHAREPOINT.2.1v1', 'MS.SHAREPOINT.2.2v1', 'MS.SHAREPOINT.3.1v1', 'MS.SHAREPOINT.3.2v1', 'MS.SHAREPOINT.3.3v2'],
    cis: ['7.2.4', '7.2.7', '7.2.9', '7.2.10', '7.2.11'],
    docs: [
      'https://learn.microsoft.com/sharepoint/change-default-sharing-link',
      'https://learn.microsoft.com/sharepoint/turn-external-sharing-on-or-off',
    ],
  },
  reads: [],
  unreadable:
    'needs Purview/Exchange/SharePoint admin API: OneDrive sharing level, default link type and permission, and Anyone-link expiry are not in Graph\'s sharepointSettings; they need the SharePoint admin REST API (/_api/SPO.Tenant: OneDriveSharingCapability, DefaultSharingLinkType, DefaultLinkPermission, RequireAnonymousLinksExpireInDays) with a certificate-authenticated app.',
});
