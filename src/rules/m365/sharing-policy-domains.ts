import type { ExoSharingPolicy } from '../../snapshot/m365.js';

/**
 * Entries of enabled sharing policies that share calendars or contacts with every outside domain.
 * An entry is "domain:Action,Action" (Set-SharingPolicy -Domains); "*" is every domain and "Anonymous"
 * publishes calendars to anyone with the link, which is wider still. Like ScubaGear, any calendar action
 * for "*" counts, free/busy included: SCuBA names the domain, not the level of detail.
 */
export function sharedWithAllDomains(policies: readonly ExoSharingPolicy[], what: 'calendar' | 'contacts'): { policy: string; entry: string }[] {
  const out: { policy: string; entry: string }[] = [];
  for (const policy of policies) {
    if (!policy.enabled) continue;
    for (const entry of policy.domains) {
      const [domain = '', actions = ''] = entry.split(':');
      const everyone = domain.trim() === '*' || (what === 'calendar' && domain.trim().toLowerCase() === 'anonymous');
      const shares = actions.split(',').some((a) => (what === 'calendar' ? /^CalendarSharing/i.test(a.trim()) : /^ContactsSharing$/i.test(a.trim())));
      if (everyone && shares) out.push({ policy: policy.name, entry });
    }
  }
  return out;
}
