import { z } from 'zod';

/** Permissive schemas for the Google responses the collectors read: unknown fields pass, missing lists default. */

export const customerSchema = z.object({
  id: z.string(),
  customerDomain: z.string().optional().default(''),
  postalAddress: z.object({ organizationName: z.string().optional() }).passthrough().optional(),
}).passthrough();

export const domainsSchema = z.object({
  domains: z.array(z.object({ domainName: z.string(), isPrimary: z.boolean().optional().default(false), verified: z.boolean().optional().default(false) }).passthrough()).optional().default([]),
}).passthrough();

export const orgUnitsSchema = z.object({
  organizationUnits: z
    .array(
      z.object({
        orgUnitId: z.string(),
        orgUnitPath: z.string(),
        name: z.string().optional().default(''),
        parentOrgUnitId: z.string().optional(),
      }).passthrough(),
    )
    .optional()
    .default([]),
}).passthrough();

export const groupSchema = z.object({ id: z.string(), email: z.string().optional(), name: z.string().optional() }).passthrough();

export const policiesPageSchema = z.object({
  policies: z
    .array(
      z.object({
        name: z.string(),
        customer: z.string().optional(),
        type: z.string().optional().default('ADMIN'),
        policyQuery: z
          .object({ orgUnit: z.string().optional(), group: z.string().optional(), query: z.string().optional(), sortOrder: z.number().optional().default(0) })
          .passthrough()
          .optional()
          .default({}),
        setting: z.object({ type: z.string(), value: z.record(z.unknown()).optional().default({}) }).passthrough(),
      }).passthrough(),
    )
    .optional()
    .default([]),
  nextPageToken: z.string().optional(),
}).passthrough();

export const usersPageSchema = z.object({
  users: z
    .array(
      z.object({
        id: z.string(),
        primaryEmail: z.string(),
        isAdmin: z.boolean().optional().default(false),
        isDelegatedAdmin: z.boolean().optional().default(false),
        suspended: z.boolean().optional().default(false),
        archived: z.boolean().optional().default(false),
        isEnrolledIn2Sv: z.boolean().optional().default(false),
        isEnforcedIn2Sv: z.boolean().optional().default(false),
        orgUnitPath: z.string().optional().default('/'),
        lastLoginTime: z.string().optional(),
      }).passthrough(),
    )
    .optional()
    .default([]),
  nextPageToken: z.string().optional(),
}).passthrough();

export const rolesPageSchema = z.object({
  items: z
    .array(z.object({ roleId: z.string(), roleName: z.string(), isSuperAdminRole: z.boolean().optional().default(false), isSystemRole: z.boolean().optional().default(false) }).passthrough())
    .optional()
    .default([]),
  nextPageToken: z.string().optional(),
}).passthrough();

export const roleAssignmentsPageSchema = z.object({
  items: z
    .array(
      z.object({
        roleAssignmentId: z.string(),
        roleId: z.string(),
        assignedTo: z.string(),
        assigneeType: z.string().optional().default('user'),
        scopeType: z.string().optional().default('CUSTOMER'),
        orgUnitId: z.string().optional(),
      }).passthrough(),
    )
    .optional()
    .default([]),
  nextPageToken: z.string().optional(),
}).passthrough();

const parameterSchema = z.object({
  name: z.string(),
  value: z.string().optional(),
  multiValue: z.array(z.string()).optional(),
  boolValue: z.boolean().optional(),
}).passthrough();

export const activitiesPageSchema = z.object({
  items: z
    .array(
      z.object({
        id: z.object({ time: z.string(), applicationName: z.string().optional() }).passthrough(),
        actor: z.object({ email: z.string().optional(), profileId: z.string().optional() }).passthrough().optional(),
        events: z.array(z.object({ name: z.string().optional(), type: z.string().optional(), parameters: z.array(parameterSchema).optional().default([]) }).passthrough()).optional().default([]),
      }).passthrough(),
    )
    .optional()
    .default([]),
  nextPageToken: z.string().optional(),
}).passthrough();

export const tokensSchema = z.object({
  items: z
    .array(z.object({ clientId: z.string(), displayText: z.string().optional(), scopes: z.array(z.string()).optional().default([]), nativeApp: z.boolean().optional(), anonymous: z.boolean().optional() }).passthrough())
    .optional()
    .default([]),
}).passthrough();

export const labelsPageSchema = z.object({
  labels: z
    .array(
      z.object({
        id: z.string(),
        name: z.string().optional(),
        labelType: z.string().optional().default('LABEL_TYPE_UNSPECIFIED'),
        properties: z.object({ title: z.string().optional() }).passthrough().optional(),
        lifecycle: z.object({ state: z.string().optional() }).passthrough().optional(),
        publishTime: z.string().optional(),
      }).passthrough(),
    )
    .optional()
    .default([]),
  nextPageToken: z.string().optional(),
}).passthrough();
