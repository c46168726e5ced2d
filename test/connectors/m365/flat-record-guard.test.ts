import { describe, expect, it } from 'vitest';
import { ApiShapeError } from '../../../src/core/errors.js';
import { parseFlatRecords } from '../../../src/connectors/m365/flat-record-guard.js';

const FIELDS = { id: 'string', isAdmin: 'boolean', methodsRegistered: 'string[]' } as const;

describe('parseFlatRecords', () => {
  it('passes rows whose fields are of their type, null or absent, and ignores other fields', () => {
    const rows = [{ id: 'a', isAdmin: true, methodsRegistered: ['fido2'], extra: 1 }, { id: 'b', isAdmin: null }, { id: 'c' }];
    expect(parseFlatRecords(rows, FIELDS, ['id'], 'userRegistrationDetails')).toBe(rows);
  });

  it.each([
    [{ rows: { value: [] } }, '(root)', 'Expected array, received object'],
    [{ rows: ['x'] }, '0', 'Expected object, received string'],
    [{ rows: [{ isAdmin: true }] }, '0.id', 'Required'],
    [{ rows: [{ id: null }] }, '0.id', 'Expected string, received null'],
    [{ rows: [{ id: 'a' }, { id: 'b', isAdmin: 'yes' }] }, '1.isAdmin', 'Expected boolean, received string'],
    [{ rows: [{ id: 'a', methodsRegistered: ['ok', 3] }] }, '0.methodsRegistered', 'Expected string[], received array'],
  ])('refuses %j at %s, naming the endpoint', ({ rows }, path, message) => {
    const run = () => parseFlatRecords(rows, FIELDS, ['id'], 'userRegistrationDetails');
    expect(run).toThrow(ApiShapeError);
    expect(run).toThrow(`Unexpected answer from userRegistrationDetails at "${path}": ${message}`);
  });
});
