import check from '../../../checks/salesforce/sf-hc-no-high-risks.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes without high risks and a good score', expect: 'pass' },
  { name: 'fails for each high-risk setting', patch: (o) => { o.healthCheck.risks.push({ riskType: 'HIGH_RISK', setting: 'Lock sessions to the domain in which they were first used', settingGroup: 'Session Settings', orgValue: 'Disabled', standardValue: 'Enabled' }); }, expect: 'fail', evidence: ['Lock sessions to the domain in which they were first used'], notEvidence: ['Maximum invalid login attempts'], controls: { 'Health Check score': 'pass', 'High-Risk Security Settings': 'fail' } },
  { name: 'fails for a low score alone', patch: (o) => { o.healthCheck.score = 55; }, expect: 'fail', evidence: ['Health Check score'], controls: { 'Health Check score': 'fail', 'High-Risk Security Settings': 'pass' } },
  { name: 'is not assessed when Health Check returned no score and no risk', patch: (o) => { o.healthCheck = { score: null, risks: [] }; }, expect: 'not_assessed' },
  { name: 'fails on a high risk even without a score', patch: (o) => { o.healthCheck = { score: null, risks: [{ riskType: 'HIGH_RISK', setting: 'Require HttpOnly attribute', settingGroup: 'Session Settings', orgValue: 'Disabled', standardValue: 'Enabled' }] }; }, expect: 'fail', evidence: ['Require HttpOnly attribute'], controls: { 'Health Check score': 'not_assessed', 'High-Risk Security Settings': 'fail' } },
  { name: 'fails for a high-risk row whose Setting is null (Nillable), naming its group', patch: (o) => { o.healthCheck.risks.push({ riskType: 'HIGH_RISK', setting: null, settingGroup: 'Session Settings', settingRiskCategory: 'HIGH_RISK', orgValue: null, standardValue: null }); }, expect: 'fail', evidence: ['Session Settings'] },
  { name: 'passes at exactly the score floor', patch: (o) => { o.healthCheck.score = 80; }, expect: 'pass' },
  { name: 'is not assessed when Health Check cannot be read', unreadable: { healthCheck: true }, expect: 'not_assessed' },
]);
