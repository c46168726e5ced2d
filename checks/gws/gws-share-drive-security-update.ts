import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { judgeSetting } from '../../src/rules/gws/setting-verdict.js';

export default defineCheck({
  id: 'gws-share-drive-security-update',
  provider: 'gws',
  area: 'external-sharing',
  severity: 'medium',
  title: 'The Drive link security update is applied to affected files and users cannot remove it',
  owner: 'Super Admin',
  rationale:
    'The security update adds a resource key to old shared links so that a guessed or leaked link no longer opens the file; leaving it off, or letting owners remove it, keeps those links open (GWS.DRIVEDOCS.3.1).',
  remediation:
    'Admin console > Apps > Google Workspace > Drive and Docs > Sharing settings > Security update for files: choose "Apply security update to all affected files" and untick "Allow users to remove/apply the security update for files they own or manage"; set every listed OU and group to Inherit.',
  references: {
    scuba: ['GWS.DRIVEDOCS.3.1v1'],
    docs: ['https://support.google.com/a/answer/10685032', 'https://cloud.google.com/identity/docs/concepts/supported-policy-api-settings'],
  },
  reads: ['policies'],
  evaluate({ policies }) {
    return judgeSetting(policies, {
      spec: SETTINGS.driveSecurityUpdate,
      fields: ['securityUpdate', 'allowUsersToManageUpdate'],
      weak: (v) => {
        const problems: string[] = [];
        if (v.securityUpdate !== 'APPLY_TO_IMPACTED_FILES') problems.push(v.securityUpdate === undefined ? 'security update not shown as applied (no policy returned)' : `security update is ${String(v.securityUpdate)}`);
        if (v.allowUsersToManageUpdate !== false) problems.push(v.allowUsersToManageUpdate === undefined ? 'users not shown to be unable to remove it' : 'users can remove or apply it themselves');
        return problems.length ? problems.join('; ') : null;
      },
      passSummary: 'The security update is applied and users cannot remove it',
      failWhat: 'do not apply the link security update',
    });
  },
});
