import check from '../../../checks/salesforce/sf-ext-owd-private.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes when external access is private', expect: 'pass' },
  { name: 'fails for public read on Contact', patch: (o) => { const m = o.sharingModels[1]; if (m) m.externalSharingModel = 'Read'; }, expect: 'fail', evidence: ['Contact default external access'] },
  { name: 'is not assessed when an external model is missing (never read as Private)', patch: (o) => { const m = o.sharingModels[0]; if (m) m.externalSharingModel = null; }, expect: 'not_assessed', summary: /Account/ },
  { name: 'is not assessed when no object was returned', patch: (o) => { o.sharingModels = []; }, expect: 'not_assessed' },
  { name: 'fails for Public Read/Write on Case', patch: (o) => { o.sharingModels.push({ object: 'Case', internalSharingModel: 'ReadWriteTransfer', externalSharingModel: 'ReadWriteTransfer' }); }, expect: 'fail', evidence: ['Case default external access'], notEvidence: ['Account default external access'] },
  { name: 'is not assessed when sharing models cannot be read', unreadable: { sharingModels: true }, expect: 'not_assessed' },
]);
