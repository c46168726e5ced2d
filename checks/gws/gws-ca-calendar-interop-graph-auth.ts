import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'gws-ca-calendar-interop-graph-auth',
  provider: 'gws',
  area: 'conditional-access',
  severity: 'medium',
  title: "Calendar Interop, where used, connects through Microsoft Graph rather than basic authentication",
  owner: 'Super Admin',
  rationale:
    "Basic authentication to Exchange sends a role account’s password with every call and cannot carry MFA; Microsoft Graph uses OAuth (GWS.CALENDAR.3.2).",
  remediation:
    "Admin console > Apps > Google Workspace > Calendar > Calendar Interop management: choose the Microsoft 365 (Graph API) connection and remove any basic-authentication role account.",
  references: {
    scuba: ['GWS.CALENDAR.3.2v1'],
    docs: ['https://support.google.com/a/answer/7444277'],
  },
  reads: [],
  unreadable:
    "not exposed by the Policy API: calendar.interoperability shows whether Interop is on, not which authentication method it uses; ScubaGoggles checks it manually.",
});
