import check from '../../../checks/salesforce/sf-net-admin-profiles-ip-restricted.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes when admin profiles have narrow ranges', expect: 'pass' },
  { name: 'fails for an admin profile with no ranges', patch: (o) => { o.profileLoginIpRanges.push({ profileId: '00e-sysadmin', profileName: 'System Administrator', privileges: ['ModifyAllData'], loginIpRanges: [] }); }, expect: 'fail', evidence: ['System Administrator'] },
  { name: 'fails for an admin profile open to every address', patch: (o) => { const p = o.profileLoginIpRanges[0]; if (p) p.loginIpRanges = [{ start: '0.0.0.0', end: '255.255.255.255' }]; }, expect: 'fail', evidence: ['Acme Administrator'] },
  { name: 'is not assessed when no administrator profile came back (never an empty pass)', patch: (o) => { o.profileLoginIpRanges = []; }, expect: 'not_assessed' },
  { name: 'passes for exactly a /16', patch: (o) => { const p = o.profileLoginIpRanges[0]; if (p) p.loginIpRanges = [{ start: '10.1.0.0', end: '10.1.255.255' }]; }, expect: 'pass' },
  { name: 'fails for an admin profile open to all of IPv6', patch: (o) => { const p = o.profileLoginIpRanges[0]; if (p) p.loginIpRanges = [{ start: '::', end: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff' }]; }, expect: 'fail', evidence: ['Acme Administrator'] },
  { name: 'fails for an admin profile open to the whole IPv4 internet in its IPv4-mapped form', patch: (o) => { const p = o.profileLoginIpRanges[0]; if (p) p.loginIpRanges = [{ start: '::ffff:0:0', end: '::ffff:ffff:ffff' }]; }, expect: 'fail', evidence: ['Acme Administrator'] },
  { name: 'is not assessed (never a pass) for a login range that is not an IP address range', patch: (o) => { const p = o.profileLoginIpRanges[0]; if (p) p.loginIpRanges = [{ start: 'office', end: 'vpn' }]; }, expect: 'not_assessed', evidence: ['Acme Administrator'] },
  { name: 'is not assessed when profiles cannot be read', unreadable: { profileLoginIpRanges: true }, expect: 'not_assessed' },
]);
