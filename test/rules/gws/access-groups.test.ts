import { describe, expect, it } from 'vitest';
import autoForwarding from '../../../checks/gws/gws-share-gmail-auto-forwarding-off.js';
import { effectiveSetting } from '../../../src/rules/gws/effective-settings.js';
import { addPolicy, compliantTenant, GROUP, OU, setRoot } from '../../checks/gws/compliant-tenant.js';
import { runCheckOn } from '../../support/check-table.js';

/**
 * An access group turns a service on for its members "even if their organizational unit has the service turned off",
 * and their service settings still come from their organisational unit (https://support.google.com/a/answer/9050643).
 */
const spec = { type: 'gmail.auto_forwarding', defaults: { enableAutoForwarding: true }, service: 'gmail' };
const byName = (targets: ReturnType<typeof effectiveSetting>) => Object.fromEntries(targets.map((x) => [x.name, x]));

describe('service status and access groups', () => {
  it('an OU whose service is off is not skipped when an access group turns the service on', () => {
    const t = compliantTenant();
    setRoot(t, 'gmail.service_status', { serviceState: 'DISABLED' });
    addPolicy(t, 'gmail.service_status', { serviceState: 'ENABLED' }, { group: GROUP.finance });
    const r = byName(effectiveSetting(t.policies, spec));
    expect(['/', '/Engineering', '/Engineering/Contractors', '/Sales'].map((n) => r[n]!.serviceDisabled)).toEqual([false, false, false, false]);
  });

  it('without an access group for the service, an OU with the service off is still skipped', () => {
    const t = compliantTenant();
    addPolicy(t, 'gmail.service_status', { serviceState: 'DISABLED' }, { ou: OU.sales });
    addPolicy(t, 'drive_and_docs.service_status', { serviceState: 'ENABLED' }, { group: GROUP.finance });
    expect(byName(effectiveSetting(t.policies, spec))['/Sales']!.serviceDisabled).toBe(true);
  });

  it('the check fails on the top OU\'s weak value that the access group\'s members use', () => {
    const t = compliantTenant();
    setRoot(t, 'gmail.service_status', { serviceState: 'DISABLED' });
    addPolicy(t, 'gmail.service_status', { serviceState: 'ENABLED' }, { group: GROUP.finance });
    setRoot(t, 'gmail.auto_forwarding', { enableAutoForwarding: true });
    const result = runCheckOn(autoForwarding, 'gws', t);
    expect(result.status).toBe('fail');
    expect(result.evidence.map((e) => e.name)).toContain('/');
  });
});
