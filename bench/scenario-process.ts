import { SCENARIOS } from './scenarios.js';

/* Runs one benchmark in a fresh process (so its memory peak is its own) and prints its result as one JSON line. */
const name = process.argv[2] ?? '';
const scenario = SCENARIOS[name];
if (!scenario) {
  process.stderr.write(`unknown scenario "${name}"; known: ${Object.keys(SCENARIOS).join(', ')}\n`);
  process.exit(2);
}
const result = await scenario.run();
process.stdout.write(`BENCH_RESULT ${JSON.stringify(result)}\n`);
