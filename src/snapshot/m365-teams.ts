/**
 * Microsoft Teams tenant settings, read app-only from the Teams tenant admin API the MicrosoftTeams
 * module calls (Skype.Policy/configurations/*); field names follow the Get-Cs* cmdlets' properties.
 */

/** A meeting policy (Get-CsTeamsMeetingPolicy): the Global one and every custom or preset policy that can be assigned. */
export interface TeamsMeetingPolicy {
  /** "Global" (org-wide default), or "Tag:<name>" for the others. */
  identity: string;
  /** External participants can give or request control of a shared screen; null when the answer left it out. */
  allowExternalParticipantGiveRequestControl: boolean | null;
  /** Anonymous users and dial-in callers can start a meeting. */
  allowAnonymousUsersToStartMeeting: boolean | null;
  /** Who bypasses the lobby: EveryoneInCompany, EveryoneInCompanyExcludingGuests, EveryoneInSameAndFederatedCompany, OrganizerOnly, InvitedUsers or Everyone. */
  autoAdmittedUsers: string | null;
  /** People dialing in by phone bypass the lobby. */
  allowPstnUsersToBypassLobby: boolean | null;
}

/** The tenant's federation (external access) settings, Get-CsTenantFederationConfiguration (identity Global). */
export interface TeamsFederationConfiguration {
  identity: string;
  /** Users can talk to Teams and Skype for Business users in other organisations. */
  allowFederatedUsers: boolean;
  /** The allow-list of external domains; empty: every domain not blocked (AllowAllKnownDomains). */
  allowedDomains: string[];
  blockedDomains: string[];
  /** Users can talk to unmanaged (personal Microsoft account) Teams users. */
  allowTeamsConsumer: boolean;
  /** Unmanaged Teams users can start the conversation; null when the answer left it out. */
  allowTeamsConsumerInbound: boolean | null;
}

/** Teams client settings for the organisation, Get-CsTeamsClientConfiguration (identity Global). */
export interface TeamsClientConfiguration {
  identity: string;
  /** Channels get an email address that mail from outside can be sent to. */
  allowEmailIntoChannel: boolean;
}

/** The per-user legacy app permission policy (Get-CsTeamsAppPermissionPolicy); each catalog's type is AllowedAppList or BlockedAppList. */
export interface TeamsAppPermissionPolicy {
  identity: string;
  /** Microsoft apps: AllowedAppList allows only the listed apps, BlockedAppList allows all but the listed ones. */
  defaultCatalogAppsType: string | null;
  /** Third-party apps. */
  globalCatalogAppsType: string | null;
  /** Custom (organisation) apps. */
  privateCatalogAppsType: string | null;
}
