import { describe, expect, it } from 'vitest';
import { commandsFor } from '../../src/cli/main.js';

const ALL = ['audit', 'collect', 'evaluate', 'checks', 'permissions', 'demo', 'schema', 'discover'];

describe('commandsFor: only the command a run names is loaded', () => {
  it.each([
    [['--version'], []],
    [['-V'], []],
    [['checks', '--format', 'json'], ['checks']],
    [['-q', 'audit', '-c', 'tenants.yaml'], ['audit']],
    [['permissions', 'all'], ['permissions']],
    [['discover', 'm365', '--partner-tenant', 'x'], ['discover']],
    [[], ALL],
    [['--help'], ALL],
    [['--version', '--help'], ALL],
    [['help', 'audit'], ALL],
    [['audti'], ALL],
  ])('%j loads %j', (args, expected) => {
    expect(commandsFor(args).sort()).toEqual([...expected].sort());
  });
});
