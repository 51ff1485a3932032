/** A field-level error of a 400, as the API's problem details give it. */
export interface FieldError {
  readonly in?: string;
  readonly pointer: string;
  readonly detail: string;
}

/** An API answer that was not a success: RFC 9457 problem details, shown next to the fields they name. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string | undefined,
    readonly errors: readonly FieldError[] = [],
  ) {
    super(detail ?? title);
    this.name = 'ApiProblem';
  }

  /** The messages for one field: `pointer` is a JSON pointer into the body (`/criteria/0/code`). */
  fieldErrors(pointer: string): string[] {
    return this.errors.filter((e) => e.pointer === pointer).map((e) => e.detail);
  }

  /** The messages for a field and everything under it. */
  errorsUnder(pointer: string): FieldError[] {
    return this.errors.filter((e) => e.pointer === pointer || e.pointer.startsWith(`${pointer}/`));
  }
}

export function problemOf(status: number, body: unknown): ApiProblem {
  const problem = (body ?? {}) as { title?: string; detail?: string; errors?: FieldError[] };
  return new ApiProblem(
    status,
    problem.title ?? `HTTP ${status}`,
    problem.detail,
    Array.isArray(problem.errors) ? problem.errors : [],
  );
}

/** What a busy person reads when something failed. */
export function describeError(error: unknown): string {
  if (error instanceof ApiProblem) return error.detail ? `${error.title}: ${error.detail}` : error.title;
  if (error instanceof TypeError) return 'The platform could not be reached. Check your connection and try again.';
  return error instanceof Error ? error.message : String(error);
}
