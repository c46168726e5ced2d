import { createInterface } from 'node:readline';
import { startGraphDouble, type GraphDoubleOptions } from './graph-double.js';

/*
 * Runs the Graph double in its own process, so the audited side's memory figures hold only the
 * tool's own. Protocol over stdio, one JSON line each: it prints {"ports":[...]} once listening,
 * answers a "stats" line with the per-tenant request counts, and exits when stdin closes.
 */
const SAFETY_EXIT_MS = 10 * 60_000;

const options = JSON.parse(process.argv[2] ?? '{}') as GraphDoubleOptions;
const double = await startGraphDouble(options);
const guard = setTimeout(() => process.exit(2), SAFETY_EXIT_MS);
process.stdout.write(`${JSON.stringify({ ports: double.ports })}\n`);

const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  if (line.trim() === 'stats') process.stdout.write(`${JSON.stringify({ stats: double.stats(), rss: process.memoryUsage().rss })}\n`);
});
lines.on('close', () => {
  clearTimeout(guard);
  void double.close().then(() => process.exit(0));
});
