import check from '../../../checks/m365/m365-data-entra-logs-to-soc.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

// No read-only API with the tenant's Graph credential shows it: always not_assessed, with where to look.
checkTable(check, 'm365', compliantTenant, [
  { name: 'is not assessed, naming the admin center page that shows it', expect: 'not_assessed', summary: /Entra admin center/ },
  { name: 'stays not assessed whatever the Graph sections hold', unreadable: { conditionalAccessPolicies: true }, expect: 'not_assessed' },
]);
