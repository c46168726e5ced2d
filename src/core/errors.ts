/** Typed errors with a stable code; the CLI maps them to exit codes and one clear line each. */
export abstract class AuditError extends Error {
  abstract readonly code: string;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The config or an input file is wrong: names the file and the field. */
export class ConfigError extends AuditError {
  readonly code = 'E_CONFIG';
  constructor(
    message: string,
    readonly file?: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** Credentials were refused or could not be loaded. */
export class AuthError extends AuditError {
  readonly code = 'E_AUTH';
}

/** The identity lacks a permission or scope; names it. */
export class PermissionError extends AuditError {
  readonly code = 'E_PERMISSION';
  constructor(
    message: string,
    readonly permission?: string,
  ) {
    super(message);
  }
}

/** The tenant lacks the licence the read needs. */
export class LicenseError extends AuditError {
  readonly code = 'E_LICENSE';
  constructor(
    message: string,
    readonly licence?: string,
  ) {
    super(message);
  }
}

/** The API kept throttling after the allowed retries. */
export class ThrottledError extends AuditError {
  readonly code = 'E_THROTTLED';
}

/** The API answered with a shape the connector does not understand; names the schema path. */
export class ApiShapeError extends AuditError {
  readonly code = 'E_API_SHAPE';
  constructor(
    message: string,
    readonly path?: string,
  ) {
    super(message);
  }
}

/** Any other HTTP failure from a provider API. */
export class ApiError extends AuditError {
  readonly code = 'E_API';
  constructor(
    message: string,
    readonly status?: number,
    readonly endpoint?: string,
  ) {
    super(message);
  }
}
