import check from '../../../checks/salesforce/sf-priv-no-standard-profiles.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg, user } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes when users are on custom profiles', expect: 'pass' },
  { name: 'fails for a user on System Administrator', patch: (o) => { o.users.push(user('005-std', 'old.admin@acme.example', { profileId: '00e-sysadmin', profileName: 'System Administrator' })); }, expect: 'fail', evidence: ['old.admin@acme.example'] },
  { name: 'is not assessed when permission sets cannot be read', unreadable: { permissionSets: true }, expect: 'not_assessed' },
]);
