import check from '../../../checks/salesforce/sf-session-clickjack-csrf-protected.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes when all protections are on', expect: 'pass' },
  { name: 'fails when headerless Visualforce pages are not protected', patch: (o) => { o.securitySettings.sessionSettings.enableClickjackNonsetupUserHeaderless = false; }, expect: 'fail', evidence: ['Clickjack protection for customer Visualforce pages with headers disabled'], notEvidence: ['Clickjack protection for Setup pages'], controls: { 'Enable clickjack protection for customer Visualforce pages with headers disabled': 'fail', 'Enable clickjack protection for Setup pages': 'pass', 'Enable CSRF protection on GET requests on non-setup pages': 'pass' } },
  { name: 'fails when CSRF on GET is unset', patch: (o) => { o.securitySettings.sessionSettings.enableCSRFOnGet = null; }, expect: 'fail', evidence: ['CSRF protection on GET requests on non-setup pages'], controls: { 'Enable CSRF protection on GET requests on non-setup pages': 'fail', 'Enable CSRF protection on POST requests on non-setup pages': 'pass' } },
  { name: 'is not assessed when settings cannot be read', unreadable: { securitySettings: true }, expect: 'not_assessed' },
]);
