import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, renderCsv } from '../../src/report/csv.js';
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
