import check from '../../../checks/salesforce/sf-session-content-sniffing-protected.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes when enableContentSniffingProtection is on', expect: 'pass', controls: { 'Enable Content Sniffing protection': 'pass' } },
  { name: 'fails when enableContentSniffingProtection is off', patch: (o) => { o.securitySettings.sessionSettings.enableContentSniffingProtection = false; }, expect: 'fail', evidence: ['Enable Content Sniffing protection'], controls: { 'Enable Content Sniffing protection': 'fail' } },
  { name: 'is not assessed when SecuritySettings leaves enableContentSniffingProtection out', patch: (o) => { o.securitySettings.sessionSettings.enableContentSniffingProtection = null; }, expect: 'not_assessed', summary: 'enableContentSniffingProtection' },
  { name: 'is not assessed when settings cannot be read', unreadable: { securitySettings: true }, expect: 'not_assessed' },
]);
