import { describe, expect, it } from 'vitest';
import { renderActionPlanCsv } from '../../src/report/csv.js';
import { renderHtml } from '../../src/report/html.js';
import { actionPlan } from '../../src/report/action-plan.js';
import { buildSampleResults } from './sample-results.js';

/** The sample with the named owners tenants.yaml would give: identity failures to one team, the rest by role. */
function withNamedOwners() {
  const results = buildSampleResults();
  for (const tenant of results.tenants) {
    for (const result of tenant.results) {
      if (result.area === 'mfa' || result.area === 'conditional-access') result.assignee = { name: 'Identity team', contact: 'identity@contoso.example' };
    }
  }
  return results;
}

describe('named owners in who must act and action-plan.csv', () => {
  const results = withNamedOwners();

  it('groups open failures by the named owner, keeping the admin roles behind them', () => {
    const identity = actionPlan(results).find((o) => o.owner === 'Identity team')!;
    expect(identity).toMatchObject({ named: true, contact: 'identity@contoso.example' });
    expect(identity.roles.length).toBeGreaterThan(0);
    expect(identity.items.every((item) => ['mfa', 'conditional-access'].includes(item.result.area))).toBe(true);
    expect(actionPlan(results).filter((o) => !o.named).every((o) => o.roles.length === 1 && o.roles[0] === o.owner)).toBe(true);
  });

  it('writes the name, contact and role in action-plan.csv', () => {
    const rows = renderActionPlanCsv(results).trim().split('\r\n');
    const identity = rows.filter((row) => row.startsWith('Identity team,'));
    expect(identity.length).toBeGreaterThan(0);
    expect(identity.every((row) => /,identity@contoso\.example,[A-Za-z ]+$/.test(row))).toBe(true);
  });

  it('shows the name with its contact and roles in the report', () => {
    const html = renderHtml(results);
    expect(html).toMatch(/<span class="o-name">Identity team <span class="o-contact muted">identity@contoso\.example<\/span> <span class="o-roles muted">\([^)]+\)<\/span><\/span>/);
  });
});
