import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditResults } from '../../src/core/results.js';
import { compareResults } from '../../src/report/drift.js';
import { renderHtml } from '../../src/report/html.js';
import { auditResults, buildFleet, buildSampleResults, checkResult, m365Results, tenantAudit } from './sample-results.js';

/** The roll-up's data: JSON, raw in a script element the page reads on demand. */
const ROLLUP_DATA = /<script type="application\/json" id="rollup-data">([\s\S]*?)<\/script>/;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

interface Tag {
  name: string;
  attributes: Record<string, string>;
}

/**
 * A strict reading of our own output: every element closed in order, every attribute quoted and well formed.
 * Escaped output can hold no raw < or > inside text or attributes, so a regular tokenizer is exact here.
 */
function parse(html: string): Tag[] {
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)];
  const body = html.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script>)/g, '$1$2').replace(/(<style>)[\s\S]*?(<\/style>)/g, '$1$2');
  expect(scripts.length).toBe(1);
  const tags: Tag[] = [];
  const stack: string[] = [];
  const text = body.replace(/<!doctype html>/i, '');
  const tokenizer = /<(\/?)([a-z][a-z0-9-]*)((?:\s+[a-z-]+(?:="[^"<>]*")?)*)\s*>|<|>/gi;
  for (const match of text.matchAll(tokenizer)) {
    if (match[0] === '<' || match[0] === '>') throw new Error(`stray ${match[0]} at ${match.index}: ${text.slice(Math.max(0, match.index! - 60), match.index! + 60)}`);
    const [, closing, rawName, rawAttributes] = match;
    const name = rawName!.toLowerCase();
    if (closing) {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open}> at ${match.index}`);
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const attr of rawAttributes!.matchAll(/([a-z-]+)(?:="([^"]*)")?/gi)) attributes[attr[1]!.toLowerCase()] = attr[2] ?? '';
    tags.push({ name, attributes });
    if (!VOID.has(name)) stack.push(name);
  }
  expect(stack).toEqual([]);
  return tags;
}

const sample = buildSampleResults();
const html = renderHtml(sample);

describe('renderHtml: structure', () => {
  const tags = parse(html);

  it('is one well-formed page with inline CSS and one inline script', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(tags.filter((t) => t.name === 'style')).toHaveLength(1);
    expect(tags.find((t) => t.name === 'html')?.attributes.lang).toBe('en');
    expect(html).toMatch(/<style>\n:root \{/);
  });

  it('lists tenants worst first in a summary table, a failed tenant first with its reason', () => {
    const rows = tags.filter((t) => t.name === 'tr' && t.attributes['data-tenant']);
    expect(rows).toHaveLength(4);
    const names = [...html.matchAll(/<th scope="row" class="col-tenant"><a href="#(tenant-\d+)">([^<]+)<\/a>/g)].map((m) => m[2]);
    expect(names).toEqual(['tailspin', 'contoso', 'fabrikam-gws', 'northwind-prod']);
    expect(rows[0]!.attributes.class).toBe('row-failed');
    expect(html).toMatch(/<td colspan="9" class="failed-reason" title="AADSTS7000215[^"]*">AADSTS7000215: Invalid client secret/);
  });

  it('shows a failed tenant’s error prominently in its section', () => {
    const section = html.slice(html.indexOf('<section class="tenant tenant-failed"'), html.indexOf('</section>', html.indexOf('<section class="tenant tenant-failed"')));
    expect(section).toContain('This tenant could not be audited');
    expect(section).toContain('<code>auth</code> AADSTS7000215');
  });

  it('gives each tenant a per-area table over the six areas', () => {
    const areaTables = html.match(/<table class="area-table">/g) ?? [];
    expect(areaTables).toHaveLength(3); // the failed tenant has no results
    for (const label of ['MFA', 'Conditional access', 'OAuth grants', 'External sharing', 'Data classification', 'Privileged access']) {
      expect(html).toContain(`<th scope="col" class="num">${label}</th>`);
    }
  });

  it('orders findings failed first, then by severity', () => {
    const contoso = html.slice(html.indexOf('id="tenant-2"'), html.indexOf('id="tenant-3"'));
    const statuses = [...contoso.matchAll(/<details class="finding st-(\w+) sev-(\w+)/g)].map((m) => `${m[1]}:${m[2]}`);
    expect(statuses).toEqual([
      'fail:critical', 'fail:high', 'fail:high', 'fail:high', 'fail:medium',
      'error:medium', 'not_assessed:high', 'not_assessed:medium',
      'pass:high', 'pass:high', 'pass:medium', 'not_applicable:high',
    ]);
    const openFlags = [...contoso.matchAll(/<details class="finding st-(\w+)[^>]*?( open)?>/g)].map((m) => `${m[1]}${m[2] ? ' open' : ''}`);
    expect(openFlags.slice(0, 6).every((f) => f.endsWith(' open'))).toBe(true);
    expect(openFlags.slice(6).some((f) => f.endsWith(' open'))).toBe(false);
  });

  it('shows what a finding needs: evidence with "and N more", owner, remediation, rationale, references', () => {
    expect(html).toContain('Evidence (first 50 of 137)');
    expect(html).toContain('…and 87 more not shown.');
    expect(html).toContain('<dt>Who must fix it</dt><dd>Authentication Administrator</dd>');
    expect(html).toContain('<dt>Remediation</dt><dd>Run a registration campaign');
    expect(html).toContain('<span class="ref-label">SCuBA</span> MS.AAD.3.2v2');
    expect(html).toContain('<span class="ref-label">CIS</span> 5.2.2.2');
    expect(html).toContain('<span class="ref-label">SBS</span> SBS-AUTH-002');
    expect(html).toContain('href="https://learn.microsoft.com/entra/identity/conditional-access/policy-all-users-mfa-strength"');
    expect(html).toContain('<p class="waiver"><strong>Waived:</strong> Field staff without smartphones');
  });

  it('has labelled filters for status, severity, area, provider and text, hidden until the script shows them', () => {
    const form = tags.find((t) => t.name === 'form')!;
    expect(form.attributes.id).toBe('filters');
    expect('hidden' in form.attributes).toBe(true); // without JavaScript nothing is filtered and no dead control shows
    const inputs = tags.filter((t) => t.name === 'input' || t.name === 'select');
    expect(inputs.filter((t) => t.attributes.name === 'status').map((t) => t.attributes.value)).toEqual(['fail', 'error', 'not_assessed', 'pass', 'not_applicable']);
    expect(inputs.filter((t) => t.attributes.name === 'severity').map((t) => t.attributes.value)).toEqual(['critical', 'high', 'medium', 'low', 'info']);
    for (const id of ['filter-area', 'filter-provider', 'filter-text']) {
      expect(inputs.some((t) => t.attributes.id === id)).toBe(true);
      expect(html).toContain(`<label class="filter-label" for="${id}">`);
    }
    // Checkboxes sit inside their labels; every finding carries what the filters read (status and severity as
    // st-/sev- classes, area as data-area), and every tenant section its provider.
    const findings = tags.filter((t) => t.name === 'details' && t.attributes.class?.split(' ').includes('finding'));
    expect(findings.length).toBeGreaterThan(20);
    for (const details of findings) {
      expect(details.attributes.class).toMatch(/^finding st-(fail|error|not_assessed|pass|not_applicable) sev-(critical|high|medium|low|info)( is-waived)?$/);
      expect(details.attributes['data-area']).toMatch(/^[a-z-]+$/);
    }
    for (const section of tags.filter((t) => t.name === 'section' && t.attributes.class?.split(' ').includes('tenant'))) {
      expect(section.attributes['data-provider']).toMatch(/^(m365|gws|salesforce)$/);
    }
    expect(html).toContain("classValue(el, 'st')");
    expect(html).toContain("form.hidden = false;");
  });

  it('has a print stylesheet that drops the controls, opens details and breaks pages between tenants', () => {
    const css = html.slice(html.indexOf('@media print'));
    expect(css).toMatch(/\.filters[^{]*\{ display: none !important; \}/);
    expect(css).toContain('.tenant { break-before: page;');
    expect(css).toContain('details::details-content');
    expect(html).toContain("window.addEventListener('beforeprint'");
  });

  it('never signals a status by colour alone', () => {
    expect(html).toContain('<span class="badge status-fail"><span aria-hidden="true">✕</span> Fail</span>');
    expect(html).toContain('<span class="badge status-not_assessed"><span aria-hidden="true">?</span> Not assessed</span>');
    expect(tags.filter((t) => t.name === 'th' && t.attributes.scope === 'col').length).toBeGreaterThan(20);
  });

  it('puts a drift section at the top only when a drift is given', () => {
    expect(html).not.toContain('id="drift"');
    const previous = structuredClone(sample);
    previous.tenants[0]!.results.find((r) => r.checkId === 'm365-priv-admins-phishing-resistant')!.status = 'pass';
    const withDrift = renderHtml(sample, { drift: compareResults(previous, sample) });
    parse(withDrift);
    expect(withDrift.indexOf('id="drift"')).toBeLessThan(withDrift.indexOf('id="overview"'));
    expect(withDrift).toMatch(/<span class="dkind dkind-changed">Status changed<\/span>[\s\S]*?m365-priv-admins-phishing-resistant[\s\S]*?<td>Pass<\/td>\s*<td class="d-now d-now-not_assessed">Not assessed/);
  });

  it('becomes a roll-up above 50 tenants: one heatmap row per tenant, details drawn on demand from escaped data', () => {
    const fleet = renderHtml(buildFleet(300));
    expect(fleet.match(/<tr data-i="\d+"/g)).toHaveLength(300);
    expect(fleet.match(/<section id="tenant-detail" class="tenant tenant-detail"[^>]*hidden>/g)).toHaveLength(1);
    expect(fleet.match(/<section class="tenant[ "]/g)).toBeNull();
    expect(fleet).not.toContain('<details class="finding');
    const data = ROLLUP_DATA.exec(fleet)![1]!;
    expect(data).not.toContain('<');
    const decoded = JSON.parse(data);
    expect(decoded.tenants).toHaveLength(300);
    expect(renderHtml(buildFleet(50))).not.toContain('id="rollup"');
    parse(fleet.replace(ROLLUP_DATA, ''));
  });
});

describe('renderHtml: the roll-up above 50 tenants', () => {
  const fleet = buildFleet(60);
  // Every m365 check cites one SCuBA control: pass or fail as the check did.
  for (const audit of fleet.tenants) for (const r of audit.results) if (r.provider === 'm365') r.controls = [{ framework: 'scuba-aad', frameworkVersion: '1.8.0', id: 'MS.AAD.3.1v1', status: r.status, summary: r.summary }];
  const page = renderHtml(fleet);
  const section = (id: string) => page.slice(page.indexOf(`<section id="${id}"`), page.indexOf('</section>', page.indexOf(`<section id="${id}"`)));

  it('keeps a tenant named like the data placeholder as text, the data whole', () => {
    const hostile = buildFleet(60);
    hostile.tenants[0]!.tenant.name = 'tenant-audit-rollup-data';
    const out = renderHtml(hostile);
    const decoded = JSON.parse(ROLLUP_DATA.exec(out)![1]!) as { tenants: unknown[][] };
    expect(decoded.tenants).toHaveLength(60);
    expect(decoded.tenants[0]![0]).toBe('tenant-audit-rollup-data');
    expect(out).toContain('data-name="tenant-audit-rollup-data"');
  });

  it('keeps hostile tenant text inside the data script: no < reaches it, and the JSON reads back the same text', () => {
    const hostile = buildFleet(60);
    const name = '</script><script>alert(1)</script><!--<script>';
    const summary = '</SCRIPT >\u2028<!-- --> & &quot; \\u003c';
    hostile.tenants[1]!.tenant.name = name;
    hostile.tenants[1]!.results[0]!.summary = summary;
    const out = renderHtml(hostile);
    const data = ROLLUP_DATA.exec(out)![1]!;
    expect(data).not.toContain('<');
    const decoded = JSON.parse(data) as { tenants: [string, string, unknown[][]][] };
    expect(decoded.tenants[1]![0]).toBe(name);
    expect(decoded.tenants[1]![2].map((finding) => finding[4])).toContain(summary);
    expect(out.match(/<script\b/gi)).toHaveLength(page.match(/<script\b/gi)!.length);
  });

  it('puts the tenant table first, then the framework view and who must act', () => {
    expect(page.indexOf('id="rollup"')).toBeLessThan(page.indexOf('id="frameworks"'));
    expect(page.indexOf('id="frameworks"')).toBeLessThan(page.indexOf('id="actions"'));
    parse(page.replace(ROLLUP_DATA, ''));
  });

  it('sums each framework over the tenants and links the least compliant to their detail', () => {
    const frameworks = section('frameworks');
    const m365 = fleet.tenants.filter((t) => t.tenant.provider === 'm365');
    const passed = m365.filter((t) => t.results.every((r) => r.status === 'pass' || r.status === 'not_applicable')).length;
    expect(frameworks).toMatch(new RegExp(`${passed} of ${m365.length}</td>`));
    const lowest = [...frameworks.matchAll(/<a href="#t(?:=|&#x3D;)(\d+)">(client-\d+)<\/a>/g)];
    expect(lowest.length).toBeGreaterThan(0);
    for (const [, index, name] of lowest) expect(fleet.tenants[Number(index)]!.tenant.name).toBe(name);
  });

  it('lists who must act with at most ten tenants per check, each linked to its detail, and counts the rest', () => {
    const actions = section('actions');
    const row = /<tr class="ap-check" data-severity="critical">(?:(?!<\/tr>)[\s\S])*?gws-mfa-2sv-enforced[\s\S]*?<\/tr>/.exec(actions)![0];
    const links = [...row.matchAll(/<a href="#t(?:=|&#x3D;)(\d+)">(client-\d+)<\/a>/g)];
    const failing = fleet.tenants.filter((t) => t.results.some((r) => r.checkId === 'gws-mfa-2sv-enforced' && r.status === 'fail' && !r.waiver)).length;
    expect(failing).toBeGreaterThan(10);
    expect(links).toHaveLength(10);
    for (const [, index, name] of links) expect(fleet.tenants[Number(index)]!.tenant.name).toBe(name);
    expect(row).toContain(`<li class="muted">…and ${failing - 10} more</li>`);
  });
});

/** Every in-page link lands on an element of the page. */
function expectInternalLinksResolve(page: string) {
  const ids = new Set([...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  const targets = [...page.matchAll(/href="#([^"]*)"/g)].map((m) => m[1]!);
  expect(targets.length).toBeGreaterThan(0);
  for (const target of targets) expect(ids.has(target), target).toBe(true);
  const all = [...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
  expect(all.length).toBe(ids.size);
}

describe('renderHtml: who must act', () => {
  const section = html.slice(html.indexOf('<section id="actions"'), html.indexOf('</section>', html.indexOf('<section id="actions"')));
  const owners = [...section.matchAll(/<details class="owner">\s*<summary>\s*<span class="o-name">([^<]*)<\/span>\s*([\s\S]*?)<\/summary>/g)];

  it('sits after the tenant table and before the tenant sections, collapsed per owner (the print script opens it)', () => {
    expect(html.indexOf('id="overview"')).toBeLessThan(html.indexOf('id="actions"'));
    expect(html.indexOf('id="actions"')).toBeLessThan(html.indexOf('id="tenants"'));
    expect(section).toContain('Who must act <span class="count">(10 open failures for 7 owners, worst first)</span>');
    expect(owners).toHaveLength(7);
    expect(html).toContain("querySelectorAll('details:not([open])')");
  });

  it('lists owners worst first with open failures per severity, waived failures left out', () => {
    const rows = owners.map(([, owner, rest]) => {
      const counts = [...rest!.matchAll(/data-sev="(\w+)"><span>(\d+)<\/span>/g)].map((m) => m[2]).join(' ');
      const total = /<span class="o-count">([^<]+)<\/span> in <span class="o-tenants">([^<]+)<\/span>/.exec(rest!)!;
      return `${owner}: ${counts} = ${total[1]} in ${total[2]}`;
    });
    expect(rows).toEqual([
      'Super Admin: 1 1 0 0 = 2 open failures in 1 tenant',
      'Cloud Application Administrator: 1 0 0 0 = 1 open failure in 1 tenant',
      'Salesforce System Administrator: 0 2 1 0 = 3 open failures in 1 tenant',
      'Authentication Administrator: 0 1 0 0 = 1 open failure in 1 tenant',
      'Conditional Access Administrator: 0 1 0 0 = 1 open failure in 1 tenant',
      'Privileged Role Administrator: 0 1 0 0 = 1 open failure in 1 tenant',
      'Authentication Policy Administrator: 0 0 1 0 = 1 open failure in 1 tenant',
    ]);
    expect(section).not.toContain('gws-mfa-no-sms-voice');
    expect(section).not.toContain('m365-priv-admins-phishing-resistant');
  });

  it('links each failing tenant to its finding, with the evidence count and the fix', () => {
    const row = /<tr class="ap-check" data-severity="high">(?:(?!<\/tr>)[\s\S])*?m365-auth-members-mfa-capable[\s\S]*?<\/tr>/.exec(section)![0];
    expect(row).toContain('<a href="#finding-2-m365-auth-members-mfa-capable">contoso</a> <span class="muted">137 items</span>');
    expect(row).toContain('<p class="ap-fix">Run a registration campaign');
    expect(row).toContain('href="#check-m365-auth-members-mfa-capable"');
    expect(html).toMatch(/<details class="finding st-fail sev-high" id="finding-2-m365-auth-members-mfa-capable" data-area="mfa" open>/);
  });

  it('groups one check failing in many tenants into one row', () => {
    const fleet = renderHtml(buildFleet(12));
    const fleetSection = fleet.slice(fleet.indexOf('<section id="actions"'), fleet.indexOf('</section>', fleet.indexOf('<section id="actions"')));
    const row = /<tr class="ap-check" data-severity="critical">(?:(?!<\/tr>)[\s\S])*?gws-mfa-2sv-enforced[\s\S]*?<\/tr>/.exec(fleetSection)![0];
    const links = [...row.matchAll(/<a href="#(finding-\d+-gws-mfa-2sv-enforced)">(client-\d+)<\/a>/g)];
    expect(links.length).toBeGreaterThan(1);
    expect(fleetSection.match(/gws-mfa-2sv-enforced<\/a><p class="ap-fix">/g)).toHaveLength(1);
    expectInternalLinksResolve(fleet);
  });

  it('says so when nobody has anything to fix', () => {
    const clean = renderHtml(auditResults([tenantAudit({ name: 'clean', provider: 'm365' }, [checkResult('m365-ca-mfa-all-users', 'pass', 'ok')])]));
    expect(clean).toContain('No open failures: nobody has anything to fix.');
    expect(clean).not.toContain('<details class="owner"');
  });
});

describe('renderHtml: check reference and size at MSP scale', () => {
  it('resolves every in-page link and gives every id once', () => {
    expectInternalLinksResolve(html);
  });

  it('renders a check\'s rationale and references once, however many tenants ran it', () => {
    const fleet = renderHtml(buildFleet(30));
    const rationale = 'Without a policy that requires MFA for every user on every app, a stolen password is enough to sign in.';
    expect(fleet.split(rationale)).toHaveLength(2);
    expect(fleet.match(/<span class="ref-label">SCuBA<\/span> MS\.AAD\.3\.2v2/g)).toHaveLength(1);
    expect(fleet.match(/<article class="check-ref" id="check-m365-ca-mfa-all-users"/g)).toHaveLength(1);
    const catalog = fleet.slice(fleet.indexOf('<section id="checks"'));
    expect(catalog).toContain('<div><dt>Why it matters</dt><dd>Without a policy');
    expect(catalog).toContain('<span>Owner: Conditional Access Administrator</span>');
  });

  it('keeps owner and remediation on every failing finding and leaves them out of passes', () => {
    const enclosing = (marker: string) => {
      const start = html.lastIndexOf('<details', html.indexOf(marker));
      return html.slice(start, html.indexOf('</details>', start));
    };
    const fail = enclosing('id="finding-2-m365-ca-mfa-all-users"');
    expect(fail).toMatch(/^<details class="finding st-fail sev-high"/);
    expect(fail).toContain('<dt>Who must fix it</dt><dd>Conditional Access Administrator</dd>');
    expect(fail).toContain('<dt>Remediation</dt><dd>Entra admin center &gt; Protection &gt; Conditional Access');
    expect(fail).toContain('<a href="#check-m365-ca-mfa-all-users">Rationale and references</a>');
    const pass = enclosing('<code class="f-id">m365-ca-block-legacy-auth</code>');
    expect(pass).toMatch(/^<details class="finding st-pass sev-high"/);
    expect(pass).not.toContain('Remediation');
    expect(pass).toContain('<code class="f-id">m365-ca-block-legacy-auth</code>');
  });

  it('gives a check whose metadata differs between results its own entry, so nothing is lost', () => {
    const a = checkResult('m365-ca-mfa-all-users', 'fail', 'a');
    const b = { ...checkResult('m365-ca-mfa-all-users', 'fail', 'b'), rationale: 'An older wording of the rationale.' };
    const page = renderHtml(auditResults([tenantAudit({ name: 'a', provider: 'm365' }, [a]), tenantAudit({ name: 'b', provider: 'm365' }, [b])]));
    expect(page).toContain('id="check-m365-ca-mfa-all-users"');
    expect(page).toContain('id="check-m365-ca-mfa-all-users-2"');
    expect(page).toContain('An older wording of the rationale.');
    expect(page).toContain('Without a policy that requires MFA');
    expectInternalLinksResolve(page);
  });

  it('turns a hand-edited check id into a safe anchor', () => {
    const odd = { ...checkResult('m365-ca-mfa-all-users', 'fail', 'x'), checkId: 'x" onclick="alert(1) <b>' };
    const page = renderHtml(auditResults([tenantAudit({ name: 't', provider: 'm365' }, [odd])]));
    for (const [, id] of page.matchAll(/\sid="([^"]*)"/g)) expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(page).toContain('id="finding-1-x-onclick-alert-1-b-"');
    parse(page);
    expectInternalLinksResolve(page);
  });

  it('stays under 17 KB a tenant at 300 tenants (21 KB with the metadata repeated per finding; its executive summary adds ~1.5 KB)', () => {
    const fleet = renderHtml(buildFleet(300));
    expect(Buffer.byteLength(fleet) / 300).toBeLessThan(17_000);
  });
});

describe('renderHtml: no external resources', () => {
  const tags = parse(html);

  it('loads nothing: no src, no stylesheet links, no url() or @import', () => {
    expect(tags.filter((t) => 'src' in t.attributes)).toEqual([]);
    expect(tags.filter((t) => ['link', 'img', 'iframe', 'object', 'embed', 'base', 'video', 'audio'].includes(t.name))).toEqual([]);
    expect(html).not.toMatch(/url\(/i);
    expect(html).not.toMatch(/@import/i);
  });

  it('links out only from documentation references', () => {
    for (const tag of tags.filter((t) => 'href' in t.attributes)) {
      const href = tag.attributes.href!;
      if (href.startsWith('#')) continue;
      expect(tag.name).toBe('a');
      expect(tag.attributes.class).toBe('ref doc');
      expect(href).toMatch(/^https:\/\/(learn\.microsoft\.com|support\.google\.com|help\.salesforce\.com)\//);
    }
  });
});

describe('renderHtml: hostile tenant data', () => {
  const SCRIPT = '<script>alert(1)</script>';
  const IMG = '"><img src=x onerror=alert(1)>';
  const BREAKOUT = '</script><script>alert(document.cookie)</script>';
  const TEMPLATE = '{{constructor}}';

  function hostileResults(): AuditResults {
    const results = m365Results().map((r) => ({ ...r }));
    const grants = results.find((r) => r.checkId === 'm365-app-tenant-wide-risky-grants')!;
    grants.evidence = [
      { kind: 'app', name: SCRIPT, detail: `scopes ${TEMPLATE} {{#each this}}x{{/each}}` },
      { kind: 'app', name: "x' onmouseover='alert(1)", detail: '\u2028\u2029 line separators' },
    ];
    grants.evidenceTotal = 2;
    const mfa = results.find((r) => r.checkId === 'm365-ca-mfa-all-users')!;
    mfa.evidence = [{ kind: 'policy', name: IMG, id: IMG }];
    mfa.summary = `Policy ${IMG} is report-only`;
    // A hand-edited results.json could put anything in references: only http(s) becomes a link.
    mfa.references = { ...mfa.references, docs: ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'https://learn.microsoft.com/ok'] };
    const waived = checkResult('m365-auth-sms-voice-disabled', 'fail', TEMPLATE, [{ kind: 'setting', name: '{{> styles}}' }], {
      waiver: { reason: `<b>${IMG}</b>`, expires: '2027-01-01' },
    });
    return auditResults([
      tenantAudit({ name: BREAKOUT, provider: 'm365', id: IMG, displayName: `${SCRIPT}${TEMPLATE}` }, [...results.filter((r) => r.checkId !== waived.checkId), waived]),
      tenantAudit({ name: `"${IMG}`, provider: 'gws' }, [], { outcome: 'failed', error: { code: `<i>${SCRIPT}`, message: `${BREAKOUT} ${TEMPLATE}` } }),
    ]);
  }

  const hostile = renderHtml(hostileResults(), { drift: compareResults(hostileResults(), hostileResults()) });

  it('contains none of the payloads unescaped', () => {
    expect(hostile).not.toContain(SCRIPT);
    expect(hostile).not.toContain(IMG);
    expect(hostile).not.toContain(BREAKOUT);
    expect(hostile).not.toContain('<img');
    expect(hostile).not.toContain('<b>');
    expect(hostile).not.toContain('<i>');
    expect(hostile).not.toMatch(/\sonerror=/);
    expect(hostile).not.toMatch(/\sonmouseover=/);
    expect(hostile.match(/<script/g)).toHaveLength(1);
    expect(hostile.match(/<\/script/g)).toHaveLength(1);
    expect(hostile).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(hostile).toContain('&quot;&gt;&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(hostile).toContain('&lt;/script&gt;&lt;script&gt;alert(document.cookie)&lt;/script&gt;');
    expect(hostile).toContain('x&#x27; onmouseover&#x3D;&#x27;alert(1)');
  });

  it('embeds no data in the script: its body is our static file, byte for byte', () => {
    const script = /<script>\n([\s\S]*?)\n<\/script>/.exec(hostile)![1];
    const file = readFileSync(join(import.meta.dirname, '..', '..', 'templates', 'report', 'report.js'), 'utf8');
    expect(script!.trimEnd()).toBe(file.trimEnd());
  });

  it('prints template syntax in data literally instead of evaluating it', () => {
    expect(hostile).toContain('scopes {{constructor}} {{#each this}}x{{/each}}');
    expect(hostile).toContain('<td class="ev-name">{{&gt; styles}}</td>');
    expect(hostile).not.toMatch(/function Object\(\)/);
  });

  it('links only http(s) documentation', () => {
    expect(hostile).not.toMatch(/href="(javascript|data):/i);
    expect(hostile).toContain('<span class="ref doc">javascript:alert(1)</span>');
    expect(hostile).toContain('href="https://learn.microsoft.com/ok"');
  });

  it('still parses as the page we wrote, with no attribute injected', () => {
    const tags = parse(hostile);
    for (const tag of tags) {
      for (const name of Object.keys(tag.attributes)) expect(name.startsWith('on'), `${tag.name} ${name}`).toBe(false);
    }
    expect(tags.filter((t) => t.name === 'section' && t.attributes.class?.split(' ').includes('tenant'))).toHaveLength(2);
  });
});

describe('templates', () => {
  const dir = join(import.meta.dirname, '..', '..', 'templates', 'report');

  it('never use triple-stash or unescaped output', () => {
    for (const file of readdirSync(dir)) {
      const source = readFileSync(join(dir, file), 'utf8');
      expect(source, file).not.toContain('{{{');
      expect(source, file).not.toMatch(/\{\{&/);
      if (file.endsWith('.css') || file.endsWith('.js')) expect(source, file).not.toContain('{{');
    }
  });
});

describe('renderHtml: executive summary first', () => {
  it('opens with the score, grade, coverage, severity donut, area bars and top risks, before the tenant table and the filters', () => {
    const summary = html.indexOf('id="summary"');
    expect(summary).toBeGreaterThan(0);
    expect(summary).toBeLessThan(html.indexOf('id="overview"'));
    expect(html.indexOf('id="overview"')).toBeLessThan(html.indexOf('id="filters"'));
    const section = html.slice(summary, html.indexOf('</section>', summary));
    expect(section).toMatch(/<span class="exec-value">\d+<\/span>/);
    expect(section).toMatch(/Grade <strong>[A-F]<\/strong>/);
    expect(section).toMatch(/Coverage <strong>\d+%<\/strong>/);
    expect(section).toContain('<svg class="donut"');
    expect(section).toContain('<svg class="hbar"');
    expect(section).toMatch(/<ol class="risk-list">\s*<li>Critical: /);
    expect(section).toMatch(/Score = 100 × weighted passes/);
  });

  it('gives each audited tenant its own summary and a failed tenant none', () => {
    const tags = parse(html);
    const summaries = tags.filter((t) => t.name === 'section' && t.attributes.class === 'tenant-summary');
    expect(summaries.map((t) => t.attributes['aria-label'])).toEqual(['Summary of contoso', 'Summary of fabrikam-gws', 'Summary of northwind-prod']);
  });

  it('says what changed since the compared run and draws the trend from earlier scores', () => {
    const previous = structuredClone(sample);
    previous.tenants[0]!.results.find((r) => r.checkId === 'm365-priv-admins-phishing-resistant')!.status = 'pass';
    const page = renderHtml(sample, { drift: compareResults(previous, sample), trend: [{ startedAt: previous.startedAt, score: 97, tenants: {} }] });
    expect(page).toContain('<h3>Since the last run</h3>');
    expect(page).toMatch(/<svg class="spark"[^>]*>\s*<polyline points="0\.0,[\d.]+ 100\.0,[\d.]+"/);
    expect(page).toMatch(/Score down \d+ from 97 in the last run/);
  });

  it('prints the summary first, the catalog and passes only with the appendix', () => {
    expect(html).toMatch(/<body class="print-brief">/);
    expect(renderHtml(sample, { appendix: true })).toMatch(/<body class="print-appendix">/);
    expect(html).toMatch(/\.print-brief \.catalog/);
  });
});

describe('renderHtml: Content-Security-Policy', () => {
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]?.replace(/&#x27;/g, "'") ?? '';
  const hash = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`;

  it('allows nothing by default and only our own style and script, by hash', () => {
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(policy.split('; ')).toEqual([
      "default-src 'none'",
      `style-src ${hash(style)}`,
      `script-src ${hash(script)}`,
      "img-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
    ]);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<title>'));
  });

  it('needs no inline style attribute or event handler, which the policy would block', () => {
    const tags = parse(html);
    expect(tags.filter((t) => 'style' in t.attributes)).toEqual([]);
    expect(tags.filter((t) => Object.keys(t.attributes).some((name) => name.startsWith('on')))).toEqual([]);
  });
});

describe('renderHtml: framework views', () => {
  const withControls = structuredClone(sample);
  for (const result of withControls.tenants[0]!.results) {
    result.controls = (result.references.scuba ?? []).map((id) => ({ framework: 'scuba-aad', frameworkVersion: '1.8.0', id, status: result.status, summary: '' }));
  }
  const page = renderHtml(withControls);

  it('puts the framework table after the tenant table, a row per tenant with the percentage and a link to its drill-down', () => {
    expect(page.indexOf('id="frameworks"')).toBeGreaterThan(page.indexOf('id="overview"'));
    expect(page.indexOf('id="frameworks"')).toBeLessThan(page.indexOf('id="tenants"'));
    const section = page.slice(page.indexOf('id="frameworks"'), page.indexOf('</section>', page.indexOf('id="frameworks"')));
    expect(section).toMatch(/Microsoft Entra ID<\/a> <span class="muted">1\.8\.0<\/span>/);
    expect(section).toMatch(/<a href="#tenant-\d-fw-scuba-aad-1-8-0">contoso<\/a>/);
    expect(section).toMatch(/<td class="num fw-percent"><strong>\d+%<\/strong><\/td>/);
    parse(page);
  });

  it('drills down to the controls, each linked to the finding that judged it', () => {
    const anchor = /href="#(tenant-\d-fw-scuba-aad-1-8-0)"/.exec(page)![1]!;
    const detail = page.slice(page.indexOf(`id="${anchor}"`), page.indexOf('</details>', page.indexOf(`id="${anchor}"`)));
    expect(detail).toMatch(/<tr class="ctl-fail"><td><code>MS\.AAD\.[\d.]+v1<\/code>/);
    expect(detail).toMatch(/<a href="#finding-\d-m365-[a-z0-9-]+">m365-[a-z0-9-]+<\/a> <span class="muted">Fail<\/span>/);
  });

  it('shows only the asked framework with --framework', () => {
    const limited = renderHtml(withControls, { framework: 'cis-m365' });
    expect(limited).toContain('(limited to cis-m365)');
    expect(limited).not.toContain('-fw-scuba-aad');
  });
});
