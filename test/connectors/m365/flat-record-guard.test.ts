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

describe('parseFlatRecords with lists and nested objects', () => {
  const SP = { id: 'string', verifiedPublisher: { displayName: 'string', verifiedPublisherId: 'string' }, keyCredentials: 'unknown[]' } as const;

  it('passes a nested object whose fields fit, are null or absent, and any list', () => {
    const rows = [{ id: 'a', verifiedPublisher: { displayName: 'Contoso', verifiedPublisherId: null }, keyCredentials: [{ keyId: 'k' }, 3] }, { id: 'b', verifiedPublisher: {} }];
    expect(parseFlatRecords(rows, SP, ['id'], 'servicePrincipals')).toBe(rows);
  });

  it.each([
    [{ rows: [{ id: 'a', verifiedPublisher: 'Contoso' }] }, '0.verifiedPublisher', 'Expected object, received string'],
    [{ rows: [{ id: 'a', verifiedPublisher: { displayName: 7 } }] }, '0.verifiedPublisher.displayName', 'Expected string, received number'],
    [{ rows: [{ id: 'a', keyCredentials: {} }] }, '0.keyCredentials', 'Expected unknown[], received object'],
  ])('refuses %j at %s', ({ rows }, path, message) => {
    expect(() => parseFlatRecords(rows, SP, ['id'], 'servicePrincipals')).toThrow(`Unexpected answer from servicePrincipals at "${path}": ${message}`);
  });
});

