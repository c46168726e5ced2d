import { describe, expect, it } from 'vitest';
import { indexServicePrincipals } from '../../../src/rules/m365/third-party-apps.js';
import type { ServicePrincipal } from '../../../src/snapshot/m365.js';

const sp = (id: string, displayName: string): ServicePrincipal => ({
  id,
  appId: `app-${id}`,
  displayName,
  appOwnerOrganizationId: null,
  servicePrincipalType: 'Application',
  accountEnabled: true,
  publisherName: null,
  verifiedPublisher: null,
  passwordCredentialCount: 0,
  keyCredentialCount: 0,
});

describe('indexServicePrincipals', () => {
  it('is built once per list: the checks of one snapshot share it', () => {
    const list = [sp('a', 'Alpha'), sp('b', 'Beta')];
    const index = indexServicePrincipals(list);
    expect(indexServicePrincipals(list)).toBe(index);
    expect(index.get('b')?.displayName).toBe('Beta');
  });

  it('gives another list, another snapshot\'s, its own index', () => {
    const first = indexServicePrincipals([sp('a', 'Alpha')]);
    const second = indexServicePrincipals([sp('a', 'Another tenant\'s Alpha')]);
    expect(second).not.toBe(first);
    expect(second.get('a')?.displayName).toBe('Another tenant\'s Alpha');
    expect(first.get('a')?.displayName).toBe('Alpha');
  });
});
