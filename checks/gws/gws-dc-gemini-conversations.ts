import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'gws-dc-gemini-conversations',
  provider: 'gws',
  area: 'data-classification',
  severity: 'medium',
  title: "Gemini conversation history is on, kept at least 18 months, and conversations cannot be shared",
  owner: 'Super Admin',
  rationale:
    "Gemini conversations hold prompts with organisational data; history and retention keep them within reach of Vault and investigations (GWS.GEMINI.3.1, 3.2), and sharing them publishes that content (4.1).",
  remediation:
    "Admin console > Generative AI > Gemini app > Conversation history: turn history on and set retention to at least 18 months; under Sharing, turn conversation sharing off.",
  references: {
    scuba: ['GWS.GEMINI.3.1v1', 'GWS.GEMINI.3.2v1', 'GWS.GEMINI.4.1v1'],
    docs: ['https://support.google.com/a/answer/15706919'],
  },
  reads: [],
  unreadable:
    "not exposed by the Policy API or the admin log ScubaGoggles reads: Gemini conversation history, retention and sharing are checked manually by ScubaGoggles.",
});
