import check from '../../../checks/gws/gws-ca-drive-desktop-authorized-devices.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant, removeSetting } from './compliant-tenant.js';
import { inheritanceCases } from './inheritance-cases.js';
import { overlayRoot } from './policy-patches.js';

const S = 'drive_and_docs.drive_for_desktop';
const WEAK = { allowDriveForDesktop: true, restrictToAuthorizedDevices: false };

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes on the compliant tenant', expect: 'pass', controls: {'GWS.DRIVEDOCS.5.1v1': 'pass', '3.1.2.2.2': 'pass'} },
  { name: "authorised devices only passes SCuBA 5.1 and fails CIS 3.1.2.2.2 (off): the strict check fails", patch: (t) => overlayRoot(t, S, { allowDriveForDesktop: true, restrictToAuthorizedDevices: true }), expect: 'fail', controls: {'GWS.DRIVEDOCS.5.1v1': 'pass', '3.1.2.2.2': 'fail'} },
  { name: 'authorised devices only passes under the scuba profile', settings: { profile: 'scuba' }, patch: (t) => overlayRoot(t, S, { allowDriveForDesktop: true, restrictToAuthorizedDevices: true }), expect: 'pass' },
  { name: 'authorised devices only fails under the cis profile', settings: { profile: 'cis' }, patch: (t) => overlayRoot(t, S, { allowDriveForDesktop: true, restrictToAuthorizedDevices: true }), expect: 'fail' },
  { name: "any device fails both", patch: (t) => overlayRoot(t, S, { allowDriveForDesktop: true }), expect: 'fail', controls: {'GWS.DRIVEDOCS.5.1v1': 'fail', '3.1.2.2.2': 'fail'} },
  { name: "fails when no policy shows Drive for desktop off or restricted", patch: (t) => removeSetting(t, S), expect: 'fail', evidence: ['/'] },
  ...inheritanceCases(S, WEAK, 'drive_and_docs'),
  { name: 'is not assessed when the Policy API cannot be read', unreadable: { policies: true }, expect: 'not_assessed' },
]);
