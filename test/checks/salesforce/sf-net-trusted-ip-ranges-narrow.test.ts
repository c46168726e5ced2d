import check from '../../../checks/salesforce/sf-net-trusted-ip-ranges-narrow.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes for a /24', expect: 'pass' },
  { name: 'passes for exactly a /16', patch: (o) => { o.securitySettings.trustedIpRanges = [{ start: '10.1.0.0', end: '10.1.255.255' }]; }, expect: 'pass' },
  { name: 'fails for the whole internet', patch: (o) => { o.securitySettings.trustedIpRanges.push({ start: '0.0.0.0', end: '255.255.255.255', description: 'temp' }); }, expect: 'fail', evidence: ['0.0.0.0 - 255.255.255.255'] },
  { name: 'fails for a range one address over a /16', patch: (o) => { o.securitySettings.trustedIpRanges = [{ start: '10.1.0.0', end: '10.2.0.0' }]; }, expect: 'fail' },
  // Salesforce stores IPv4 in the IPv4-mapped IPv6 space ::ffff:0:0 to ::ffff:ffff:ffff (help article 000381914).
  { name: 'fails for the whole IPv4 internet written in its IPv4-mapped form', patch: (o) => { o.securitySettings.trustedIpRanges = [{ start: '::ffff:0:0', end: '::ffff:ffff:ffff' }]; }, expect: 'fail', evidence: ['::ffff:0:0 - ::ffff:ffff:ffff'] },
  { name: 'fails for the whole IPv4 internet written as mapped dotted quads', patch: (o) => { o.securitySettings.trustedIpRanges = [{ start: '::ffff:0.0.0.0', end: '::FFFF:255.255.255.255' }]; }, expect: 'fail' },
  { name: 'passes for an IPv4-mapped /24', patch: (o) => { o.securitySettings.trustedIpRanges = [{ start: '::ffff:cb00:7100', end: '::ffff:203.0.113.255' }]; }, expect: 'pass' },
  { name: 'fails for all of IPv6', patch: (o) => { o.securitySettings.trustedIpRanges = [{ start: '::', end: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff' }]; }, expect: 'fail', evidence: [':: - ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'] },
  { name: 'passes for an IPv6 /48', patch: (o) => { o.securitySettings.trustedIpRanges = [{ start: '2001:db8:1::', end: '2001:db8:1:ffff:ffff:ffff:ffff:ffff' }]; }, expect: 'pass' },
  { name: 'fails for an IPv6 range one address wider than a /48', patch: (o) => { o.securitySettings.trustedIpRanges = [{ start: '2001:db8:1::', end: '2001:db8:2::' }]; }, expect: 'fail' },
  { name: 'is not assessed (never a pass) for a range that is not an IP address range', patch: (o) => { o.securitySettings.trustedIpRanges.push({ start: '10.0.0.0', end: '2001:db8::' }); }, expect: 'not_assessed', evidence: ['10.0.0.0 - 2001:db8::'] },
  { name: 'is not assessed when settings cannot be read', unreadable: { securitySettings: true }, expect: 'not_assessed' },
]);
