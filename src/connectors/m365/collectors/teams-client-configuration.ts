import { z } from 'zod';
import { defineCollector } from '../collector.js';
import { readTeamsGlobal, teamsSpec } from '../teams-collector.js';

const configuration = z.object({ Identity: z.string().nullish(), AllowEmailIntoChannel: z.boolean() }).passthrough();

export default defineCollector({
  section: 'teamsClientConfiguration',
  spec: teamsSpec('TeamsClientConfiguration', 'Get-CsTeamsClientConfiguration'),
  async collect({ services }) {
    const c = await readTeamsGlobal(services.teams(), 'TeamsClientConfiguration', configuration);
    return { identity: c.Identity ?? 'Global', allowEmailIntoChannel: c.AllowEmailIntoChannel };
  },
});
