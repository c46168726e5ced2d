import check from '../../../checks/salesforce/sf-password-lockout-period.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

const SETTING = 'Lockout effective period';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes when Health Check says the lockout period meets the baseline', expect: 'pass', controls: { [SETTING]: 'pass' } },
  {
    name: 'fails when Health Check rates the lockout period a medium risk',
    patch: (o) => { const row = o.healthCheck.risks.find((r) => r.setting === SETTING); if (row) { row.riskType = 'MEDIUM_RISK'; row.orgValue = '15 minutes'; } },
    expect: 'fail',
    evidence: [SETTING],
    summary: 'medium risk',
  },
  { name: 'is not assessed when Health Check has no score and no row', patch: (o) => { o.healthCheck = { score: null, risks: [] }; }, expect: 'not_assessed', summary: 'no score' },
  { name: 'is not assessed when Health Check cannot be read', unreadable: { healthCheck: true }, expect: 'not_assessed' },
]);
