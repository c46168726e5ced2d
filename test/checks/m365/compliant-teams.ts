import type { M365Shapes, TeamsMeetingPolicy } from '../../../src/snapshot/m365.js';

type TeamsSections = Pick<M365Shapes, 'teamsMeetingPolicies' | 'teamsFederationConfiguration' | 'teamsClientConfiguration' | 'teamsAppPermissionPolicies'>;

export const safeMeetingPolicy = (identity: string, overrides: Partial<TeamsMeetingPolicy> = {}): TeamsMeetingPolicy => ({
  identity,
  allowExternalParticipantGiveRequestControl: false,
  allowAnonymousUsersToStartMeeting: false,
  autoAdmittedUsers: 'EveryoneInCompanyExcludingGuests',
  allowPstnUsersToBypassLobby: false,
  ...overrides,
});

/** Teams settings that meet every Teams check: the Global policies plus one custom policy of each kind. */
export function compliantTeams(): TeamsSections {
  return {
    teamsMeetingPolicies: [safeMeetingPolicy('Global'), safeMeetingPolicy('Tag:Executives')],
    teamsFederationConfiguration: {
      identity: 'Global',
      allowFederatedUsers: true,
      allowedDomains: ['fabrikam.example'],
      blockedDomains: [],
      allowTeamsConsumer: false,
      allowTeamsConsumerInbound: false,
    },
    teamsClientConfiguration: { identity: 'Global', allowEmailIntoChannel: false },
    teamsAppPermissionPolicies: [
      { identity: 'Global', defaultCatalogAppsType: 'AllowedAppList', globalCatalogAppsType: 'AllowedAppList', privateCatalogAppsType: 'AllowedAppList' },
      { identity: 'Tag:Developers', defaultCatalogAppsType: 'AllowedAppList', globalCatalogAppsType: 'AllowedAppList', privateCatalogAppsType: 'AllowedAppList' },
    ],
  };
}
