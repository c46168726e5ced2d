import check from '../../../checks/gws/gws-ca-user-recovery-off.js';
import { checkTable } from '../../support/check-table.js';
import { addPolicy, compliantTenant, GROUP, OU, removeSetting } from './compliant-tenant.js';
import { overlayRoot } from './policy-patches.js';

const S = 'security.user_account_recovery';

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes when user self-recovery is off', expect: 'pass' },
  { name: 'fails when the top OU allows it, naming every inheriting OU', patch: (t) => overlayRoot(t, S, { enableAccountRecovery: true }), expect: 'fail', evidence: ['/', '/Engineering', '/Sales'] },
  { name: 'fails for a sub-OU that allows it', patch: (t) => addPolicy(t, S, { enableAccountRecovery: true }, { ou: OU.engineering }), expect: 'fail', evidence: ['/Engineering', '/Engineering/Contractors'], notEvidence: ['/', '/Sales'] },
  { name: 'fails for a group override that allows it', patch: (t) => addPolicy(t, S, { enableAccountRecovery: true }, { group: GROUP.finance }), expect: 'fail', evidence: ['group finance@example.org'] },
  { name: "uses Google's default (off) when the setting is set nowhere", patch: (t) => removeSetting(t, S), expect: 'pass' },
  { name: 'is not assessed when the Policy API cannot be read', unreadable: { policies: true }, expect: 'not_assessed' },
]);
