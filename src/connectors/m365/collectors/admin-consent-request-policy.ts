import { z } from 'zod';
import { defineCollector, parseAnswer } from '../collector.js';

const answer = z.object({
  isEnabled: z.boolean(),
  notifyReviewers: z.boolean().nullish(),
  remindersEnabled: z.boolean().nullish(),
  requestDurationInDays: z.number().nullish(),
  reviewers: z.array(z.object({ query: z.string(), queryType: z.string().nullish(), queryRoot: z.string().nullish() })).nullish(),
});

export default defineCollector({
  section: 'adminConsentRequestPolicy',
  spec: { endpoints: ['GET /v1.0/policies/adminConsentRequestPolicy'], permissions: ['Policy.Read.All'] },
  async collect({ graph }) {
    const path = '/policies/adminConsentRequestPolicy';
    const p = parseAnswer(answer, await graph.get(path), path);
    return {
      isEnabled: p.isEnabled,
      notifyReviewers: p.notifyReviewers ?? false,
      remindersEnabled: p.remindersEnabled ?? false,
      requestDurationInDays: p.requestDurationInDays ?? 0,
      reviewers: (p.reviewers ?? []).map((r) => ({ query: r.query, queryType: r.queryType ?? 'MicrosoftGraph', queryRoot: r.queryRoot ?? null })),
    };
  },
});
