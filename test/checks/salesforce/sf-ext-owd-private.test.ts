import check from '../../../checks/salesforce/sf-ext-owd-private.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes when external access is private', expect: 'pass' },
  { name: 'fails for public read on Contact', patch: (o) => { const m = o.sharingModels[1]; if (m) m.externalSharingModel = 'Read'; }, expect: 'fail', evidence: ['Contact default external access'] },
  { name: 'is not assessed when sharing models cannot be read', unreadable: { sharingModels: true }, expect: 'not_assessed' },
]);
