import { describe, expect, it } from 'vitest';
import { ACTION_PLAN_COLUMNS, actionPlanCsvChunks, CSV_COLUMNS, csvCell, renderActionPlanCsv, renderCsv } from '../../src/report/csv.js';
import { auditResults, buildSampleResults, checkResult, tenantAudit } from './sample-results.js';

/** A strict RFC 4180 reader, so the tests check what a spreadsheet would actually see. */
function parseCsv(input: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < input.length) {
    const ch = input[i]!;
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') { cell += '"'; i += 2; continue; }
      if (ch === '"') { quoted = false; i += 1; continue; }
      cell += ch; i += 1; continue;
    }
    if (ch === '"') {
      if (cell !== '') throw new Error(`quote inside an unquoted cell at ${i}`);
      quoted = true; i += 1; continue;
    }
    if (ch === ',') { row.push(cell); cell = ''; i += 1; continue; }
    if (ch === '\r' && input[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i += 2; continue; }
    if (ch === '\r' || ch === '\n') throw new Error(`bare line break at ${i}`);
    cell += ch; i += 1;
  }
  if (quoted) throw new Error('unterminated quote');
  if (cell !== '' || row.length) throw new Error('last line lacks CRLF');
  return rows;
}

const column = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);

describe('renderCsv', () => {
  it('writes a header and one row per (tenant, check), plus one for a tenant that could not be audited', () => {
    const results = buildSampleResults();
    const rows = parseCsv(renderCsv(results));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const checks = results.tenants.reduce((n, t) => n + t.results.length, 0);
    expect(rows).toHaveLength(1 + checks + 1);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
    const failed = rows.find((r) => r[column('tenant')] === 'tailspin')!;
    expect(failed[column('tenant_outcome')]).toBe('failed');
    expect(failed[column('status')]).toBe('error');
    expect(failed[column('tenant_error')]).toMatch(/^auth: AADSTS7000215/);
  });

  it('carries evidence with the count of what was cut, waivers and references', () => {
    const rows = parseCsv(renderCsv(buildSampleResults()));
    const capable = rows.find((r) => r[column('check_id')] === 'm365-auth-members-mfa-capable')!;
    expect(capable[column('evidence_total')]).toBe('137');
    expect(capable[column('evidence')]).toMatch(/^adele\.vance@contoso-demo\.example — no method registered; /);
    expect(capable[column('evidence')]).toMatch(/; and 87 more$/);
    const waived = rows.find((r) => r[column('check_id')] === 'gws-mfa-no-sms-voice')!;
    expect(waived[column('waived')]).toBe('yes');
    expect(waived[column('waiver_expires')]).toBe('2027-01-31');
    const mfa = rows.find((r) => r[column('check_id')] === 'm365-ca-mfa-all-users')!;
    expect(mfa[column('scuba')]).toBe('MS.AAD.3.2v2');
    expect(mfa[column('cis')]).toBe('5.2.2.2');
  });

  it('quotes commas, quotes and line breaks per RFC 4180, with CRLF line ends', () => {
    const tricky = 'Policy "A, B"\nsecond line\r\nthird';
    const results = auditResults([
      tenantAudit({ name: 'acme, inc', provider: 'm365' }, [checkResult('m365-ca-mfa-all-users', 'fail', tricky, [{ kind: 'policy', name: 'say "hi"' }])]),
    ]);
    const csv = renderCsv(results);
    expect(csv).toContain('"acme, inc"');
    expect(csv).toContain('"Policy ""A, B""\nsecond line\r\nthird"');
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[1]![column('tenant')]).toBe('acme, inc');
    expect(rows[1]![column('summary')]).toBe(tricky);
    expect(rows[1]![column('evidence')]).toBe('say "hi"');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const payloads = ['=HYPERLINK("http://evil.example","x")', '+1+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1:A9)', '\t=1+1', '\r=1+1'];
    const results = auditResults(
      payloads.map((payload, i) =>
        tenantAudit({ name: payload, provider: 'gws', displayName: `ok-${i}` }, [
          checkResult('gws-mfa-2sv-enforced', 'fail', payload, [{ kind: 'org-unit', name: payload }]),
        ]),
      ),
    );
    const rows = parseCsv(renderCsv(results)).slice(1);
    expect(rows).toHaveLength(payloads.length);
    rows.forEach((row, i) => {
      expect(row[column('tenant')]).toBe(`'${payloads[i]}`);
      expect(row[column('summary')]).toBe(`'${payloads[i]}`);
      expect(row[column('evidence')]).toBe(`'${payloads[i]}`);
      expect(row[column('tenant_display_name')]).toBe(`ok-${i}`);
    });
  });

  it('leaves harmless cells alone', () => {
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(42)).toBe('42');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell('=1')).toBe("'=1");
    expect(csvCell('=1,2')).toBe('"\'=1,2"');
  });
});

const apColumn = (name: (typeof ACTION_PLAN_COLUMNS)[number]) => ACTION_PLAN_COLUMNS.indexOf(name);

