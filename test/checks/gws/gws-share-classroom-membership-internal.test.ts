import check from '../../../checks/gws/gws-share-classroom-membership-internal.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';
import { inheritanceCases } from './inheritance-cases.js';
import { overlayRoot } from './policy-patches.js';

const S = 'classroom.class_membership';
const WEAK = { whoCanJoinClasses: 'ANYONE' };

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes on the compliant tenant', expect: 'pass', controls: {'GWS.CLASSROOM.1.1v1': 'pass', 'GWS.CLASSROOM.1.2v1': 'pass'} },
  { name: "anyone joining classes fails 1.1 only", patch: (t) => overlayRoot(t, S, { whoCanJoinClasses: 'ANY_GOOGLE_WORKSPACE_USER' }), expect: 'fail', controls: {'GWS.CLASSROOM.1.1v1': 'fail', 'GWS.CLASSROOM.1.2v1': 'pass'} },
  { name: "joining any Workspace class fails 1.2 only", patch: (t) => overlayRoot(t, S, { whichClassesCanUsersJoin: 'ANY_GOOGLE_WORKSPACE_CLASS' }), expect: 'fail', controls: {'GWS.CLASSROOM.1.1v1': 'pass', 'GWS.CLASSROOM.1.2v1': 'fail'} },
  { name: "allow-listed domains pass both", patch: (t) => overlayRoot(t, S, { whoCanJoinClasses: 'ANYONE_IN_ALLOWLISTED_DOMAINS', whichClassesCanUsersJoin: 'CLASSES_IN_ALLOWLISTED_DOMAINS' }), expect: 'pass' },
  { name: "is not applicable when the tenant returns no Classroom settings", patch: (t) => { t.policies.policies = t.policies.policies.filter((p) => !p.setting.startsWith('classroom.')); }, expect: 'not_applicable' },
  ...inheritanceCases(S, WEAK, 'classroom'),
  { name: 'is not assessed when the Policy API cannot be read', unreadable: { policies: true }, expect: 'not_assessed' },
]);
