import { citationsOf, resolveCitation } from '../frameworks/load-frameworks.js';
import type { CitedControl } from '../frameworks/model.js';
import type { CheckMeta, ControlResult, ControlVerdict, ControlVerdicts, Evidence, Status, Verdict } from './model.js';

/** The order a check's overall status takes from its controls: the worst one wins. */
const RANK: Record<ControlVerdict['status'], number> = { fail: 3, not_assessed: 2, pass: 1, not_applicable: 0 };

/**
 * Builds a check's verdict from one verdict per cited control: the overall status is the worst
 * control's, the summary joins the controls' summaries. For checks that cite several controls
 * whose texts ask different things (GWS.CALENDAR.1.1 primary vs 1.2 secondary calendars).
 */
export function verdictOfControls(controls: ControlVerdicts, evidence: Evidence[] = []): Verdict {
  const entries = Object.entries(controls);
  if (!entries.length) throw new Error('verdictOfControls needs at least one control');
  const worst = entries.reduce((a, b) => (RANK[b[1].status] > RANK[a[1].status] ? b : a))[1].status;
  const summaries = [...new Set(entries.filter(([, v]) => v.status === worst).map(([, v]) => v.summary))];
  const summary = summaries.join(' ');
  if (worst === 'fail') return { status: 'fail', summary, evidence, controls };
  return { status: worst, summary, evidence, controls };
}

interface CheckCitations {
  cited: CitedControl[];
  citedIds: Set<string>;
}

/** A check's citations resolved once per process, not once per tenant: each resolution scans its framework files' controls. */
const citationsByCheck = new WeakMap<CheckMeta, CheckCitations>();

function citedControlsOf(meta: CheckMeta): CheckCitations {
  let known = citationsByCheck.get(meta);
  if (!known) {
    const citations = citationsOf(meta.references);
    const cited: CitedControl[] = [];
    for (const citation of citations) {
      const resolution = resolveCitation(citation, meta.provider);
      if (resolution.ok) cited.push(resolution.cited);
    }
    known = { cited, citedIds: new Set(citations.map((c) => c.id)) };
    citationsByCheck.set(meta, known);
  }
  return known;
}

/**
 * One result per control the check cites, framework id and version read from the framework files.
 * A control without its own verdict takes the check's status and summary. A citation no framework
 * file knows is left out here; test/meta/frameworks.test.ts fails the build on it.
 */
export function controlResults(meta: CheckMeta, status: Status, summary: string, own: ControlVerdicts | undefined): ControlResult[] {
  const { cited, citedIds } = citedControlsOf(meta);
  const stray = Object.keys(own ?? {}).filter((id) => !citedIds.has(id));
  if (stray.length) throw new Error(`the verdict names control(s) ${stray.join(', ')} that ${meta.id} does not cite`);
  return cited.map(({ framework, control }) => {
    const verdict = status === 'error' ? undefined : own?.[control.id];
    return { framework: framework.id, frameworkVersion: framework.version, id: control.id, status: verdict?.status ?? status, summary: verdict?.summary ?? summary };
  });
}
