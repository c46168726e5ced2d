import { z } from 'zod';
import { defineCollector, parseAnswer } from '../collector.js';

// https://learn.microsoft.com/graph/api/security-list-securescores?view=graph-rest-1.0 and
// https://learn.microsoft.com/graph/api/resources/controlscore?view=graph-rest-1.0 (controlName, controlCategory,
// description, score). controlScore is an open type: scoreInPercentage and implementationStatus come
// beside them in live answers (public usage), so they are read when present and never required.
const control = z
  .object({
    controlName: z.string(),
    controlCategory: z.string().nullish(),
    score: z.number().nullish(),
    scoreInPercentage: z.number().nullish(),
    implementationStatus: z.string().nullish(),
  })
  .passthrough();
const answer = z.object({ value: z.array(z.object({ createdDateTime: z.string().nullish(), controlScores: z.array(control).nullish() }).passthrough()) });

export default defineCollector({
  section: 'secureScore',
  spec: { endpoints: ['GET /v1.0/security/secureScores?$top=1'], permissions: ['SecurityEvents.Read.All'] },
  async collect({ graph }) {
    // $top=1 is the latest day (the list is sorted newest first); the next pages are older days, not more controls.
    const path = '/security/secureScores?$top=1';
    const latest = parseAnswer(answer, await graph.get(path), 'security/secureScores').value[0];
    return {
      createdDateTime: latest?.createdDateTime ?? null,
      controls: (latest?.controlScores ?? []).map((c) => ({
        controlName: c.controlName,
        controlCategory: c.controlCategory ?? null,
        score: c.score ?? null,
        scoreInPercentage: c.scoreInPercentage ?? null,
        implementationStatus: c.implementationStatus ?? null,
      })),
    };
  },
});
