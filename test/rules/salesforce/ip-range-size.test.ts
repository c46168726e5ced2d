import { describe, expect, it } from 'vitest';
import { describeIpRangeSize, ipRangeSize } from '../../../src/rules/salesforce/settings.js';

describe('ipRangeSize (Salesforce network ranges)', () => {
  it('counts IPv4 ranges in either order', () => {
    expect(ipRangeSize('10.1.0.0', '10.1.255.255')).toEqual({ family: 4, addresses: 65_536n, wide: false });
    expect(ipRangeSize('10.2.0.0', '10.1.0.0')).toEqual({ family: 4, addresses: 65_537n, wide: true });
  });

  it('reads IPv4-mapped IPv6 ends (hex or dotted, any case, mixed with plain IPv4) as IPv4', () => {
    expect(ipRangeSize('::ffff:0:0', '::ffff:ffff:ffff')).toEqual({ family: 4, addresses: 2n ** 32n, wide: true });
    expect(ipRangeSize('::FFFF:203.0.113.0', '::ffff:cb00:71ff')).toEqual({ family: 4, addresses: 256n, wide: false });
    expect(ipRangeSize('203.0.113.0', '0:0:0:0:0:ffff:cb00:71ff')).toEqual({ family: 4, addresses: 256n, wide: false });
  });

  it('counts IPv6 ranges with a /48 as the widest narrow range', () => {
    expect(ipRangeSize('::', 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff')).toEqual({ family: 6, addresses: 2n ** 128n, wide: true });
    expect(ipRangeSize('2001:db8:1::', '2001:db8:1:ffff:ffff:ffff:ffff:ffff')).toEqual({ family: 6, addresses: 2n ** 80n, wide: false });
    expect(ipRangeSize('2001:db8:1::', '2001:db8:2::')?.wide).toBe(true);
  });

  it('gives null, never a size, for ends that are not two addresses of one family', () => {
    for (const [start, end] of [['10.0.0.0', '2001:db8::'], ['1.2.3', '1.2.3.4'], ['1.2.3.256', '1.2.3.4'], ['1::2::3', '::'], ['12345::', '::'], ['1:2:3:4:5:6:7:8:9', '::'], ['1:2:3:4:5:6:7', '::'], ['::ffff:1.2.3', '::'], ['office', 'vpn'], ['', '']]) {
      expect(ipRangeSize(start!, end!), `${start} - ${end}`).toBeNull();
    }
  });

  it('describes an unreadable range as such, and IPv6 sizes as IPv6', () => {
    expect(describeIpRangeSize(null)).toBe('not a range of IPv4 or IPv6 addresses');
    expect(describeIpRangeSize(ipRangeSize('10.0.0.0', '10.0.255.255'))).toBe('65,536 addresses');
    expect(describeIpRangeSize(ipRangeSize('2001:db8::', '2001:db8::ff'))).toBe('256 IPv6 addresses');
  });
});
