import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nock from 'nock';

interface Route {
  method: string;
  path: string;
  query?: Record<string, string>;
  status: number;
  headers?: Record<string, string>;
  body: string;
}

/** Mounts a demo routes.json on nock with the demo server's rules: listed query params must match, most specific wins. */
export function mountRoutes(folder: string, baseUrl: string): void {
  const routes = JSON.parse(readFileSync(join(folder, 'routes.json'), 'utf8')) as Route[];
  const sorted = [...routes].sort((a, b) => Object.keys(b.query ?? {}).length - Object.keys(a.query ?? {}).length);
  const scope = nock(baseUrl).persist();
  for (const route of sorted) {
    const body = readFileSync(join(folder, route.body), 'utf8').replaceAll('{{baseUrl}}', baseUrl);
    scope
      .intercept(route.path, route.method)
      .query((actual) => Object.entries(route.query ?? {}).every(([k, v]) => actual[k] === v) && (route.query?.pageToken !== undefined || actual.pageToken === undefined))
      .reply(route.status, body, { 'content-type': 'application/json; charset=UTF-8', ...route.headers });
  }
}
