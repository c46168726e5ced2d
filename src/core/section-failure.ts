import type { SectionError } from './model.js';

/** Thrown by a section reader that already knows the error its section ends with. */
export class SectionFailure extends Error {
  constructor(readonly error: SectionError) {
    super(error.message);
    this.name = 'SectionFailure';
  }
}
