import { z } from 'zod';
import type { CollectLog } from '../../../core/connector.js';
import { MissingPermission, type SalesforceClient } from '../client.js';

/** User permissions of the integration user that decide whether a read would be complete. */
export const RUNNER_PERMISSIONS = ['ViewSetup', 'ViewAllUsers', 'CustomizeApplication', 'ManageUsers', 'ModifyMetadata', 'ModifyAllData'] as const;
export type RunnerPermission = (typeof RUNNER_PERMISSIONS)[number];

export const PERMISSION_LABELS: Record<RunnerPermission, string> = {
  ViewSetup: 'View Setup and Configuration',
  ViewAllUsers: 'View All Users',
  CustomizeApplication: 'Customize Application',
  ManageUsers: 'Manage Users',
  ModifyMetadata: 'Modify Metadata Through Metadata API Functions',
  ModifyAllData: 'Modify All Data',
};

export interface CollectorContext {
  client: SalesforceClient;
  log: CollectLog;
  now: Date;
  /** The integration user's effective permissions (UserPermissionAccess), or null when unreadable. */
  runnerPermissions: () => Promise<Set<string> | null>;
}

/**
 * Fails the section before any call when the integration user lacks a permission without which the
 * API would answer with a partial list (e.g. only the user's own OAuth tokens) rather than an error.
 */
export async function requirePermission(ctx: CollectorContext, permission: RunnerPermission, why: string): Promise<void> {
  const granted = await ctx.runnerPermissions();
  const label = PERMISSION_LABELS[permission];
  if (!granted) {
    throw new MissingPermission(`Could not confirm that the integration user has "${label}" (UserPermissionAccess was unreadable); without it ${why}.`, label);
  }
  if (!granted.has(permission)) {
    throw new MissingPermission(`The integration user lacks "${label}"; without it ${why}. Grant it through a permission set, or accept this section as not assessed.`, label);
  }
}

/** Reads the effective permissions of the connected user; fields the org lacks are skipped. */
export async function readRunnerPermissions(client: SalesforceClient): Promise<Set<string> | null> {
  try {
    const { present } = await client.pickFields('UserPermissionAccess', RUNNER_PERMISSIONS.map((p) => `Permissions${p}`));
    if (present.length === 0) return null;
    const [row] = await client.query(`SELECT ${present.join(', ')} FROM UserPermissionAccess`);
    if (!row) return null;
    return new Set(present.filter((field) => row[field] === true).map((field) => field.replace(/^Permissions/, '')));
  } catch {
    return null;
  }
}

/** SOQL string literal. */
export function soqlString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

export const nullableString = z.string().nullish().transform((v) => v ?? null);
export const flag = z.boolean().nullish().transform((v) => v === true);
