import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { judgeSetting, verdictPerControl, type WeaknessTest } from '../../src/rules/gws/setting-verdict.js';

export default defineCheck({
  id: 'gws-share-shared-drive-settings',
  provider: 'gws',
  area: 'external-sharing',
  severity: 'medium',
  title: "Users can create shared drives, managers cannot override their settings, and non-members can be added to single files (SCuBA)",
  owner: 'Super Admin',
  rationale:
    "Shared drive managers who can override the organisation’s settings undo the Drive sharing policy for everything stored there (GWS.DRIVEDOCS.2.1, CIS 3.1.2.1.2.2). SCuBA (GWS.DRIVEDOCS.2.2) requires that people who are not members of a shared drive can be added to single files, so that sharing one file does not mean adding someone to the whole drive; CIS 3.1.2.1.2.3 asks the opposite, so that CIS item is not cited here. CIS 3.1.2.1.2.1 asks that users can create shared drives, so files are not owned by departing individuals.",
  remediation:
    "Admin console > Apps > Google Workspace > Drive and Docs > Sharing settings > Shared drive creation: tick \"Allow users in <org> to create new shared drives\", untick \"Allow members with manager access to override the settings below\", and tick \"Allow people who aren't shared drive members to be added to files\"; set every listed OU and group to Inherit.",
  references: {
    scuba: ["GWS.DRIVEDOCS.2.1v1","GWS.DRIVEDOCS.2.2v1"],
    cis: ['3.1.2.1.2.1', '3.1.2.1.2.2'],
    docs: ["https://support.google.com/a/answer/7662202"],
  },
  reads: ['policies'],
  evaluate({ policies }, ctx) {
    const judge = (field: string, weak: WeaknessTest, passSummary: string, failWhat: string) =>
      judgeSetting(policies, { spec: SETTINGS.sharedDriveCreation, fields: [field], weak, passSummary, failWhat });
    const noOverride = judge('allowManagersToOverrideSettings', (v) => (v.allowManagersToOverrideSettings === false ? null : 'managers can override the shared drive settings'), 'Managers cannot override the shared drive settings', 'let managers override the shared drive settings');
    const nonMembers = judge('allowNonMemberAccess', (v) => (v.allowNonMemberAccess === true ? null : 'non-members cannot be added to files'), 'Non-members can be added to single files', 'do not let non-members be added to files');
    const creation = judge('allowSharedDriveCreation', (v) => (v.allowSharedDriveCreation === true ? null : 'users cannot create shared drives'), 'Users can create shared drives', 'do not let users create shared drives');
    return verdictPerControl(
      { 'GWS.DRIVEDOCS.2.1v1': noOverride, '3.1.2.1.2.2': noOverride, 'GWS.DRIVEDOCS.2.2v1': nonMembers, '3.1.2.1.2.1': creation },
      ctx.settings.profile,
    );
  },
});
