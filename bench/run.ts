import { tsNode } from './child-process.js';
import { SCENARIOS, type ScenarioResult } from './scenarios.js';

/*
 * npm run bench [-- scenario …]: runs each benchmark in its own process, one after another, and
 * prints a Markdown table of wall time, round trips and memory, then each benchmark's details.
 */
const SCENARIO_TIME_LIMIT_MS = 150_000;

function runScenario(name: string): Promise<ScenarioResult> {
  return new Promise((resolve, reject) => {
    const child = tsNode('scenario-process.ts', [name]);
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.pipe(process.stderr);
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`${name}: over the ${SCENARIO_TIME_LIMIT_MS / 1000}s limit, stopped`));
    }, SCENARIO_TIME_LIMIT_MS);
    child.on('exit', (code) => {
      clearTimeout(timer);
      const line = stdout.split('\n').find((l) => l.startsWith('BENCH_RESULT '));
      if (line) resolve(JSON.parse(line.slice('BENCH_RESULT '.length)) as ScenarioResult);
      else reject(new Error(`${name}: exited with code ${code} and no result`));
    });
  });
}

/** A figure another process kept to itself (NaN, null once sent as JSON) prints as a dash. */
const megabytes = (value: number | null) => (value === null || Number.isNaN(value) ? '–' : String(value));
const seconds = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms} ms`);

function row(label: string, r: ScenarioResult): string {
  const h = r.http;
  const cells = [
    label,
    seconds(r.wallMs),
    h ? `${h.httpRequests} (${h.plainGets} GET + ${h.batchPosts} $batch)` : '–',
    h ? String(h.plainGets + h.subRequests) : '–',
    h ? `${h.throttled} / ${r.clientRetries ?? '–'} / ${h.maxAttemptsOneUrl}` : '–',
    `${megabytes(r.memory.maxRssMb)} (base ${megabytes(r.memory.baselineRssMb)})`,
    `${megabytes(r.memory.peakHeapUsedMb)} (base ${megabytes(r.memory.baselineHeapMb)})`,
    r.problems.length ? `**${r.problems.length} problem(s)**` : 'ok',
  ];
  return `| ${cells.join(' | ')} |`;
}

if (process.argv[2] === 'farm') {
  const { runFarm } = await import('./farm.js');
  await runFarm(process.argv.slice(3));
  process.exit(0);
}
if (process.argv[2] === 'redaction') {
  const { runRedactionBench } = await import('./redaction.js');
  runRedactionBench();
  process.exit(0);
}
const requested = process.argv.slice(2);
const unknown = requested.filter((n) => !(n in SCENARIOS));
if (unknown.length) {
  process.stderr.write(`unknown scenario(s) ${unknown.join(', ')}; known: ${Object.keys(SCENARIOS).join(', ')}\n`);
  process.exit(2);
}
const names = requested.length ? requested : Object.keys(SCENARIOS);
const results: [string, ScenarioResult][] = [];
for (const name of names) {
  process.stderr.write(`running ${name}…\n`);
  try {
    results.push([name, await runScenario(name)]);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}

const out: string[] = [
  `Node ${process.version}, ${process.platform}/${process.arch}`,
  '',
  '| benchmark | wall | HTTP requests (server-side) | reads = unbatched GETs | 429 sent / client retries / max tries of one URL | peak RSS MB | peak heapUsed MB | |',
  '|---|---|---|---|---|---|---|---|',
  ...results.map(([name, r]) => row(SCENARIOS[name]!.label, r)),
  '',
];
for (const [name, r] of results) {
  out.push(`${name}:`);
  for (const [key, value] of Object.entries(r.details)) out.push(`  ${key}: ${value}`);
  for (const problem of r.problems) out.push(`  PROBLEM: ${problem}`);
  if (r.problems.length) process.exitCode = 1;
}
process.stdout.write(`${out.join('\n')}\n`);
