import check from '../../../checks/gws/gws-oauth-classroom-api-access-off.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant, removeSetting } from './compliant-tenant.js';
import { inheritanceCases } from './inheritance-cases.js';

const S = 'classroom.api_data_access';
const WEAK = { enableApiAccess: true };

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes on the compliant tenant', expect: 'pass' },
  { name: "fails when no policy shows API access off", patch: (t) => removeSetting(t, S), expect: 'fail', evidence: ['/'] },
  { name: "is not applicable when the tenant returns no Classroom settings", patch: (t) => { t.policies.policies = t.policies.policies.filter((p) => !p.setting.startsWith('classroom.')); }, expect: 'not_applicable' },
  ...inheritanceCases(S, WEAK, 'classroom'),
  { name: 'is not assessed when the Policy API cannot be read', unreadable: { policies: true }, expect: 'not_assessed' },
]);
