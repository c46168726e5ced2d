import check from '../../../checks/gws/gws-share-calendar-external-free-busy.js';
import { checkTable } from '../../support/check-table.js';
import { addPolicy, compliantTenant, GROUP, OU, removeSetting } from './compliant-tenant.js';
import { goodValue, overlayRoot } from './policy-patches.js';

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes on the compliant tenant', expect: 'pass' },
  { name: 'fails when the top OU is weak, and names every inheriting OU', patch: (t) => overlayRoot(t, "calendar.secondary_calendar_max_allowed_external_sharing", {"maxAllowedExternalSharing":"EXTERNAL_ALL_INFO_READ_WRITE"}), expect: 'fail', evidence: ['/', '/Engineering', '/Engineering/Contractors', '/Sales'] },
  { name: 'fails for a sub-OU that weakens the setting under a compliant top OU', patch: (t) => addPolicy(t, "calendar.secondary_calendar_max_allowed_external_sharing", {"maxAllowedExternalSharing":"EXTERNAL_ALL_INFO_READ_WRITE"}, { ou: OU.engineering }), expect: 'fail', evidence: ['/Engineering', '/Engineering/Contractors'], notEvidence: ['/', '/Sales'] },
  { name: 'fails for a group override that weakens the setting', patch: (t) => addPolicy(t, "calendar.secondary_calendar_max_allowed_external_sharing", {"maxAllowedExternalSharing":"EXTERNAL_ALL_INFO_READ_WRITE"}, { group: GROUP.finance }), expect: 'fail', evidence: ['group finance@example.org'], notEvidence: ['/'] },
  { name: 'a compliant child OU under a weak parent passes while the parent fails', patch: (t) => { addPolicy(t, "calendar.secondary_calendar_max_allowed_external_sharing", {"maxAllowedExternalSharing":"EXTERNAL_ALL_INFO_READ_WRITE"}, { ou: OU.engineering }); addPolicy(t, "calendar.secondary_calendar_max_allowed_external_sharing", goodValue(t, "calendar.secondary_calendar_max_allowed_external_sharing"), { ou: OU.contractors }); }, expect: 'fail', evidence: ['/Engineering'], notEvidence: ['/Engineering/Contractors'] },
  { name: 'ignores a policy that names a deleted OU', patch: (t) => addPolicy(t, "calendar.secondary_calendar_max_allowed_external_sharing", {"maxAllowedExternalSharing":"EXTERNAL_ALL_INFO_READ_WRITE"}, { ou: 'deleted0000000' }), expect: 'pass' },
  { name: 'uses Google\'s default when the setting is set nowhere', patch: (t) => removeSetting(t, "calendar.secondary_calendar_max_allowed_external_sharing"), expect: 'fail', evidence: ['/'] },
  { name: 'skips an OU where the service is turned off', patch: (t) => { addPolicy(t, "calendar.secondary_calendar_max_allowed_external_sharing", {"maxAllowedExternalSharing":"EXTERNAL_ALL_INFO_READ_WRITE"}, { ou: OU.sales }); addPolicy(t, "calendar.service_status", { serviceState: 'DISABLED' }, { ou: OU.sales }); }, expect: 'pass' },
  { name: 'a primary-calendar setting set nowhere uses Google\'s documented default (free/busy only) and passes', patch: (t) => removeSetting(t, 'calendar.primary_calendar_max_allowed_external_sharing'), expect: 'pass' },
  { name: 'fails for a sub-OU that lets primary calendars share all details', patch: (t) => addPolicy(t, 'calendar.primary_calendar_max_allowed_external_sharing', { maxAllowedExternalSharing: 'EXTERNAL_ALL_INFO_READ_ONLY' }, { ou: OU.contractors }), expect: 'fail', evidence: ['/Engineering/Contractors'], notEvidence: ['/', '/Engineering'] },
  { name: 'is not assessed when the Policy API cannot be read', unreadable: { policies: { code: 'permission', message: 'Request had insufficient authentication scopes.', permission: 'https://www.googleapis.com/auth/cloud-identity.policies.readonly' } }, expect: 'not_assessed', summary: /cloud-identity.policies.readonly/ },
]);
