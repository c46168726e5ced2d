import { describe, expect, it } from 'vitest';
import { compareResults } from '../../src/report/drift.js';
import { mdText, renderMarkdown } from '../../src/report/markdown.js';
import { auditResults, buildSampleResults, checkResult, tenantAudit } from './sample-results.js';

describe('renderMarkdown', () => {
  const md = renderMarkdown(buildSampleResults());

  it('summarises counts and every tenant, worst first', () => {
    expect(md).toContain('**11 failing** · 1 error · 4 not assessed · 7 passing · 3 not applicable across 4 tenants, **1 could not be audited**.');
    const rows = md.split('\n').filter((line) => line.startsWith('| **'));
    expect(rows.map((row) => row.split('|')[1]!.trim())).toEqual(['**tailspin**', '**contoso**', '**fabrikam-gws**', '**northwind-prod**']);
    expect(md).toContain('| **contoso** | Microsoft 365 | audited | 5 | 1 | 3 | 1 | 2 | 3 |');
  });

  it('shows a tenant that could not be audited with its reason', () => {
    expect(md).toMatch(/> - \*\*tailspin\*\* \(Microsoft 365\): `auth` AADSTS7000215: Invalid client secret/);
  });

  it('lists open failures at high or above only, with evidence and owner', () => {
    expect(md).toContain('`m365-app-tenant-wide-risky-grants`');
    expect(md).toContain('`gws-mfa-2sv-enforced`');
    expect(md).toContain('`salesforce-priv-modify-all-data-users`');
    expect(md).not.toContain('`m365-auth-sms-voice-disabled`'); // medium
    expect(md).not.toContain('`gws-mfa-no-sms-voice`'); // waived
    expect(md).toContain('1 failing check waived by configuration');
    expect(md).toMatch(/`m365-auth-members-mfa-capable` Every enabled member user is MFA capable: 137 of 1,204 .* Evidence: .*, and 134 more\. Owner: Authentication Administrator\./);
    const critical = renderMarkdown(buildSampleResults(), { minSeverity: 'critical' });
    expect(critical).not.toContain('`m365-ca-mfa-all-users`');
    expect(critical).toContain('`gws-mfa-2sv-enforced`');
  });

  it('adds a drift section when given', () => {
    const previous = structuredClone(buildSampleResults());
    const contoso = previous.tenants.find((t) => t.tenant.name === 'contoso')!;
    contoso.results.find((r) => r.checkId === 'm365-priv-admins-phishing-resistant')!.status = 'pass';
    contoso.results.find((r) => r.checkId === 'm365-app-user-consent-restricted')!.status = 'pass';
    const out = renderMarkdown(buildSampleResults(), { drift: compareResults(previous, buildSampleResults()) });
    expect(out).toContain('### Changes since');
    expect(out).toContain('**1 newly failing**');
    expect(out).toContain('newly failing: `m365-app-user-consent-restricted` high');
    expect(out).toContain('changed: `m365-priv-admins-phishing-resistant` high (pass → not assessed)');
    expect(md).not.toContain('### Changes since');
  });

  it('neutralises Markdown and HTML in tenant data', () => {
    const hostile = '<img src=x onerror=alert(1)> | [click](javascript:alert(1)) `code`\n# heading';
    const out = renderMarkdown(
      auditResults([
        tenantAudit({ name: hostile, provider: 'm365' }, [
          checkResult('m365-ca-mfa-all-users', 'fail', hostile, [{ kind: 'policy', name: hostile }]),
        ]),
      ]),
    );
    expect(out).not.toContain('<img');
    expect(out).not.toContain('](javascript');
    expect(out).not.toMatch(/^# heading/m);
    expect(out).toContain('&lt;img src=x onerror=alert\\(1\\)&gt; \\| \\[click\\]\\(javascript:alert\\(1\\)\\) \\`code\\` \\# heading');
    // Table rows keep their column count: no unescaped pipe leaks in.
    const row = out.split('\n').find((line) => line.startsWith('| **&lt;img'))!;
    expect(row.split(/(?<!\\)\|/)).toHaveLength(11);
  });

  it('has a "By owner" table of open failures per role, worst first', () => {
    const start = md.indexOf('### By owner');
    expect(start).toBeGreaterThan(md.indexOf('### Tenants'));
    expect(start).toBeLessThan(md.indexOf('### Failing checks'));
    const table = md.slice(start).split('\n').filter((line) => line.startsWith('| ')).slice(1);
    expect(table).toEqual([
      '| Super Admin | 1 | 1 | 0 | 0 |', // the waived gws-mfa-no-sms-voice is not counted
      '| Cloud Application Administrator | 1 | 0 | 0 | 0 |',
      '| Salesforce System Administrator | 0 | 2 | 1 | 0 |',
      '| Authentication Administrator | 0 | 1 | 0 | 0 |',
      '| Conditional Access Administrator | 0 | 1 | 0 | 0 |',
      '| Privileged Role Administrator | 0 | 1 | 0 | 0 |',
      '| Authentication Policy Administrator | 0 | 0 | 1 | 0 |',
    ]);
    expect(md).toContain('| Owner | Critical | High | Medium | Low |');
  });

  it('escapes owner names and leaves the table out when nothing is open', () => {
    const failing = checkResult('m365-ca-mfa-all-users', 'fail', 'x');
    const out = renderMarkdown(auditResults([tenantAudit({ name: 't', provider: 'm365' }, [{ ...failing, owner: 'Admin | <b>x</b>' }])]));
    expect(out).toContain('| Admin \\| &lt;b&gt;x&lt;/b&gt; | 0 | 1 | 0 | 0 |');
    const clean = renderMarkdown(auditResults([tenantAudit({ name: 't', provider: 'm365' }, [checkResult('m365-ca-mfa-all-users', 'pass', 'ok')])]));
    expect(clean).not.toContain('By owner');
  });

  it('escapes and shortens text', () => {
    expect(mdText('a_b*c')).toBe('a\\_b\\*c');
    expect(mdText('x'.repeat(300), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('shows the bidi controls of a name instead of letting it reverse the rest of the line, and keeps the marks', () => {
    expect(mdText('app \u202Egnp.exe granted Mail.Send')).toBe('app \\[U\\+202E\\]gnp.exe granted Mail.Send');
    expect(mdText('\u2067x\u2069 and \u200Fשלום')).toBe('\\[U\\+2067\\]x\\[U\\+2069\\] and \u200Fשלום');
  });
});
