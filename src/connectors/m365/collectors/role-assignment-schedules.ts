import { z } from 'zod';
import { defineCollector, parseAnswer } from '../collector.js';

const instance = z.object({
  id: z.string(),
  principalId: z.string(),
  roleDefinitionId: z.string(),
  directoryScopeId: z.string().nullish(),
  assignmentType: z.string().nullish(),
  memberType: z.string().nullish(),
  startDateTime: z.string().nullish(),
  endDateTime: z.string().nullish(),
});

const FIELDS = 'id,principalId,roleDefinitionId,directoryScopeId,assignmentType,memberType,startDateTime,endDateTime';

/**
 * PIM's view of the active role assignments: whether each was assigned or activated and when it ends.
 * Without Entra ID P2 Graph refuses it (AadPremiumLicenseRequired), and the control does not exist.
 * Principals are not resolved here: roleAssignments already names every active holder.
 */
export default defineCollector({
  section: 'roleAssignmentSchedules',
  spec: {
    endpoints: ['GET /v1.0/roleManagement/directory/roleAssignmentScheduleInstances'],
    permissions: ['RoleAssignmentSchedule.Read.Directory'],
    licence: 'Microsoft Entra ID P2',
    licenceGates: 'feature',
  },
  licensed: (l) => l.entraP2,
  async collect({ graph }) {
    const path = `/roleManagement/directory/roleAssignmentScheduleInstances?$select=${FIELDS}`;
    return parseAnswer(z.array(instance), await graph.list(path), 'roleAssignmentScheduleInstances').map((row) => ({
      id: row.id,
      principalId: row.principalId,
      roleDefinitionId: row.roleDefinitionId,
      directoryScopeId: row.directoryScopeId ?? '/',
      // Graph documents Assigned and Activated; a missing value is read as the stricter Assigned.
      assignmentType: row.assignmentType ?? 'Assigned',
      memberType: row.memberType ?? 'Direct',
      startDateTime: row.startDateTime ?? null,
      endDateTime: row.endDateTime ?? null,
    }));
  },
});
