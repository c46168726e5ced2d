import { describe, expect, it } from 'vitest';
import { providerModule } from '../../src/connectors/registry.js';
import type { Provider } from '../../src/core/model.js';
import { sectionMismatch, sectionNames } from '../../src/snapshot/validate-section.js';
import { compliantTenant as compliantGws } from '../checks/gws/compliant-tenant.js';
import { compliantTenant as compliantM365 } from '../checks/m365/compliant-tenant.js';
import { compliantOrg } from '../checks/salesforce/compliant-org.js';

// The compliant bases are typed as the section interfaces, so they are what the interfaces accept.
const BASES: Record<Provider, () => object> = { m365: compliantM365, gws: compliantGws, salesforce: compliantOrg };

describe('section schemas', () => {
  it.each(Object.keys(BASES) as Provider[])('name exactly the sections the %s connector collects', (provider) => {
    expect(sectionNames(provider).sort()).toEqual(Object.keys(providerModule(provider).sectionCatalog).sort());
  });

  it.each(Object.keys(BASES) as Provider[])('accept every section of the compliant %s base', (provider) => {
    const base = JSON.parse(JSON.stringify(BASES[provider]())) as Record<string, unknown>;
    expect(Object.keys(base).sort()).toEqual(sectionNames(provider).sort());
    const mismatches = Object.entries(base).map(([name, data]) => sectionMismatch(provider, name, data)).filter(Boolean);
    expect(mismatches).toEqual([]);
  });

  it('names the field of a wrong type, its path from the snapshot top, and what it should be', () => {
    const policies = structuredClone(compliantM365().conditionalAccessPolicies) as unknown as Record<string, unknown>[];
    (policies[1]!.conditions as Record<string, unknown>).clientAppTypes = 'all';
    expect(sectionMismatch('m365', 'conditionalAccessPolicies', policies)).toEqual({
      path: 'sections.conditionalAccessPolicies.data.1.conditions.clientAppTypes',
      message: 'must be array, got string',
    });
  });

  it('names the field inside a nullable object rather than the object as a whole', () => {
    const policies = structuredClone(compliantM365().conditionalAccessPolicies) as unknown as Record<string, Record<string, unknown>>[];
    policies[0]!.grantControls = { operator: 'OR', builtInControls: 'mfa', authenticationStrength: null };
    expect(sectionMismatch('m365', 'conditionalAccessPolicies', policies)).toEqual({
      path: 'sections.conditionalAccessPolicies.data.0.grantControls.builtInControls',
      message: 'must be array, got string',
    });
    policies[0]!.grantControls = 'mfa' as never;
    expect(sectionMismatch('m365', 'conditionalAccessPolicies', policies)).toEqual({
      path: 'sections.conditionalAccessPolicies.data.0.grantControls',
      message: 'must be object or null, got string',
    });
  });

  it('accepts nulls where the interface allows them and refuses them where it does not', () => {
    const organization = { ...compliantM365().organization, onPremisesSyncEnabled: null };
    expect(sectionMismatch('m365', 'organization', organization)).toBeUndefined();
    expect(sectionMismatch('m365', 'organization', { ...organization, displayName: null })).toEqual({
      path: 'sections.organization.data.displayName',
      message: 'must be string, got null',
    });
  });

  it('accepts an optional field left out or null as typed, and fields the interface does not name', () => {
    const tokens = compliantOrg().oauthTokens.map(({ appId: _appId, ...token }) => ({ ...token, extra: 1 }));
    expect(sectionMismatch('salesforce', 'oauthTokens', tokens)).toBeUndefined();
    expect(sectionMismatch('salesforce', 'oauthTokens', tokens.map((token) => ({ ...token, appId: null })))).toBeUndefined();
    expect(sectionMismatch('salesforce', 'oauthTokens', tokens.map((token) => ({ ...token, appId: 7 })))?.path).toBe('sections.oauthTokens.data.0.appId');
  });

  it('names a missing required field and a value outside a literal union', () => {
    const { displayName: _displayName, ...organization } = compliantM365().organization;
    expect(sectionMismatch('m365', 'organization', organization)).toEqual({ path: 'sections.organization.data.displayName', message: 'is missing' });
    const grants = { ...compliantGws().oauthGrants, source: 'somewhere' };
    expect(sectionMismatch('gws', 'oauthGrants', grants)).toEqual({
      path: 'sections.oauthGrants.data.source',
      message: 'must be one of "reports-token-events", "directory-tokens", got string',
    });
  });

  it('refuses an ok section that is not a section of the provider, and one without data', () => {
    expect(sectionMismatch('gws', 'conditionalAccessPolicies', [])).toEqual({ path: 'sections.conditionalAccessPolicies', message: 'not a section of a gws snapshot' });
    expect(sectionMismatch('m365', 'constructor', {})).toEqual({ path: 'sections.constructor', message: 'not a section of a m365 snapshot' });
    expect(sectionMismatch('m365', 'organization', undefined)).toEqual({ path: 'sections.organization.data', message: 'is missing' });
  });
});
