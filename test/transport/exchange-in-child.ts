import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MODULE = fileURLToPath(new URL('../../src/transport/http-exchange.ts', import.meta.url));

/**
 * One GET through httpExchange in a fresh Node process (its own agents, its own environment), which then
 * has nothing left to do: what it printed (the text, or the failure's message) and how it exited.
 */
export async function exchangeInChild(url: string, env: Record<string, string> = {}): Promise<{ out: string; code: number | null }> {
  const script = `
    import { httpExchange } from ${JSON.stringify(MODULE)};
    const bounds = { endpoint: 'GET /x', headersTimeoutMs: 5000, idleTimeoutMs: 5000, requestTimeoutMs: 10000, maxBodyBytes: 65536, stopped: () => new Error('stopped') };
    try {
      console.log((await httpExchange({ url: ${JSON.stringify(url)}, method: 'GET' }, bounds)).text);
    } catch (error) {
      console.log(error.message);
    }`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  const code = await new Promise<number | null>((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('exit', (c) => {
      clearTimeout(kill);
      resolve(c);
    });
  });
  return { out: out.trim(), code };
}
