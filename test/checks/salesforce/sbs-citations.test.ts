import { describe, expect, it } from 'vitest';
import { loadCheckFiles } from '../../../src/core/catalog.js';

/**
 * SBS controls whose text only one check evaluates (benchmark/*.md of the Security Benchmark for Salesforce):
 * any other check citing them would give the control a verdict it did not judge.
 */
const ONLY_JUDGED_BY: Record<string, string[]> = {
  // "Salesforce production orgs must enable the org-level setting that disables Salesforce credential logins"
  'SBS-AUTH-001': ['sf-mfa-credential-logins-disabled'],
  // "Maintain an Inventory of Long Text Area Fields Containing Regulated Data": an inventory outside the org
  'SBS-DATA-002': [],
  // "Require Field History Tracking for Sensitive Fields": FieldDefinition.IsFieldHistoryTracked on fields the org marks sensitive
  'SBS-DATA-004': ['sf-data-sensitive-fields-history-tracked'],
  // "restricted to authentication and registration flows only, with no direct access to business objects or custom Apex
  // methods": read-only object access fails it, so the check that allows reads (sf-ext-guest-object-access) must not cite it
  'SBS-CPORTAL-002': ['sf-ext-guest-api-disabled', 'sf-ext-guest-member-visibility-off', 'sf-ext-guest-no-business-access'],
  // Refresh tokens within 90 days and access tokens within 15 minutes
  'SBS-DEP-006': ['sf-oauth-app-policies-bounded'],
};

describe('Salesforce SBS citations', () => {
  it('cite each of these controls only from the check that judges its text', async () => {
    const checks = (await loadCheckFiles(['salesforce'])).map((c) => c.check.meta);
    for (const [control, allowed] of Object.entries(ONLY_JUDGED_BY)) {
      const citing = checks.filter((m) => (m.references.other?.['SBS'] ?? []).includes(control)).map((m) => m.id).sort();
      expect(citing, control).toEqual(allowed);
    }
  });
});
