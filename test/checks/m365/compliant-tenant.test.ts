import { describe, expect, it } from 'vitest';
import { loadCheckFiles } from '../../../src/core/catalog.js';
import { runCheckOn } from '../../support/check-table.js';
import { BREAK_GLASS_UPN, compliantTenant } from './compliant-tenant.js';

describe('the compliant Microsoft 365 base tenant', () => {
  it.each(['strict', 'cis', 'scuba'] as const)('passes every readable check under the %s profile', async (profile) => {
    const checks = (await loadCheckFiles(['m365'])).map((c) => c.check).filter((c) => !c.unreadable);
    expect(checks.length).toBeGreaterThan(30);
    const notPassing = checks
      .map((check) => runCheckOn(check, 'm365', compliantTenant(), { settings: { profile, breakGlassAccounts: [BREAK_GLASS_UPN] } }))
      .filter((result) => result.status !== 'pass')
      .map((result) => `${result.checkId}: ${result.status}: ${result.summary}`);
    expect(notPassing).toEqual([]);
  });
});
