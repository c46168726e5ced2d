import { z } from 'zod';
import { defineCollector } from '../collector.js';
import { readTeamsList, teamsSpec } from '../teams-collector.js';

const policy = z
  .object({
    Identity: z.string().min(1),
    AllowExternalParticipantGiveRequestControl: z.boolean().nullish(),
    AllowAnonymousUsersToStartMeeting: z.boolean().nullish(),
    AutoAdmittedUsers: z.string().nullish(),
    AllowPSTNUsersToBypassLobby: z.boolean().nullish(),
  })
  .passthrough();

export default defineCollector({
  section: 'teamsMeetingPolicies',
  spec: teamsSpec('TeamsMeetingPolicy', 'Get-CsTeamsMeetingPolicy'),
  async collect({ services }) {
    const rows = await readTeamsList(services.teams(), 'TeamsMeetingPolicy', policy);
    return rows.map((p) => ({
      identity: p.Identity,
      allowExternalParticipantGiveRequestControl: p.AllowExternalParticipantGiveRequestControl ?? null,
      allowAnonymousUsersToStartMeeting: p.AllowAnonymousUsersToStartMeeting ?? null,
      autoAdmittedUsers: p.AutoAdmittedUsers ?? null,
      allowPstnUsersToBypassLobby: p.AllowPSTNUsersToBypassLobby ?? null,
    }));
  },
});
