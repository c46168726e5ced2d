import { defineCheck } from '../../src/core/define-check.js';

/** External models that give external users no record access beyond what is shared explicitly. */
const PRIVATE_MODELS = new Set(['Private', 'ControlledByParent', 'None']);

export default defineCheck({
  id: 'sf-ext-owd-private',
  provider: 'salesforce',
  area: 'external-sharing',
  severity: 'high',
  title: 'External org-wide defaults are Private on objects holding personal data',
  owner: 'Salesforce System Administrator',
  rationale:
    'The external org-wide default decides what portal, community and guest users see by default. Public Read on Account, Contact, Lead, Opportunity or Case exposes personal data to every external user.',
  remediation: 'Setup > Sharing Settings > Edit: set the Default External Access of each listed object to Private, and share records to external users through sharing sets or rules.',
  references: {
    other: { 'Salesforce Health Check': ['Default External Access'] },
    docs: ['https://help.salesforce.com/s/articleView?id=sf.security_owd_external.htm'],
  },
  reads: ['sharingModels'],
  evaluate({ sharingModels }) {
    const unknown = sharingModels.filter((m) => !m.externalSharingModel);
    const open = sharingModels.filter((m) => m.externalSharingModel && !PRIVATE_MODELS.has(m.externalSharingModel));
    const unknownEvidence = unknown.map((m) => ({ kind: 'setting' as const, name: `${m.object} default external access`, detail: 'not returned by EntityDefinition' }));
    if (open.length === 0 && (unknown.length > 0 || sharingModels.length === 0)) {
      return {
        status: 'not_assessed',
        summary: sharingModels.length === 0
          ? 'EntityDefinition returned none of the objects holding personal data, so their external defaults are unknown.'
          : `The default external access of ${unknown.map((m) => m.object).join(', ')} was not returned, so it cannot be judged private.`,
        evidence: unknownEvidence,
      };
    }
    if (open.length === 0) return { status: 'pass', summary: `External access is private on ${sharingModels.map((m) => m.object).join(', ')}.` };
    return {
      status: 'fail',
      summary: `${open.length} object${open.length === 1 ? '' : 's'} holding personal data ${open.length === 1 ? 'is' : 'are'} readable by external users by default.`,
      evidence: [
        ...open.map((m) => ({ kind: 'setting' as const, name: `${m.object} default external access`, detail: `${m.externalSharingModel} (internal: ${m.internalSharingModel ?? 'unknown'})` })),
        ...unknownEvidence,
      ],
    };
  },
});
