import { randomUUID } from 'node:crypto';
import { createRedactor } from '../src/redaction/redactor.js';

/*
 * npm run bench -- redaction: CPU time of the redactor over a large tenant's snapshot (60,000 user records,
 * 600,000 string leaves) with the 1,000 secrets an MSP run knows, as redactDeep walks it and as one pass over
 * its JSON text (how a tenant's result file is written). CPU time, not wall: the machine is shared.
 */
const ROUNDS = 5;

const cpuMs = (run: () => void): number => {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return Math.round((used.user + used.system) / 1000);
};

export function runRedactionBench(): void {
  const redactor = createRedactor();
  for (let i = 0; i < 1_000; i++) redactor.add(`secret-${randomUUID()}-${i}`);
  const users = Array.from({ length: 60_000 }, (_, i) => ({
    id: randomUUID(),
    userPrincipalName: `user${i}@contoso.onmicrosoft.com`,
    displayName: `User Number ${i}`,
    accountEnabled: true,
    createdDateTime: '2024-01-02T03:04:05Z',
    userType: 'Member',
    methodsRegistered: ['microsoftAuthenticatorPush', 'softwareOneTimePasscode'],
    lastSignIn: { dateTime: '2025-10-01T10:00:00Z', requestId: randomUUID() },
  }));
  const snapshot = { sections: { users: { ok: true, data: users } } };
  const text = JSON.stringify(snapshot);
  const deep: number[] = [];
  const flat: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    deep.push(cpuMs(() => redactor.redactDeep(snapshot)));
    flat.push(cpuMs(() => redactor(text)));
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  process.stdout.write(`redactDeep of 600,000 string leaves: median ${median(deep)} ms CPU (${deep.join(', ')})\n`);
  process.stdout.write(`one pass over ${(text.length / 1e6).toFixed(1)} MB of JSON text: median ${median(flat)} ms CPU (${flat.join(', ')})\n`);
}
