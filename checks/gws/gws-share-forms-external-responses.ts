import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'gws-share-forms-external-responses',
  provider: 'gws',
  area: 'external-sharing',
  severity: 'low',
  title: "Where external sharing is off, Forms neither accept nor submit responses across the organisation boundary",
  owner: 'Super Admin',
  rationale:
    "A form that accepts answers from anyone with the link, or users answering outside forms, moves data across the boundary that Drive sharing settings close (GWS.DRIVEDOCS.1.10 and 1.11).",
  remediation:
    "Admin console > Apps > Google Workspace > Drive and Docs > Sharing settings: where external sharing is off, untick \"Allow users to receive responses from outside <org>\" and \"Allow users to submit responses to forms outside <org>\" for Forms.",
  references: {
    scuba: ['GWS.DRIVEDOCS.1.10v1', 'GWS.DRIVEDOCS.1.11v1'],
    docs: ['https://support.google.com/a/answer/60781'],
  },
  reads: [],
  unreadable:
    "not exposed by the Policy API: the Forms response-sharing options are not among its drive_and_docs settings; ScubaGoggles checks them manually.",
});
