import check from '../../../checks/m365/m365-data-dlp-endpoint-restricted-apps.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when the PII rule blocks both on devices', expect: 'pass', summary: /Block U.S. PII/ },
  { name: 'fails when Bluetooth apps are only audited', patch: (t: T) => { t.purviewDlpRules[0]!.endpointRestrictions[1]!.value = 'Audit'; }, expect: 'fail', summary: /does not block unwanted Bluetooth apps/, evidence: ['Block U.S. PII'] },
  { name: 'fails when the rule sets no endpoint restriction', patch: (t: T) => { t.purviewDlpRules[0]!.endpointRestrictions = []; }, expect: 'fail', summary: /restricted apps or unwanted Bluetooth apps/ },
  { name: 'fails when the policy does not cover devices', patch: (t: T) => { t.purviewDlpPolicies[0]!.locations.devices = []; }, expect: 'fail', summary: /covers devices/ },
  { name: 'fails when the blocking policy only simulates', patch: (t: T) => { t.purviewDlpPolicies[0]!.mode = 'TestWithNotifications'; }, expect: 'fail' },
  { name: 'matches setting names without regard to case', patch: (t: T) => { t.purviewDlpRules[0]!.endpointRestrictions = [{ setting: 'unallowedapps', value: 'block' }, { setting: 'UNALLOWEDBLUETOOTHTRANSFERAPPS', value: 'Block' }]; }, expect: 'pass' },
  { name: 'is not assessed when the DLP rules cannot be read', unreadable: { purviewDlpRules: { permission: 'Global Reader' } }, expect: 'not_assessed' },
]);
