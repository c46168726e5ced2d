import { defineCheck } from '../../src/core/define-check.js';
import { appCatalogRule, ORG_WIDE_NOTE } from '../../src/rules/m365/teams-app-catalogs.js';
import { judgePolicies } from '../../src/rules/m365/teams-policies.js';

const rule = appCatalogRule('custom');

export default defineCheck({
  id: 'm365-teams-custom-apps-approved',
  provider: 'm365',
  area: 'oauth-grants',
  severity: 'medium',
  title: 'Only approved custom apps can be installed in Teams',
  owner: 'Teams Administrator',
  rationale:
    'Custom (uploaded) apps are reviewed by no store: an app a user or developer uploads can carry any code and ask for whatever data the user can reach.',
  remediation:
    `Teams admin center > Teams apps > Permission policies > Global (Org-wide default), then every custom policy > Custom apps: "Allow specific apps and block all others" (or "Block all apps"). To audit: Get-CsTeamsAppPermissionPolicy | Select-Object Identity, PrivateCatalogAppsType. ${ORG_WIDE_NOTE}`,
  references: {
    scuba: ['MS.TEAMS.5.3v2'],
    docs: ['https://learn.microsoft.com/microsoftteams/teams-app-permission-policies', 'https://learn.microsoft.com/powershell/module/teams/get-csteamsapppermissionpolicy'],
  },
  reads: ['teamsAppPermissionPolicies'],
  evaluate({ teamsAppPermissionPolicies }) {
    return judgePolicies(teamsAppPermissionPolicies, rule);
  },
});
