import { defineCheck } from '../../src/core/define-check.js';
import type { CrossTenantAccessTargets, CrossTenantInboundOutbound, CrossTenantPartner } from '../../src/snapshot/m365.js';
import type { Evidence } from '../../src/core/model.js';

/** True when the side blocks everyone: accessType blocked with the All* target, not a list of groups. */
function blocksAll(targets: CrossTenantAccessTargets | null, allTarget: string): boolean {
  if (!targets || targets.accessType !== 'blocked') return false;
  return targets.targets.some((t) => t.target === allTarget);
}

function describeSide(targets: CrossTenantAccessTargets | null): string {
  if (!targets) return 'not set (Microsoft\'s default allows everyone)';
  const list = targets.targets.map((t) => t.target).join(', ') || 'no targets';
  return `${targets.accessType} for ${list}`;
}

/** What is open about one inbound setting, or [] when users and applications are both fully blocked. */
function openings(label: string, setting: CrossTenantInboundOutbound | null): Evidence[] {
  const found: Evidence[] = [];
  const users = setting?.usersAndGroups ?? null;
  const apps = setting?.applications ?? null;
  if (!blocksAll(users, 'AllUsers')) found.push({ kind: 'setting', name: `Default ${label}: users and groups`, detail: describeSide(users) });
  if (!blocksAll(apps, 'AllApplications')) found.push({ kind: 'setting', name: `Default ${label}: applications`, detail: describeSide(apps) });
  return found;
}

function partnerInbound(partner: CrossTenantPartner): string {
  const sides = [
    ['B2B collaboration', partner.b2bCollaborationInbound],
    ['B2B direct connect', partner.b2bDirectConnectInbound],
  ] as const;
  const described = sides
    .filter(([, setting]) => setting !== null)
    .map(([label, setting]) => `${label}: users ${describeSide(setting?.usersAndGroups ?? null)}`);
  return described.length ? described.join('; ') : 'inherits the default inbound settings';
}

export default defineCheck({
  id: 'm365-ext-cross-tenant-inbound-default-blocked',
  provider: 'm365',
  area: 'external-sharing',
  severity: 'medium',
  title: 'Cross-tenant inbound access is blocked by default and opened per partner',
  owner: 'Security Administrator',
  rationale:
    'The default cross-tenant settings decide what users from every other Entra tenant can do here. Blocking inbound B2B collaboration and direct connect by default, and allowing named partner tenants explicitly, means a new outside organisation gets no access until someone decides it should.',
  remediation:
    'Entra admin center > External Identities > Cross-tenant access settings: add each partner organisation under Organizational settings and allow what it needs, then edit Default settings > Inbound access and set both B2B collaboration and B2B direct connect to Block access for all users and all applications.',
  references: {
    docs: [
      'https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview',
      'https://learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-collaboration',
      'https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyconfigurationdefault',
    ],
  },
  reads: ['crossTenantAccessDefault', 'crossTenantPartners'],
  evaluate({ crossTenantAccessDefault: defaults, crossTenantPartners: partners }) {
    const open = [
      ...openings('B2B collaboration inbound', defaults.b2bCollaborationInbound),
      ...openings('B2B direct connect inbound', defaults.b2bDirectConnectInbound),
    ];
    // Partner overrides are how access is meant to be granted: listed for review, never failed.
    const partnerEvidence: Evidence[] = partners.map((partner) => ({
      kind: 'policy',
      name: `Partner tenant ${partner.tenantId}`,
      id: partner.tenantId,
      detail: partner.isServiceProvider
        ? `service provider (GDAP/CSP partner, expected); ${partnerInbound(partner)}`
        : partnerInbound(partner),
    }));
    const partnerNote = partners.length ? ` ${partners.length} partner override(s) listed for review.` : '';
    if (open.length === 0) {
      return {
        status: 'pass',
        summary: `Inbound B2B collaboration and direct connect are blocked by default.${partnerNote}`,
        evidence: partnerEvidence,
      };
    }
    return {
      status: 'fail',
      summary: `The default cross-tenant inbound settings are not fully blocked: ${open.map((e) => `${e.name} ${e.detail}`).join('; ')}.${partnerNote}`,
      evidence: [...open, ...partnerEvidence],
    };
  },
});
