import { createHash } from 'node:crypto';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { CheckResult, Severity } from '../core/model.js';
import type { AuditResults, TenantAudit } from '../core/results.js';

// Reference: OASIS SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html) and GitHub's
// subset (https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning).
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };

/** GitHub code scanning ranks security alerts by this score: over 9 critical, 7 to 8.9 high, 4 to 6.9 medium, below 4 low. */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '0.1' };

/** Where a tenant's findings appear: no source file holds a tenant setting, so each tenant has a stable pseudo-path. */
export const tenantArtifactUri = (audit: TenantAudit): string => `tenants/${audit.tenant.provider}/${encodeURIComponent(audit.tenant.name)}`;

/** Stable across runs for the same tenant and check, so code scanning tracks one alert through its fix. */
function fingerprint(audit: TenantAudit, result: CheckResult): string {
  return createHash('sha256').update(`${audit.tenant.provider}\u0000${audit.tenant.name}\u0000${result.checkId}`).digest('hex');
}

function rule(result: CheckResult): ReportingDescriptor {
  const docs = result.references.docs;
  const cited = [...(result.references.scuba ?? []).map((id) => `SCuBA ${id}`), ...(result.references.cis ?? []).map((id) => `CIS ${id}`)];
  const helpText = [result.rationale, `Remediation (${result.owner}): ${result.remediation}`, cited.length ? `Controls: ${cited.join(', ')}` : '', ...docs].filter(Boolean).join('\n\n');
  return {
    id: result.checkId,
    shortDescription: { text: result.title },
    fullDescription: { text: result.rationale },
    help: { text: helpText },
    ...(docs[0] ? { helpUri: docs[0] } : {}),
    defaultConfiguration: { level: LEVEL[result.severity] },
    properties: { tags: ['security', result.provider, result.area], 'security-severity': SECURITY_SEVERITY[result.severity], severity: result.severity },
  };
}

function evidenceText(result: CheckResult): string {
  const items = result.evidence.map((e) => `- ${e.name}${e.detail ? `: ${e.detail}` : ''}`);
  const more = result.evidenceTotal - result.evidence.length;
  return [...items, ...(more > 0 ? [`- … and ${more} more`] : [])].join('\n');
}

/**
 * SARIF 2.1.0 from the canonical results: one rule per check that ran, one result per failing check per tenant
 * (a waived failure carries its waiver as a suppression), and a notification for each tenant that could not be audited.
 */
export function renderSarif(results: AuditResults): string {
  const rules = new Map<string, ReportingDescriptor>();
  const sarifResults: Result[] = [];
  for (const audit of results.tenants) {
    for (const result of audit.results) {
      if (!rules.has(result.checkId)) rules.set(result.checkId, rule(result));
      if (result.status !== 'fail') continue;
      const evidence = evidenceText(result);
      sarifResults.push({
        ruleId: result.checkId,
        level: LEVEL[result.severity],
        message: { text: `${audit.tenant.name} (${audit.tenant.provider}): ${result.summary}${evidence ? `\n${evidence}` : ''}` },
        locations: [{
          physicalLocation: { artifactLocation: { uri: tenantArtifactUri(audit) } },
          logicalLocations: [{ name: audit.tenant.name, fullyQualifiedName: `${audit.tenant.provider}/${audit.tenant.name}` }],
        }],
        partialFingerprints: { 'tenantAuditFinding/v1': fingerprint(audit, result) },
        ...(result.waiver ? { suppressions: [{ kind: 'external' as const, justification: result.waiver.reason }] } : {}),
        properties: { tenant: audit.tenant.name, provider: audit.tenant.provider, owner: result.owner, evidenceTotal: result.evidenceTotal },
      });
    }
  }
  const unaudited = results.tenants.filter((audit) => audit.outcome === 'failed');
  const ruleIds = [...rules.keys()];
  for (const result of sarifResults) result.ruleIndex = ruleIds.indexOf(result.ruleId!);
  const log: Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: results.tool.name, version: results.tool.version, semanticVersion: results.tool.version, rules: [...rules.values()] } },
      invocations: [{
        executionSuccessful: unaudited.length === 0,
        startTimeUtc: results.startedAt,
        endTimeUtc: results.finishedAt,
        toolExecutionNotifications: unaudited.map((audit) => ({
          level: 'error' as const,
          message: { text: `${audit.tenant.name} (${audit.tenant.provider}) could not be audited: ${audit.error?.message ?? 'unknown error'}` },
          descriptor: { id: audit.error?.code ?? 'E_UNEXPECTED' },
        })),
      }],
      results: sarifResults,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
