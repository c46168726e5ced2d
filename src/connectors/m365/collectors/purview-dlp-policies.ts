import { z } from 'zod';
import { defineCollector } from '../collector.js';
import { cmdletBool, cmdletStrings, cmdletText } from '../cmdlet-output.js';
import { SCC_PERMISSIONS, cmdletSpec, readCmdlet } from '../exchange-collector.js';

const row = z
  .object({
    Name: z.string(),
    Mode: cmdletText,
    Enabled: cmdletBool,
    ExchangeLocation: cmdletStrings,
    SharePointLocation: cmdletStrings,
    OneDriveLocation: cmdletStrings,
    TeamsLocation: cmdletStrings,
    EndpointDlpLocation: cmdletStrings,
  })
  .passthrough();

export default defineCollector({
  section: 'purviewDlpPolicies',
  spec: cmdletSpec(['Get-DlpCompliancePolicy'], { licence: 'Microsoft 365 E3/E5 or Office 365 E3/E5 (Purview DLP)' }, SCC_PERMISSIONS),
  async collect({ services }) {
    const rows = await readCmdlet(await services.compliance(), 'Get-DlpCompliancePolicy', row);
    return rows.map((r) => ({
      name: r.Name,
      mode: r.Mode ?? 'Enable',
      enabled: r.Enabled ?? true,
      locations: { exchange: r.ExchangeLocation, sharePoint: r.SharePointLocation, oneDrive: r.OneDriveLocation, teams: r.TeamsLocation, devices: r.EndpointDlpLocation },
    }));
  },
});
