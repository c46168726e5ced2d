import type { GwsShapes } from '../../../src/snapshot/gws.js';
import type { CheckCase } from '../../support/check-table.js';
import { addPolicy, GROUP, OU } from './compliant-tenant.js';
import { overlayRoot } from './policy-patches.js';

/**
 * The cases every per-OU Policy API check shares: a weak value set on the top OU, on a sub-OU, on a group, on a
 * deleted OU, under a turned-off service, and an unreadable Policy API.
 */
export function inheritanceCases(setting: string, weak: Record<string, unknown>, service?: string): CheckCase<GwsShapes>[] {
  return [
    { name: 'fails when the top OU is weak, naming every inheriting OU', patch: (t) => overlayRoot(t, setting, weak), expect: 'fail', evidence: ['/', '/Engineering', '/Engineering/Contractors', '/Sales'] },
    { name: 'fails for a sub-OU that weakens the setting under a compliant top OU', patch: (t) => addPolicy(t, setting, weak, { ou: OU.engineering }), expect: 'fail', evidence: ['/Engineering', '/Engineering/Contractors'], notEvidence: ['/', '/Sales'] },
    { name: 'fails for a group override that weakens the setting', patch: (t) => addPolicy(t, setting, weak, { group: GROUP.finance }), expect: 'fail', evidence: ['group finance@example.org'], notEvidence: ['/'] },
    { name: 'ignores a policy that names a deleted OU', patch: (t) => addPolicy(t, setting, weak, { ou: 'deleted0000000' }), expect: 'pass' },
    ...(service
      ? [{ name: 'skips an OU where the service is turned off', patch: (t: GwsShapes) => { addPolicy(t, setting, weak, { ou: OU.sales }); addPolicy(t, `${service}.service_status`, { serviceState: 'DISABLED' }, { ou: OU.sales }); }, expect: 'pass' as const }]
      : []),
  ];
}
