import type { ChangedFinding, ChangeSummary } from './change-summary.js';

export type NotifyKind = 'teams' | 'slack' | 'json';

/** Lines per list in a chat message; the rest is a count (the reports hold them all). */
const LIST_CAP = 10;

/**
 * The message shape a webhook URL expects: Slack incoming webhooks, Teams (Workflows or incoming webhook),
 * anything else the generic JSON. A `slack+`, `teams+` or `json+` prefix on the URL chooses explicitly.
 */
export function notifyTarget(spec: string): { kind: NotifyKind; url: string } {
  const prefixed = /^(slack|teams|json)\+(https?:\/\/.*)$/i.exec(spec);
  if (prefixed) return { kind: prefixed[1]!.toLowerCase() as NotifyKind, url: prefixed[2]! };
  const host = new URL(spec).hostname.toLowerCase();
  if (host === 'hooks.slack.com') return { kind: 'slack', url: spec };
  if (host.endsWith('.webhook.office.com') || host.endsWith('.logic.azure.com') || host.endsWith('.powerplatform.com')) return { kind: 'teams', url: spec };
  return { kind: 'json', url: spec };
}

function headline(summary: ChangeSummary): string {
  const parts = [
    summary.newFailures.length ? `${summary.newFailures.length} ${summary.compared ? 'new failure' : 'failure'}${summary.newFailures.length === 1 ? '' : 's'}` : '',
    summary.fixed.length ? `${summary.fixed.length} fixed` : '',
    summary.unaudited.length ? `${summary.unaudited.length} tenant${summary.unaudited.length === 1 ? '' : 's'} not audited` : '',
  ].filter(Boolean);
  return `tenant-audit: ${parts.join(', ')}`;
}

function lines(items: ChangedFinding[]): string[] {
  const shown = items.slice(0, LIST_CAP).map((f) => `${f.tenant.name}: [${f.severity}] ${f.title} (${f.checkId})`);
  return items.length > LIST_CAP ? [...shown, `… and ${items.length - LIST_CAP} more`] : shown;
}

function sections(summary: ChangeSummary): { title: string; lines: string[] }[] {
  return [
    { title: summary.compared ? 'New failures' : 'Failures', lines: lines(summary.newFailures) },
    { title: 'Fixed', lines: lines(summary.fixed) },
    { title: 'Not audited', lines: summary.unaudited.slice(0, LIST_CAP).map((u) => `${u.tenant.name}: ${u.reason}`) },
  ].filter((s) => s.lines.length);
}

/** Slack Block Kit (https://api.slack.com/reference/block-kit/blocks): a header and a section per list; `text` is the fallback. */
function slack(summary: ChangeSummary): unknown {
  return {
    text: headline(summary),
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: headline(summary).slice(0, 150) } },
      ...sections(summary).map((s) => ({ type: 'section', text: { type: 'mrkdwn', text: `*${s.title}*\n${s.lines.map((l) => `• ${l}`).join('\n')}`.slice(0, 3000) } })),
    ],
  };
}

/** A message with one Adaptive Card attachment (https://adaptivecards.io/explorer/), what Teams webhooks and Workflows accept. */
function teams(summary: ChangeSummary): unknown {
  return {
    type: 'message',
    attachments: [{
      contentType: 'application/vnd.microsoft.card.adaptive',
      content: {
        $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
        type: 'AdaptiveCard',
        version: '1.4',
        body: [
          { type: 'TextBlock', text: headline(summary), weight: 'Bolder', size: 'Medium', wrap: true },
          ...sections(summary).flatMap((s) => [
            { type: 'TextBlock', text: s.title, weight: 'Bolder', wrap: true, spacing: 'Medium' },
            { type: 'TextBlock', text: s.lines.map((l) => `- ${l}`).join('\n'), wrap: true },
          ]),
        ],
      },
    }],
  };
}

export function notificationBody(kind: NotifyKind, summary: ChangeSummary): string {
  return JSON.stringify(kind === 'slack' ? slack(summary) : kind === 'teams' ? teams(summary) : { headline: headline(summary), ...summary });
}
