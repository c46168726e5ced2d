import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** The npm packages a fresh process has loaded after importing `module` (CommonJS ones, which every provider SDK is or pulls in). */
function packagesLoadedBy(module: string): string[] {
  const script = `
    const { default: Module } = await import('node:module');
    await import(${JSON.stringify(module)});
    const names = Object.keys(Module._cache).map((file) => /node_modules\\/((@[^/]+\\/)?[^/]+)/.exec(file)?.[1]).filter(Boolean);
    process.stdout.write(JSON.stringify([...new Set(names)]));`;
  return JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' })) as string[];
}

const SDKS = ['@azure/identity', '@googleapis/admin', '@googleapis/cloudidentity', 'google-auth-library', 'jsforce'];

describe('the connector registry loads no provider SDK until a tenant is collected', () => {
  it.each(['../../src/cli/commands/permissions.ts', '../../src/config/load-config.ts'])('importing %s', (module) => {
    const loaded = packagesLoadedBy(new URL(module, import.meta.url).href);
    expect(loaded.filter((name) => SDKS.includes(name))).toEqual([]);
  });

  it('a collect does load them (the probe sees SDKs when they are there)', () => {
    const loaded = packagesLoadedBy(new URL('../../src/connectors/salesforce/connector.ts', import.meta.url).href);
    expect(loaded).toContain('jsforce');
  });
});
