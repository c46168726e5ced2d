import check from '../../../checks/salesforce/sf-hc-file-types-hybrid-safe.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

const SETTING = 'Security risk file types with hybrid behavior';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes when Health Check says the setting meets the baseline', expect: 'pass', controls: { [SETTING]: 'pass' } },
  {
    name: 'fails when Health Check rates the file types a high risk',
    patch: (o) => { const row = o.healthCheck.risks.find((r) => r.setting === SETTING); if (row) { row.riskType = 'HIGH_RISK'; row.orgValue = 'Hybrid'; } },
    expect: 'fail',
    evidence: [SETTING],
    controls: { [SETTING]: 'fail' },
  },
  { name: 'matches the setting whatever its case and spacing', patch: (o) => { const row = o.healthCheck.risks.find((r) => r.setting === SETTING); if (row) row.setting = ` ${SETTING.toUpperCase()} `; }, expect: 'pass' },
  { name: 'is not assessed when Health Check returns no row for the setting', patch: (o) => { o.healthCheck.risks = o.healthCheck.risks.filter((r) => r.setting !== SETTING); }, expect: 'not_assessed', summary: 'no row' },
  { name: 'is not assessed when the row carries no risk rating (RiskType is Nillable)', patch: (o) => { const row = o.healthCheck.risks.find((r) => r.setting === SETTING); if (row) row.riskType = null; }, expect: 'not_assessed' },
  { name: 'is not assessed when Health Check cannot be read', unreadable: { healthCheck: true }, expect: 'not_assessed' },
]);
