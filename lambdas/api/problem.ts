/**
 * The one error shape of the API: RFC 9457 problem details (`application/problem+json`), with
 * field-level `errors` on a 400. Only errors of these classes reach the caller; anything else is a
 * plain 500 whose details stay in the logs.
 */
export interface FieldError {
  /** JSON pointer into the request part named by `in`, e.g. `/channel`. */
  readonly pointer: string;
  readonly in: 'body' | 'query' | 'path' | 'header';
  readonly detail: string;
}

export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly instance?: string;
  readonly errors?: readonly FieldError[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

export class ApiError extends Error {
  constructor(
    readonly status: number,
    detail: string,
    readonly errors: readonly FieldError[] = [],
  ) {
    super(detail);
    this.name = 'ApiError';
  }

  toProblem(instance?: string): Problem {
    return {
      type: 'about:blank',
      title: TITLES[this.status] ?? 'Error',
      status: this.status,
      detail: this.message,
      ...(instance ? { instance } : {}),
      ...(this.errors.length > 0 ? { errors: this.errors } : {}),
    };
  }
}

export const badRequest = (detail: string, errors: readonly FieldError[] = []) => new ApiError(400, detail, errors);
export const unauthorized = (detail = 'a valid bearer token is required') => new ApiError(401, detail);
export const forbidden = (detail = 'your role does not allow this') => new ApiError(403, detail);
export const notFound = (detail = 'no such resource') => new ApiError(404, detail);
export const conflict = (detail: string) => new ApiError(409, detail);
export const contentTooLarge = (limit: number) => new ApiError(413, `the request body exceeds ${limit} bytes`);

export function internalProblem(instance?: string): Problem {
  return {
    type: 'about:blank',
    title: TITLES[500] as string,
    status: 500,
    detail: 'the request could not be completed; quote the instance when reporting it',
    ...(instance ? { instance } : {}),
  };
}
