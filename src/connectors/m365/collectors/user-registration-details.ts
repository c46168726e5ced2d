import { z } from 'zod';
import { defineCollector, parseAnswer } from '../collector.js';

const detail = z.object({
  id: z.string(),
  userPrincipalName: z.string().nullish(),
  userDisplayName: z.string().nullish(),
  userType: z.string().nullish(),
  isAdmin: z.boolean().nullish(),
  isMfaCapable: z.boolean().nullish(),
  isMfaRegistered: z.boolean().nullish(),
  isPasswordlessCapable: z.boolean().nullish(),
  methodsRegistered: z.array(z.string()).nullish(),
});

const FIELDS = 'id,userPrincipalName,userDisplayName,userType,isAdmin,isMfaCapable,isMfaRegistered,isPasswordlessCapable,methodsRegistered';

/** One paged report read instead of a per-user fan-out; the report leaves out disabled users. */
export default defineCollector({
  section: 'userRegistrationDetails',
  spec: { endpoints: ['GET /v1.0/reports/authenticationMethods/userRegistrationDetails'], permissions: ['AuditLog.Read.All'], licence: 'Microsoft Entra ID P1', licenceGates: 'report' },
  licensed: (l) => l.entraP1,
  async collect({ graph }) {
    const path = `/reports/authenticationMethods/userRegistrationDetails?$select=${FIELDS}&$top=999`;
    return parseAnswer(z.array(detail), await graph.list(path), 'userRegistrationDetails').map((d) => ({
      id: d.id,
      userPrincipalName: d.userPrincipalName ?? d.id,
      userDisplayName: d.userDisplayName ?? '',
      userType: d.userType ?? 'member',
      isAdmin: d.isAdmin ?? false,
      isMfaCapable: d.isMfaCapable ?? false,
      isMfaRegistered: d.isMfaRegistered ?? false,
      isPasswordlessCapable: d.isPasswordlessCapable ?? false,
      methodsRegistered: d.methodsRegistered ?? [],
    }));
  },
});
