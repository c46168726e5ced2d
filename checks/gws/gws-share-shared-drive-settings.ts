import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { judgeSetting } from '../../src/rules/gws/setting-verdict.js';

export default defineCheck({
  id: 'gws-share-shared-drive-settings',
  provider: 'gws',
  area: 'external-sharing',
  severity: 'medium',
  title: "Shared drives keep external users out, managers cannot override the sharing settings, and non-members can be added to files (SCuBA)",
  owner: 'Super Admin',
  rationale:
    "Shared drive managers who can override the organisation’s settings, or shared drives that admit external users, undo the Drive sharing policy for everything stored there. SCuBA (GWS.DRIVEDOCS.2.2) also requires that people who are not members of a shared drive can be added to single files, so that sharing one file does not mean adding someone to the whole drive; CIS asks the opposite, so under the cis profile that field is not judged, and strict follows the cited SCuBA text.",
  remediation:
    "Admin console > Apps > Google Workspace > Drive and Docs > Sharing settings > Shared drive creation: untick \"Allow members with manager access to override the settings below\" and \"Allow people outside of <org> to access files in shared drives\", and (scuba, strict) tick \"Allow people who aren't shared drive members to be added to files\"; set every listed OU and group to Inherit.",
  references: {
    scuba: ["GWS.DRIVEDOCS.2.1v1","GWS.DRIVEDOCS.2.2v1"],
    cis: ["3.1.2.1.2.1","3.1.2.1.2.2"],
    docs: ["https://support.google.com/a/answer/7662202"],
  },
  reads: ['policies'],
  evaluate({ policies }, ctx) {
    const judgeNonMembers = ctx.settings.profile !== 'cis';
    return judgeSetting(policies, {
      spec: SETTINGS.sharedDriveCreation,
      fields: ["allowManagersToOverrideSettings", "allowExternalUserAccess", ...(judgeNonMembers ? ["allowNonMemberAccess"] : [])],
      weak: (v) => {
        const problems: string[] = [];
        if (v.allowManagersToOverrideSettings !== false) problems.push('managers can override settings');
        if (v.allowExternalUserAccess !== false) problems.push('external users allowed');
        if (judgeNonMembers && v.allowNonMemberAccess !== true) problems.push('non-members cannot be added to files (GWS.DRIVEDOCS.2.2)');
        return problems.length ? problems.join('; ') : null;
      },
      passSummary: "Shared drive settings are locked down",
      failWhat: "have weak shared drive settings",
    });
  },
});
