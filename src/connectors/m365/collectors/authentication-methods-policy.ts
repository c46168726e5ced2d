import { z } from 'zod';
import { defineCollector, parseAnswer } from '../collector.js';

const target = z.object({ targetType: z.string(), id: z.string() });
const featureState = z.object({ state: z.string(), includeTarget: target.nullish(), excludeTarget: target.nullish() }).nullish();

const answer = z.object({
  policyMigrationState: z.string().nullish(),
  registrationEnforcement: z
    .object({
      authenticationMethodsRegistrationCampaign: z.object({ snoozeDurationInDays: z.number().nullish(), state: z.string().nullish() }).nullish(),
    })
    .nullish(),
  authenticationMethodConfigurations: z
    .array(
      z.object({
        id: z.string(),
        state: z.string(),
        includeTargets: z.array(target).nullish(),
        isSoftwareOathEnabled: z.boolean().nullish(),
        featureSettings: z
          .object({
            displayAppInformationRequiredState: featureState,
            displayLocationInformationRequiredState: featureState,
            numberMatchingRequiredState: featureState,
          })
          .nullish(),
      }),
    ),
  // Required, not defaulted: a policy answer without its method list would read as "every weak method disabled".
});

const state = (s: z.infer<typeof featureState>) =>
  s ? { state: s.state, includeTarget: s.includeTarget ?? undefined, ...(s.excludeTarget ? { excludeTarget: s.excludeTarget } : {}) } : undefined;

export default defineCollector({
  section: 'authenticationMethodsPolicy',
  spec: { endpoints: ['GET /v1.0/policies/authenticationMethodsPolicy'], permissions: ['Policy.Read.All'] },
  // Fields: https://learn.microsoft.com/graph/api/resources/microsoftauthenticatorauthenticationmethodconfiguration
  async collect({ graph }) {
    const path = '/policies/authenticationMethodsPolicy';
    const policy = parseAnswer(answer, await graph.get(path), path);
    const campaign = policy.registrationEnforcement?.authenticationMethodsRegistrationCampaign;
    return {
      policyMigrationState: policy.policyMigrationState ?? null,
      registrationEnforcement: campaign ? { snoozeDurationInDays: campaign.snoozeDurationInDays ?? undefined, state: campaign.state ?? undefined } : null,
      methods: policy.authenticationMethodConfigurations.map((m) => ({
        id: m.id,
        state: m.state,
        includeTargets: (m.includeTargets ?? []).map((t) => ({ targetType: t.targetType, id: t.id })),
        ...(m.id.toLowerCase() === 'microsoftauthenticator' ? { isSoftwareOathEnabled: m.isSoftwareOathEnabled ?? null } : {}),
        ...(m.featureSettings
          ? {
              featureSettings: {
                displayAppInformationRequiredState: state(m.featureSettings.displayAppInformationRequiredState),
                displayLocationInformationRequiredState: state(m.featureSettings.displayLocationInformationRequiredState),
                numberMatchingRequiredState: state(m.featureSettings.numberMatchingRequiredState),
              },
            }
          : {}),
      })),
    };
  },
});
