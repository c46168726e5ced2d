import { defineCheck } from '../../src/core/define-check.js';
import type { Evidence, Verdict } from '../../src/core/model.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { judgeSetting } from '../../src/rules/gws/setting-verdict.js';

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
    const distributionOk = (v: Record<string, unknown>) => {
      const parties = v.allowedPartiesForDistributingContent;
      if (parties === 'NONE') return true;
      if (profile === 'cis') return parties === 'ELIGIBLE_INTERNAL_USERS';
      return profile === 'scuba' && v.externalSharingMode === 'DISALLOWED';
    };
    const verdicts: Verdict[] = [
      judgeSetting(policies, {
        spec: SETTINGS.driveGeneralAccess,
        fields: ['defaultFileAccess'],
        weak: (v) => (v.defaultFileAccess === 'PRIVATE_TO_OWNER' ? null : `general access default is ${String(v.defaultFileAccess)}`),
        passSummary: 'New files are private',
        failWhat: 'do not make new files private',
      }),
      judgeSetting(policies, {
        spec: SETTINGS.driveExternalSharing,
        fields: ['accessCheckerSuggestions', 'allowedPartiesForDistributingContent', ...(profile === 'scuba' ? ['externalSharingMode'] : [])],
        weak: (v) => {
          const problems: string[] = [];
          if (v.accessCheckerSuggestions !== 'RECIPIENTS_ONLY') problems.push(`access checker suggests ${String(v.accessCheckerSuggestions)}`);
          if (!distributionOk(v)) {
            problems.push(`content distribution by ${String(v.allowedPartiesForDistributingContent)}`);
          }
          return problems.length ? problems.join('; ') : null;
        },
        passSummary: 'Access suggestions stay with recipients and nobody distributes content outside',
        failWhat: 'widen access suggestions or distribution',
      }),
    ];
    const evidence: Evidence[] = verdicts.flatMap((v) => (v.status === 'fail' ? v.evidence : []));
    if (evidence.length === 0) return { status: 'pass', summary: verdicts.map((v) => v.summary).join(' ') };
    return { status: 'fail', summary: verdicts.filter((v) => v.status === 'fail').map((v) => v.summary).join(' '), evidence };
  },
});
