import pLimit from 'p-limit';
import { TransportError, type TransportFailure } from '../transport/transport-error.js';
import type { CollectLog } from './connector.js';
import type { Section, SectionError, SectionErrorCode, Sections } from './model.js';
import { SectionFailure } from './section-failure.js';

export interface SectionCollection<Shapes, K extends keyof Shapes & string> {
  wanted: readonly K[];
  read: (name: K) => Promise<Shapes[K]>;
  /** The provider's reading of its own API errors; transport failures are named here already. */
  toError: (name: K, error: unknown) => SectionError;
  log: CollectLog;
  signal?: AbortSignal;
  /** Sections read at once; unbounded when absent. */
  concurrency?: number;
}

const FAILURE_CODES: Record<TransportFailure, SectionErrorCode> = {
  timeout: 'timeout',
  deadline: 'timeout',
  network: 'network',
  aborted: 'not_collected',
  foreign_origin: 'refused',
  redirect_refused: 'refused',
  too_large: 'too_large',
  page_loop: 'incomplete',
  too_many_pages: 'incomplete',
  bad_body: 'shape',
};

/** A transport failure as a section error: the same words for every provider. */
export function transportSectionError(error: TransportError): SectionError {
  return { code: FAILURE_CODES[error.failure], message: error.message, endpoint: error.endpoint, ...(error.httpStatus ? { httpStatus: error.httpStatus } : {}) };
}

/**
 * The one collection loop: every wanted section is read in isolation and ends as data or as a typed
 * error. Nothing a reader throws escapes, so the worst a fault can do is leave its section unread.
 */
export async function collectSections<Shapes, K extends keyof Shapes & string>(job: SectionCollection<Shapes, K>): Promise<Sections<Shapes>> {
  const sections: Sections<Shapes> = {};
  const limit = pLimit(job.concurrency ?? Number.POSITIVE_INFINITY);
  await Promise.all(
    [...new Set(job.wanted)].map((name) =>
      limit(async () => {
        const section = await readOne(job, name);
        if (section.status === 'error') {
          const quiet = section.error.code === 'not_collected' || section.error.code === 'licence';
          (quiet ? job.log.info : job.log.warn)(`${name} not read (${section.error.code}): ${section.error.message}`);
        }
        sections[name] = section;
      }),
    ),
  );
  return sections;
}

async function readOne<Shapes, K extends keyof Shapes & string>(job: SectionCollection<Shapes, K>, name: K): Promise<Section<Shapes[K]>> {
  if (job.signal?.aborted) return { status: 'error', error: { code: 'not_collected', message: 'The run was interrupted before this section was read.' } };
  try {
    return { status: 'ok', data: await job.read(name) };
  } catch (error) {
    return { status: 'error', error: sectionErrorOf(job, name, error) };
  }
}

function sectionErrorOf<Shapes, K extends keyof Shapes & string>(job: SectionCollection<Shapes, K>, name: K, error: unknown): SectionError {
  if (error instanceof SectionFailure) return error.error;
  if (error instanceof TransportError) return transportSectionError(error);
  try {
    return job.toError(name, error);
  } catch {
    return { code: 'api_error', message: `Unexpected failure: ${error instanceof Error ? error.message : String(error)}` };
  }
}