describe('renderActionPlanCsv', () => {
  const rows = parseCsv(renderActionPlanCsv(buildSampleResults()));

  it('has the ActionPlan columns and one row per open failure: no waived, unassessed, errored or passing check', () => {
    expect(rows[0]).toEqual(['owner', 'severity', 'tenant', 'provider', 'check_id', 'title', 'evidence_count', 'evidence_sample', 'remediation', 'contact', 'admin_role']);
    for (const row of rows) expect(row).toHaveLength(ACTION_PLAN_COLUMNS.length);
    const ids = rows.slice(1).map((r) => r[apColumn('check_id')]);
    expect(ids).toHaveLength(10); // 11 failing checks in the sample, one of them waived
    expect(ids).not.toContain('gws-mfa-no-sms-voice'); // waived
    expect(ids).not.toContain('m365-ca-device-code-flow-blocked'); // error
    expect(ids).not.toContain('m365-priv-admins-phishing-resistant'); // not assessed
    expect(ids).not.toContain('m365-ca-block-legacy-auth'); // pass
  });

  it('groups by owner, the owner with the worst failures first, then by severity within an owner', () => {
    const owners = [...new Set(rows.slice(1).map((r) => r[apColumn('owner')]))];
    expect(owners).toEqual([
      'Super Admin', // critical + high
      'Cloud Application Administrator', // critical
      'Salesforce System Administrator', // 2 high + medium
      'Authentication Administrator', // high (ties broken by name)
      'Conditional Access Administrator',
      'Privileged Role Administrator',
      'Authentication Policy Administrator', // medium
    ]);
    const salesforce = rows.filter((r) => r[apColumn('owner')] === 'Salesforce System Administrator');
    expect(salesforce.map((r) => `${r[apColumn('severity')]} ${r[apColumn('check_id')]}`)).toEqual([
      'high salesforce-mfa-no-bypass-permission',
      'high salesforce-priv-modify-all-data-users',
      'medium salesforce-net-profile-ip-ranges',
    ]);
    expect(salesforce.every((r) => r[apColumn('tenant')] === 'northwind-prod' && r[apColumn('provider')] === 'salesforce')).toBe(true);
  });

  it('counts all evidence, quotes a sample of three and carries the remediation', () => {
    const capable = rows.find((r) => r[apColumn('check_id')] === 'm365-auth-members-mfa-capable')!;
    expect(capable[apColumn('evidence_count')]).toBe('137');
    expect(capable[apColumn('evidence_sample')]!.split('; ')).toHaveLength(3);
    expect(capable[apColumn('evidence_sample')]).toMatch(/^adele\.vance@contoso-demo\.example — no method registered; /);
    expect(capable[apColumn('remediation')]).toMatch(/^Run a registration campaign/);
    expect(capable[apColumn('title')]).toBe('Every enabled member user is MFA capable');
  });

  it('defuses formulas and quotes per RFC 4180 like results.csv', () => {
    const payloads = ['=HYPERLINK("http://evil.example","x")', '+1+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1:A9)', '\t=1+1'];
    const results = auditResults(
      payloads.map((payload) => {
        const result = checkResult('gws-mfa-2sv-enforced', 'fail', 'x', [{ kind: 'org-unit', name: payload }]);
        return tenantAudit({ name: payload, provider: 'gws' }, [{ ...result, owner: payload, title: payload, remediation: `${payload}\r\nline "two", three` }]);
      }),
    );
    const csv = renderActionPlanCsv(results);
    expect(csv.endsWith('\r\n')).toBe(true);
    const parsed = parseCsv(csv).slice(1);
    expect(parsed).toHaveLength(payloads.length);
    for (const row of parsed) {
      const payload = row[apColumn('tenant')]!.slice(1);
      expect(payloads).toContain(payload);
      for (const name of ['tenant', 'title', 'evidence_sample'] as const) expect(row[apColumn(name)]).toBe(`'${payload}`);
      expect(row[apColumn('owner')]).toBe(`'${payload.trim()}`); // owners are grouped by their trimmed name
      expect(row[apColumn('remediation')]).toBe(`'${payload}\r\nline "two", three`);
    }
  });

  it('comes in pieces of whole rows, each a CSV of its own, that add up to every row', () => {
    const remediation = 'Fix it.\r\nThen check "again", twice';
    const results = auditResults(Array.from({ length: 2_500 }, (_, i) => tenantAudit({ name: `client-${i}`, provider: 'gws' }, [{ ...checkResult('gws-mfa-2sv-enforced', 'fail', 'x'), remediation }])));
    const chunks = [...actionPlanCsvChunks(results)];
    expect(chunks.length).toBeGreaterThan(1);
    const rowsOfChunks = chunks.map((chunk) => {
      expect(chunk.endsWith('\r\n')).toBe(true);
      const parsed = parseCsv(chunk);
      for (const row of parsed) expect(row).toHaveLength(ACTION_PLAN_COLUMNS.length);
      return parsed;
    });
    const dataRows = rowsOfChunks.flat().slice(1);
    expect(dataRows).toHaveLength(2_500);
    expect(dataRows.every((row) => row[apColumn('remediation')] === remediation)).toBe(true);
    expect(new Set(dataRows.map((row) => row[apColumn('tenant')])).size).toBe(2_500);
  });

  it('is a header alone when nothing is open', () => {
    const results = auditResults([tenantAudit({ name: 'clean', provider: 'm365' }, [checkResult('m365-ca-mfa-all-users', 'pass', 'ok')])]);
    expect(renderActionPlanCsv(results)).toBe(`${ACTION_PLAN_COLUMNS.join(',')}\r\n`);
  });
});
