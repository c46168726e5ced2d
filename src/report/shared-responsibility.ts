import { AREAS } from '../core/model.js';
import type { Area } from '../core/model.js';
import type { AuditResults } from '../core/results.js';
import { AREA_LABELS, isOpenFailure } from './format.js';

/**
 * Per obligation area, the split of the shared responsibility model: what the SaaS provider secures and what stays
 * with the customer, as Microsoft, Google and Salesforce describe it for SaaS (the provider runs identity, storage
 * and the platform's controls; the customer configures accounts, access, sharing and data).
 */
const OBLIGATIONS: Record<Area, { provider: string; customer: string }> = {
  mfa: { provider: 'Offers the MFA methods and enforces them at sign-in.', customer: 'Require MFA for every account and a strong method for admins.' },
  'conditional-access': { provider: 'Evaluates access policies on every sign-in.', customer: 'Write the policies: who, from where, on which device, with which risk.' },
  'oauth-grants': { provider: 'Runs the consent framework and app verification.', customer: 'Decide which apps may hold which scopes, and reviews grants.' },
  'external-sharing': { provider: 'Enforces the sharing settings chosen.', customer: 'Choose how far files, calendars and sites may be shared outside.' },
  'data-classification': { provider: 'Provides labels and loss-prevention engines.', customer: 'Publish labels and DLP policies that match its data.' },
  'privileged-access': { provider: 'Provides admin roles, just-in-time elevation and logs.', customer: 'Keep admins few, eligible rather than permanent, and reviewed.' },
};

export type ObligationState = 'verified' | 'failing' | 'not_verifiable' | 'not_checked';

export interface ObligationRow {
  area: Area;
  label: string;
  provider: string;
  customer: string;
  /** Named owners (tenants.yaml owners:) and, where none is named, the admin roles. */
  owners: string;
  state: ObligationState;
  stateLabel: string;
  failing: number;
  notVerifiable: number;
  passed: number;
}

const STATE_LABELS: Record<ObligationState, string> = {
  verified: 'Verified',
  failing: 'Failing',
  not_verifiable: 'Not verifiable with this access',
  not_checked: 'Not checked',
};

/** One row per area over the whole run: failing beats not verifiable beats verified. */
export function sharedResponsibility(results: AuditResults): ObligationRow[] {
  const all = results.tenants.flatMap((t) => t.results ?? []);
  return AREAS.map((area) => {
    const inArea = all.filter((r) => r.area === area);
    const failing = inArea.filter(isOpenFailure).length;
    const notVerifiable = inArea.filter((r) => r.status === 'not_assessed' || r.status === 'error').length;
    const passed = inArea.filter((r) => r.status === 'pass').length;
    const state: ObligationState = failing ? 'failing' : notVerifiable ? 'not_verifiable' : passed ? 'verified' : 'not_checked';
    const owners = [...new Set(inArea.map((r) => (typeof r.assignee?.name === 'string' && r.assignee.name) || String(r.owner ?? '')).filter(Boolean))].sort();
    return { area, label: AREA_LABELS[area], ...OBLIGATIONS[area], owners: owners.join(', '), state, stateLabel: STATE_LABELS[state], failing, notVerifiable, passed };
  });
}
