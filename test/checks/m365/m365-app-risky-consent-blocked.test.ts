import check from '../../../checks/m365/m365-app-risky-consent-blocked.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when risky consent is blocked', expect: 'pass' },
  {
    name: 'passes when the setting is at its default (null)',
    patch: (t) => {
      t.authorizationPolicy.allowUserConsentForRiskyApps = null;
    },
    expect: 'pass',
    summary: /default/,
  },
  {
    name: 'fails when users may consent to risky apps',
    patch: (t) => {
      t.authorizationPolicy.allowUserConsentForRiskyApps = true;
    },
    expect: 'fail',
    evidence: ['allowUserConsentForRiskyApps'],
  },
  { name: 'is not assessed when the authorization policy cannot be read', unreadable: { authorizationPolicy: true }, expect: 'not_assessed' },
]);
