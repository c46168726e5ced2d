import { join } from 'node:path';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import secureScore from '../../../src/connectors/m365/collectors/secure-score.js';
import { GraphReader } from '../../../src/connectors/m365/graph-reader.js';
import { toSectionError } from '../../../src/connectors/m365/section-errors.js';
import { DEFAULT_TENANT_SETTINGS } from '../../../src/core/tenant-settings.js';
import { BASE, failure, NO_SERVICES, REPO_ROOT, readJson, TOKEN, testTransport, useStrictNock } from './graph-nock.js';

useStrictNock();
const FIXTURE = readJson(join(REPO_ROOT, 'fixtures', 'm365', 'graph', 'secure-scores.json')) as nock.Body;
const collect = () => secureScore.collect({ graph: new GraphReader({ graphBase: BASE, token: async () => TOKEN, transport: testTransport(2) }), services: NO_SERVICES, settings: DEFAULT_TENANT_SETTINGS });

describe('secureScore collector (GET /security/secureScores?$top=1)', () => {
  it('reads the latest day only, not the older days behind @odata.nextLink, and keeps documented fields when the open ones are absent', async () => {
    nock(BASE).get('/v1.0/security/secureScores').query({ $top: '1' }).reply(200, FIXTURE);
    const score = await collect();
    expect(score.createdDateTime).toBe('2026-10-31T00:00:00Z');
    expect(score.controls).toEqual([
      { controlName: 'mdo_zapmalware', controlCategory: 'Apps', score: 9, scoreInPercentage: 100, implementationStatus: 'Zero-hour auto purge for malware is on in 2 of 2 policies' },
      { controlName: 'mdo_commonattachmentsfilter', controlCategory: 'Apps', score: 0, scoreInPercentage: 0, implementationStatus: 'The common attachments filter is off in 1 of 2 policies' },
      { controlName: 'AdminMFA', controlCategory: 'Identity', score: 35, scoreInPercentage: null, implementationStatus: null },
    ]);
  });

  it('reads a tenant without a score yet as no controls', async () => {
    nock(BASE).get('/v1.0/security/secureScores').query({ $top: '1' }).reply(200, { value: [] });
    expect(await collect()).toEqual({ createdDateTime: null, controls: [] });
  });

  it('retries a 429 after its Retry-After', async () => {
    nock(BASE).get('/v1.0/security/secureScores').query({ $top: '1' }).reply(429, { error: { code: 'TooManyRequests', message: 'Too many requests' } }, { 'Retry-After': '1' });
    nock(BASE).get('/v1.0/security/secureScores').query({ $top: '1' }).reply(200, { value: [] });
    expect((await collect()).controls).toEqual([]);
  });

  it('names SecurityEvents.Read.All on a 403', async () => {
    nock(BASE).get('/v1.0/security/secureScores').query({ $top: '1' }).reply(403, { error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' } });
    const section = toSectionError(await failure(collect()), secureScore.spec);
    expect(section).toMatchObject({ code: 'permission', httpStatus: 403 });
    expect(`${section.message} ${section.permission ?? ''}`).toContain('SecurityEvents.Read.All');
  });

  it('does not read a 200 without a value array as "no score"', async () => {
    nock(BASE).get('/v1.0/security/secureScores').query({ $top: '1' }).reply(200, {});
    expect(toSectionError(await failure(collect()), secureScore.spec)).toMatchObject({ code: 'shape' });
  });
});
