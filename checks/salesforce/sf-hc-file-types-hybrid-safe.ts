import { defineCheck } from '../../src/core/define-check.js';
import { healthCheckRowVerdict } from '../../src/rules/salesforce/health-check.js';

const SETTING = 'Security risk file types with hybrid behavior';

export default defineCheck({
  id: 'sf-hc-file-types-hybrid-safe',
  provider: 'salesforce',
  area: 'external-sharing',
  severity: 'high',
  title: 'Risky file types (HTML, SVG, XML and similar) are downloaded, not rendered in the browser',
  owner: 'Salesforce System Administrator',
  rationale:
    'A file type set to "Execute in Browser" or "Hybrid" can run script in the Salesforce domain when a user opens an uploaded file, which turns a file upload into cross-site scripting.',
  remediation: 'Setup > File Upload and Download Security: set every security-risk file type (HTML, SVG, XML, XSL and the like) to Download.',
  references: {
    other: { 'Salesforce Health Check': [SETTING] },
    docs: [
      'https://help.salesforce.com/s/articleView?id=sf.admin_files_type_security.htm',
      'https://developer.salesforce.com/docs/atlas.en-us.api_tooling.meta/api_tooling/tooling_api_objects_securityhealthcheckrisks.htm',
    ],
  },
  reads: ['healthCheck'],
  // FileUploadAndDownloadSecuritySettings is Metadata-API only; Health Check's own row is read instead.
  evaluate({ healthCheck }) {
    return healthCheckRowVerdict(healthCheck, SETTING);
  },
});
