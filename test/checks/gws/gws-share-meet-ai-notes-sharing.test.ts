import check from '../../../checks/gws/gws-share-meet-ai-notes-sharing.js';
import { checkTable } from '../../support/check-table.js';
import { forgetSetting, logChange } from './admin-log-patches.js';
import { compliantTenant } from './compliant-tenant.js';

const OVERRIDE = 'MeetGenAiSmartNotesDocAccessProto manage_smart_notes_doc_access';
const DEFAULT = 'MeetGenAiSmartNotesDocAccessProto default_smart_notes_doc_access';

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes on the compliant tenant', expect: 'pass', controls: { 'GWS.MEET.6.1v1': 'pass', 'GWS.MEET.6.2v1': 'pass' } },
  { name: 'an overridable sharing level fails 6.1 only', patch: (t) => logChange(t, OVERRIDE, 'true'), expect: 'fail', controls: { 'GWS.MEET.6.1v1': 'fail', 'GWS.MEET.6.2v1': 'pass' } },
  { name: 'notes shared with every guest fail 6.2 only', patch: (t) => logChange(t, DEFAULT, 'EVERYONE', { orgUnit: 'Sales' }), expect: 'fail', evidence: ['Sales'], controls: { 'GWS.MEET.6.1v1': 'pass', 'GWS.MEET.6.2v1': 'fail' } },
  { name: 'no logged change of the default is not assessed for 6.2 only', patch: (t) => forgetSetting(t, DEFAULT), expect: 'not_assessed', controls: { 'GWS.MEET.6.1v1': 'pass', 'GWS.MEET.6.2v1': 'not_assessed' } },
  { name: 'is not assessed when the admin log cannot be read', unreadable: { adminSettingChanges: true }, expect: 'not_assessed' },
]);
