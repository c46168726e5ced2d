import check from '../../../checks/gws/gws-share-forms-external-responses.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

// No API shows this setting: always reported not_assessed with the reason.
checkTable(check, 'gws', compliantTenant, [
  { name: 'is not assessed, saying no API shows it', expect: 'not_assessed', summary: /not exposed by/, controls: { 'GWS.DRIVEDOCS.1.10v1': 'not_assessed', 'GWS.DRIVEDOCS.1.11v1': 'not_assessed' } },
  { name: 'stays not assessed whatever the Policy API holds', unreadable: { policies: true }, expect: 'not_assessed', summary: /manually/ },
]);
