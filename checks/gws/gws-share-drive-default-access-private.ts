import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { judgeSetting, verdictPerControl } from '../../src/rules/gws/setting-verdict.js';

export default defineCheck({
  id: 'gws-share-drive-default-access-private',
  provider: 'gws',
  area: 'external-sharing',
  severity: 'medium',
  title: 'New Drive files are private to their owner and access suggestions stay with recipients',
  owner: 'Super Admin',
  rationale:
    'When new files default to link sharing, every file starts readable by anyone in the domain who gets the link; the access checker should not suggest widening access beyond recipients; and nobody should move content to shared drives owned by another organisation. SCuBA (GWS.DRIVEDOCS.1.7) asks for "No one"; its own Rego does not judge the setting where external sharing is off, and the scuba profile follows it. strict asks for "No one" everywhere; cis also accepts "Only users in <org>".',
  remediation:
    'Admin console > Apps > Google Workspace > Drive and Docs > Sharing settings: set General access default to "Private to the owner", Access checker to "Recipients only", and "Distributing content outside of <org>" to "No one"; set every listed OU and group to Inherit.',
  references: {
    scuba: ['GWS.DRIVEDOCS.1.6v1', 'GWS.DRIVEDOCS.1.7v1', 'GWS.DRIVEDOCS.1.8v1'],
    cis: ['3.1.2.1.1.5', '3.1.2.1.1.6'],
    docs: ['https://support.google.com/a/answer/60781'],
  },
  reads: ['policies'],
  evaluate({ policies }, ctx) {
    const profile = ctx.settings.profile;
    const accessChecker = judgeSetting(policies, {
      spec: SETTINGS.driveExternalSharing,
      fields: ['accessCheckerSuggestions'],
      weak: (v) => (v.accessCheckerSuggestions === 'RECIPIENTS_ONLY' ? null : `access checker suggests ${String(v.accessCheckerSuggestions)}`),
      passSummary: 'The access checker suggests recipients only',
      failWhat: 'let the access checker suggest wider access',
    });
    // GWS.DRIVEDOCS.1.7: "No one". ScubaGoggles' Rego does not judge it where external sharing is off, and the
    // scuba profile follows it; strict holds every OU to "No one".
    const noOneDistributes = judgeSetting(policies, {
      spec: SETTINGS.driveExternalSharing,
      fields: ['allowedPartiesForDistributingContent', ...(profile === 'scuba' ? ['externalSharingMode'] : [])],
      weak: (v) =>
        v.allowedPartiesForDistributingContent === 'NONE' || (profile === 'scuba' && v.externalSharingMode === 'DISALLOWED')
          ? null
          : `content distribution by ${String(v.allowedPartiesForDistributingContent)}`,
      passSummary: 'Nobody can move content to shared drives of other organisations',
      failWhat: 'let users distribute content outside',
    });
    // CIS 3.1.2.1.1.6 asks for "Only users inside <org>"; "No one" is stricter and passes too.
    const onlyInsiders = judgeSetting(policies, {
      spec: SETTINGS.driveExternalSharing,
      fields: ['allowedPartiesForDistributingContent'],
      weak: (v) => (['NONE', 'ELIGIBLE_INTERNAL_USERS'].includes(String(v.allowedPartiesForDistributingContent)) ? null : `content distribution by ${String(v.allowedPartiesForDistributingContent)}`),
      passSummary: 'Only users inside the organisation can distribute content outside',
      failWhat: 'let users outside the organisation distribute content',
    });
    const privateByDefault = judgeSetting(policies, {
      spec: SETTINGS.driveGeneralAccess,
      fields: ['defaultFileAccess'],
      weak: (v) => (v.defaultFileAccess === 'PRIVATE_TO_OWNER' ? null : `general access default is ${String(v.defaultFileAccess)}`),
      passSummary: 'New files are private',
      failWhat: 'do not make new files private',
    });
    return verdictPerControl(
      {
        'GWS.DRIVEDOCS.1.6v1': accessChecker,
        '3.1.2.1.1.5': accessChecker,
        'GWS.DRIVEDOCS.1.7v1': noOneDistributes,
        '3.1.2.1.1.6': onlyInsiders,
        'GWS.DRIVEDOCS.1.8v1': privateByDefault,
      },
      profile,
    );
  },
});
