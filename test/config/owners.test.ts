import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/core/catalog.js';
import { parseConfig } from '../../src/config/load-config.js';
import type { CheckResult } from '../../src/core/model.js';
import { assignOwner } from '../../src/runner/assign-owner.js';

const catalog = await loadCatalog();
const tenant = (owners = '') =>
  `  - name: contoso\n    provider: m365\n    tenantId: contoso.onmicrosoft.com\n    auth: { type: token, tokenEnv: T }\n${owners}`;
const config = (defaults: string, owners = '') => `${defaults}tenants:\n${tenant(owners)}`;

describe('owners: in tenants.yaml', () => {
  it('reads global and per-tenant owners, the tenant’s first', () => {
    const parsed = parseConfig(
      config(
        'defaults:\n  owners:\n    - role: Conditional Access Administrator\n      owner: Identity team\n      contact: identity@contoso.example\n',
        '    owners:\n      - area: external-sharing\n        owner: Collaboration team\n',
      ),
      'tenants.yaml',
      catalog,
    );
    expect(parsed.tenants[0]!.owners).toEqual([
      { area: 'external-sharing', owner: 'Collaboration team' },
      { role: 'Conditional Access Administrator', owner: 'Identity team', contact: 'identity@contoso.example' },
    ]);
  });

  it.each([
    ['a role no check names, with the closest', '    owners:\n      - role: Conditional Acess Administrator\n        owner: Identity\n', /tenants\[0\] "contoso": owners\[0\]\.role: "Conditional Acess Administrator" is the owner role of no check; did you mean "Conditional Access Administrator"\?/],
    ['an unknown check id', '    owners:\n      - check: m365-ca-mfa-al-users\n        owner: Jane\n', /owners\[0\]\.check: "m365-ca-mfa-al-users" is not a check id; did you mean "m365-ca-mfa-all-users"\?/],
    ['two selectors in one entry', '    owners:\n      - role: Global Administrator\n        area: mfa\n        owner: Jane\n', /owners\[0\]: give exactly one of role \(a check owner role\), area or check/],
    ['an unknown area', '    owners:\n      - area: email\n        owner: Jane\n', /owners\[0\]\.area: /],
    ['an empty owner', '    owners:\n      - area: mfa\n        owner: " "\n', /owners\[0\]\.owner: must name a team or person/],
  ])('refuses %s, naming the file, the tenant and the field', (_name, owners, message) => {
    expect(() => parseConfig(config('', owners), 'tenants.yaml', catalog)).toThrow(message);
  });

  it('refuses a bad entry in defaults too', () => {
    expect(() => parseConfig(config('defaults:\n  owners:\n    - check: nope\n      owner: X\n'), 'tenants.yaml', catalog)).toThrow(/tenants\.yaml: defaults\.owners\[0\]\.check: "nope" is not a check id/);
  });
});

describe('assignOwner', () => {
  const result = { checkId: 'm365-ca-mfa-all-users', aliases: ['m365-ca-mfa'], area: 'conditional-access', owner: 'Conditional Access Administrator' } as CheckResult;

  it('prefers a check rule, then an area rule, then a role rule', () => {
    const role = { role: 'Conditional Access Administrator', owner: 'Identity team' };
    const area = { area: 'conditional-access' as const, owner: 'Access team', contact: 'access@x.example' };
    const check = { check: 'm365-ca-mfa', owner: 'Jane Doe' };
    expect(assignOwner(result, [role, area, check])).toEqual({ name: 'Jane Doe' });
    expect(assignOwner(result, [role, area])).toEqual({ name: 'Access team', contact: 'access@x.example' });
    expect(assignOwner(result, [role])).toEqual({ name: 'Identity team' });
    expect(assignOwner(result, [{ area: 'mfa', owner: 'Nobody' }])).toBeUndefined();
  });
});
