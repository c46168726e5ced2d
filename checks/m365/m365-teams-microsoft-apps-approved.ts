import { defineCheck } from '../../src/core/define-check.js';
import { appCatalogRule, ORG_WIDE_NOTE } from '../../src/rules/m365/teams-app-catalogs.js';
import { judgePolicies } from '../../src/rules/m365/teams-policies.js';

const rule = appCatalogRule('microsoft');

export default defineCheck({
  id: 'm365-teams-microsoft-apps-approved',
  provider: 'm365',
  area: 'oauth-grants',
  severity: 'medium',
  title: 'Only approved Microsoft apps can be installed in Teams',
  owner: 'Teams Administrator',
  rationale:
    'Every Teams app a user adds can read the chats and files it is given. Allowing only the Microsoft apps the organisation has approved keeps that exposure to what someone decided to accept.',
  remediation:
    `Teams admin center > Teams apps > Permission policies > Global (Org-wide default), then every custom policy > Microsoft apps: "Allow specific apps and block all others", listing the approved apps (on tenants moved to app-centric management: Manage apps > each app > Users and groups > availability). To audit: Get-CsTeamsAppPermissionPolicy | Select-Object Identity, DefaultCatalogAppsType. ${ORG_WIDE_NOTE}`,
  references: {
    scuba: ['MS.TEAMS.5.1v2'],
    docs: ['https://learn.microsoft.com/microsoftteams/teams-app-permission-policies', 'https://learn.microsoft.com/powershell/module/teams/get-csteamsapppermissionpolicy'],
  },
  reads: ['teamsAppPermissionPolicies'],
  evaluate({ teamsAppPermissionPolicies }) {
    return judgePolicies(teamsAppPermissionPolicies, rule);
  },
});
