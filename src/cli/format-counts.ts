import type { StatusCounts } from '../core/model.js';

export function formatCounts(counts: StatusCounts): string {
  return `${counts.pass} pass, ${counts.fail} fail, ${counts.not_assessed} not assessed, ${counts.not_applicable} not applicable, ${counts.error} error`;
}
