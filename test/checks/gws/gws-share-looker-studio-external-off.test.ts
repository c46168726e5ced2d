import check from '../../../checks/gws/gws-share-looker-studio-external-off.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

// No API shows this setting: always reported not_assessed with the reason.
checkTable(check, 'gws', compliantTenant, [
  { name: 'is not assessed, saying no API shows it', expect: 'not_assessed', summary: /not exposed by/, controls: { 'GWS.COMMONCONTROLS.16.3v1': 'not_assessed' } },
  { name: 'stays not assessed whatever the Policy API holds', unreadable: { policies: true }, expect: 'not_assessed', summary: /manually/ },
]);
