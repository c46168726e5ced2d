import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'm365-app-admin-consent-workflow',
  provider: 'm365',
  area: 'oauth-grants',
  severity: 'medium',
  title: 'The admin consent workflow is enabled with reviewers',
  owner: 'Cloud Application Administrator',
  rationale:
    'With user consent turned off, the admin consent workflow is how users ask for an app. Without it, users look for workarounds and administrators grant apps ad hoc without reviewing the permissions requested.',
  remediation:
    'Entra admin center > Enterprise apps > Consent and permissions > Admin consent settings: set "Users can request admin consent to apps they are unable to consent to" to Yes, add a reviewer group of administrators, turn on e-mail notifications, and save.',
  references: {
    scuba: ['MS.AAD.5.3v1'],
    cis: ['5.1.5.2'],
    docs: ['https://learn.microsoft.com/entra/identity/enterprise-apps/configure-admin-consent-workflow'],
  },
  reads: ['adminConsentRequestPolicy'],
  evaluate({ adminConsentRequestPolicy: policy }) {
    const reviewers = policy.reviewers.filter((reviewer) => reviewer.query.trim() !== '');
    if (!policy.isEnabled) {
      return {
        status: 'fail',
        summary: 'The admin consent workflow is turned off, so users cannot request review of an app.',
        evidence: [{ kind: 'setting', name: 'Admin consent requests', detail: 'disabled' }],
      };
    }
    if (reviewers.length === 0) {
      return {
        status: 'fail',
        summary: 'The admin consent workflow is on but has no reviewers, so requests are never reviewed.',
        evidence: [{ kind: 'setting', name: 'Admin consent reviewers', detail: 'none configured' }],
      };
    }
    return {
      status: 'pass',
      summary: `The admin consent workflow is on with ${reviewers.length} reviewer ${reviewers.length === 1 ? 'entry' : 'entries'}${policy.notifyReviewers ? '' : ' (reviewer e-mail notifications are off)'}.`,
      evidence: reviewers.map((reviewer) => ({ kind: 'setting' as const, name: 'Admin consent reviewer', detail: reviewer.query })),
    };
  },
});
