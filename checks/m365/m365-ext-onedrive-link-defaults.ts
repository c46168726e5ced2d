import { verdictOfControls } from '../../src/core/control-verdicts.js';
import { defineCheck } from '../../src/core/define-check.js';
import type { ControlVerdict, Evidence } from '../../src/core/model.js';

const SHARING: Record<number, string> = { 0: 'Only people in your organization', 1: 'New and existing guests', 2: 'Anyone', 3: 'Existing guests' };
const LINK_TYPE: Record<number, string> = { 0: 'None', 1: 'Specific people', 2: 'Only people in your organization', 3: 'Anyone with the link' };
const PERMISSION: Record<number, string> = { 0: 'None', 1: 'View', 2: 'Edit' };
const ANONYMOUS = 2;
const NO_NEW_GUESTS = [0, 3];

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
    'SharePoint admin center > Policies > Sharing: set the OneDrive slider to "Existing guests" or stricter; under File and folder links choose "Specific people" and "View"; if Anyone links stay allowed, set them to expire within 30 days and to view-only; require guests using a verification code to re-authenticate within 30 days (15 under CIS) and guest access to expire. To audit: Get-SPOTenant | Select-Object OneDriveSharingCapability, DefaultSharingLinkType, DefaultLinkPermission, RequireAnonymousLinksExpireInDays, FileAnonymousLinkType, FolderAnonymousLinkType, EmailAttestationRequired, EmailAttestationReAuthDays, ExternalUserExpirationRequired, ExternalUserExpireInDays.',
  references: {
    scuba: ['MS.SHAREPOINT.1.2v1', 'MS.SHAREPOINT.2.1v1', 'MS.SHAREPOINT.2.2v1', 'MS.SHAREPOINT.3.1v1', 'MS.SHAREPOINT.3.2v1', 'MS.SHAREPOINT.3.3v2'],
    cis: ['7.2.4', '7.2.7', '7.2.9', '7.2.10', '7.2.11'],
    docs: [
      'https://learn.microsoft.com/sharepoint/change-default-sharing-link',
      'https://learn.microsoft.com/sharepoint/turn-external-sharing-on-or-off',
      'https://learn.microsoft.com/powershell/module/sharepoint-online/set-spotenant',
    ],
  },
  reads: ['spoTenant'],
  evaluate({ spoTenant: t }) {
    const evidence: Evidence[] = [];
    const verdict = (ok: boolean, pass: string, fail: string, setting: string): ControlVerdict => {
      if (!ok) evidence.push({ kind: 'setting', name: setting, detail: fail });
      return ok ? { status: 'pass', summary: pass } : { status: 'fail', summary: fail };
    };
    const na = (summary: string): ControlVerdict => ({ status: 'not_applicable', summary });
    const oneDrive = SHARING[t.oneDriveSharingCapability] ?? String(t.oneDriveSharingCapability);
    const linkType = LINK_TYPE[t.defaultSharingLinkType] ?? String(t.defaultSharingLinkType);
    const permission = PERMISSION[t.defaultLinkPermission] ?? String(t.defaultLinkPermission);
    const anyone = t.sharingCapability === ANONYMOUS;
    const expiry = t.requireAnonymousLinksExpireInDays;
    const reauth = t.emailAttestationRequired ? `every ${t.emailAttestationReAuthDays} days` : 'never';
    const linkTypeVerdict = verdict(t.defaultSharingLinkType === 1, `Links default to "${linkType}".`, `Links default to "${linkType}", not "Specific people".`, 'Default sharing link type');
    const permissionVerdict = verdict(t.defaultLinkPermission === 1, `Links default to "${permission}".`, `Links default to "${permission}" permission, not "View".`, 'Default link permission');
    const noAnyone = na(`SharePoint sharing is "${SHARING[t.sharingCapability] ?? t.sharingCapability}": no Anyone links.`);
    return verdictOfControls(
      {
        'MS.SHAREPOINT.1.2v1': verdict(NO_NEW_GUESTS.includes(t.oneDriveSharingCapability), `OneDrive sharing is "${oneDrive}".`, `OneDrive sharing is "${oneDrive}", more open than "Existing guests".`, 'OneDrive sharing'),
        '7.2.4': verdict(t.oneDriveSharingCapability === 0, 'OneDrive content is shared only inside the organisation.', `OneDrive sharing is "${oneDrive}"; CIS asks for "Only people in your organization".`, 'OneDrive sharing (CIS)'),
        'MS.SHAREPOINT.2.1v1': linkTypeVerdict,
        '7.2.7': linkTypeVerdict,
        'MS.SHAREPOINT.2.2v1': permissionVerdict,
        '7.2.11': permissionVerdict,
        'MS.SHAREPOINT.3.1v1': anyone ? verdict(expiry > 0 && expiry <= 30, `Anyone links expire after ${expiry} days.`, expiry > 0 ? `Anyone links expire after ${expiry} days, more than 30.` : 'Anyone links never expire.', 'Anyone link expiry') : noAnyone,
        'MS.SHAREPOINT.3.2v1': anyone
          ? verdict(t.fileAnonymousLinkType === 1 && t.folderAnonymousLinkType === 1, 'Anyone links are view-only for files and folders.', `Anyone links allow files: ${PERMISSION[t.fileAnonymousLinkType] ?? t.fileAnonymousLinkType}, folders: ${PERMISSION[t.folderAnonymousLinkType] ?? t.folderAnonymousLinkType}; SCuBA asks for View only.`, 'Anyone link permissions')
          : noAnyone,
        'MS.SHAREPOINT.3.3v2': NO_NEW_GUESTS.includes(t.sharingCapability)
          ? na('New guests cannot be invited, so no one signs in with a verification code.')
          : verdict(t.emailAttestationRequired && t.emailAttestationReAuthDays <= 30, `Verification-code guests re-authenticate ${reauth}.`, `Verification-code guests re-authenticate ${reauth}; SCuBA asks for 30 days or less.`, 'Verification code re-authentication'),
        '7.2.10': verdict(t.emailAttestationRequired && t.emailAttestationReAuthDays <= 15, `Verification-code guests re-authenticate ${reauth}.`, `Verification-code guests re-authenticate ${reauth}; CIS asks for 15 days or less.`, 'Verification code re-authentication (CIS)'),
        '7.2.9': verdict(
          t.externalUserExpirationRequired === true && (t.externalUserExpireInDays ?? Infinity) <= 30,
          `Guest access expires after ${t.externalUserExpireInDays} days.`,
          t.externalUserExpirationRequired ? `Guest access expires after ${t.externalUserExpireInDays ?? '?'} days; CIS asks for 30 or less.` : 'Guest access to sites and files never expires.',
          'Guest access expiry',
        ),
      },
      evidence,
    );
  },
});
