import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { permissionsOf } from '../domain/access/roles';
import { InvalidCursorError } from '../domain/paging';
import type { Logger } from '../domain/ports';
import { createAjv } from '../domain/validation/ajv';
import { nestingMessage, nestsDeeperThan } from '../domain/validation/nesting';
import { type AuditWriting, auditEntry, auditOutcomeOf, changesSomething, recordCall } from './audit-entries';
import {
  ApiError,
  badRequest,
  contentTooLarge,
  type FieldError,
  forbidden,
  internalProblem,
  notFound,
  PROBLEM_CONTENT_TYPE,
  unauthorized,
} from './problem';
import { ANONYMOUS_REFUSED, type AuditNote, type Principal, type RouteDefinition } from './route';

/** A request as the API sees it, whatever carried it (API Gateway, the local server, a test). */
export interface ApiRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly query: Readonly<Record<string, string | undefined>>;
  readonly body?: string;
  readonly requestId: string;
  /** Set by the transport once the bearer token is verified; absent for anonymous requests. */
  readonly principal?: Principal;
}

export interface ApiResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

export interface ApiDependencies extends AuditWriting {
  readonly logger: Logger;
  readonly maxBodyBytes: number;
}

interface CompiledRoute {
  readonly route: RouteDefinition;
  readonly pattern: RegExp;
  readonly paramNames: readonly string[];
  /** Compiled on the route's first request: a cold start pays for the route it serves, not all of them. */
  readonly validateParams?: () => ValidateFunction;
  readonly validateQuery?: () => ValidateFunction;
  readonly validateBody?: () => ValidateFunction;
}

const SECURITY_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
};

/**
 * The API pipeline every route goes through, in one place: route matching, authentication,
 * authorisation against the role matrix, request validation, the handler, the audit entry, and the
 * error model. Handlers never look at roles.
 */
export function createApi(
  routes: readonly RouteDefinition[],
  deps: ApiDependencies,
): (request: ApiRequest) => Promise<ApiResponse> {
  const ajv = createAjv({ applyDefaults: true });
  const compiled = routes.map((route) => compileRoute(route, ajv));

  return async (request) => {
    const match = findRoute(compiled, request.method, request.path);
    if (!match) return problemResponse(notFound('no such route'), request.requestId);
    if (match === 'method-not-allowed')
      return problemResponse(new ApiError(405, 'method not allowed on this route'), request.requestId);
    const { entry, params } = match;
    const { route } = entry;
    // Until the path is valid the entry names the route, not the path: a 3,000-character id is noted nowhere.
    const note: AuditNote = { resource: route.path };
    let status = 500;
    let query: Record<string, string | undefined> = {};
    // Written once at most: by the pipeline before a change, or by a public handler once it knows the patient.
    let attempted = false;
    const beforeChange = async () => {
      if (attempted || !route.audit) return;
      attempted = true;
      await deps.audit.record(auditEntry(route, request, note, 'attempted', 0, deps));
    };
    try {
      validatePath(entry, params);
      delete note.resource;
      // Known before authorising, so a denied look at a patient's record names the patient too.
      if (route.audit?.patientIdParam) note.patientId = params[route.audit.patientIdParam];
      const principal = authorise(route, request.principal);
      const input = validateInput(entry, request, params, deps.maxBodyBytes);
      query = input.query;
      // No change is made before its audit entry exists: a failed write stops the call here.
      if (request.principal && changesSomething(route)) await beforeChange();
      const result = await route.handle({
        ...input,
        principal: principal as Principal,
        requestId: request.requestId,
        audit: note,
        beforeChange,
      });
      status = (route.raw && (result as { status?: number }).status) || route.response.status;
      return route.raw
        ? rawResponse(status, result as { contentType: string; body: string; status?: number })
        : jsonResponse(status, result);
    } catch (thrown) {
      const error = asApiError(thrown);
      if (error) {
        status = error.status;
        return problemResponse(error, request.requestId);
      }
      deps.logger.error('request failed', {
        requestId: request.requestId,
        operationId: route.operationId,
        error: (thrown as Error).name,
      });
      return {
        status: 500,
        headers: { ...SECURITY_HEADERS, 'content-type': PROBLEM_CONTENT_TYPE },
        body: JSON.stringify(internalProblem(request.requestId)),
      };
    } finally {
      // A read's answer leaves only once its entry is written: a failed write turns it into an error.
      const outcome = auditOutcomeOf(status);
      if (route.audit && request.principal)
        await recordCall(auditEntry(route, request, note, outcome, status, deps), note, query, deps);
      // An anonymous call is a patient's link: audited once its token named the patient, otherwise only
      // counted (a metric filter on this line), so forged tokens cannot fill the trail.
      else if (route.audit?.anonymousActor && note.patientId)
        await recordCall(auditEntry(route, request, note, outcome, status, deps), note, query, deps);
      else if (route.audit?.anonymousActor)
        deps.logger.warn(ANONYMOUS_REFUSED, { operationId: route.operationId, status });
    }
  };
}

/** Errors shown to the caller: the API's own, and the domain's that mean the request was wrong. */
function asApiError(error: unknown): ApiError | undefined {
  if (error instanceof ApiError) return error;
  if (error instanceof InvalidCursorError)
    return badRequest(error.message, [{ in: 'query', pointer: '/cursor', detail: error.hint }]);
  return undefined;
}

function authorise(route: RouteDefinition, principal: Principal | undefined): Principal | undefined {
  if (route.access.kind === 'public') return principal;
  if (!principal) throw unauthorized();
  if (route.access.kind === 'signed-in') return principal;
  if (!permissionsOf(principal.roles).has(route.access.permission)) throw forbidden();
  return principal;
}

/** The path parameters, checked before anything reads them. */
function validatePath(entry: CompiledRoute, params: Record<string, string>): void {
  const errors: FieldError[] = [];
  check(entry.validateParams?.(), params, 'path', errors);
  if (errors.length > 0) throw badRequest('the request is not valid', errors);
}

function validateInput(
  entry: CompiledRoute,
  request: ApiRequest,
  params: Record<string, string>,
  maxBodyBytes: number,
) {
  const errors: FieldError[] = [];
  const query = { ...request.query };
  check(entry.validateQuery?.(), query, 'query', errors);
  let body: unknown;
  if (entry.validateBody) {
    const text = request.body ?? '';
    if (Buffer.byteLength(text, 'utf8') > maxBodyBytes) throw contentTooLarge(maxBodyBytes);
    const contentType = request.headers['content-type'] ?? '';
    if (!/^application\/(merge-patch\+)?json\b/i.test(contentType))
      throw new ApiError(415, 'send the body as application/json');
    try {
      body = JSON.parse(text);
    } catch {
      throw badRequest('the body is not valid JSON');
    }
    if (nestsDeeperThan(body)) throw badRequest(nestingMessage('the body'));
    check(entry.validateBody(), body, 'body', errors);
  } else if (entry.route.formBody && request.body) {
    if (Buffer.byteLength(request.body, 'utf8') > maxBodyBytes) throw contentTooLarge(maxBodyBytes);
    const contentType = request.headers['content-type'] ?? '';
    if (!/^application\/x-www-form-urlencoded\b/i.test(contentType))
      throw new ApiError(415, 'send the body as application/x-www-form-urlencoded');
    body = Object.fromEntries(new URLSearchParams(request.body));
  } else if (request.body && request.body.length > 0 && request.method !== 'GET') {
    throw badRequest('this route takes no request body');
  }
  if (errors.length > 0) throw badRequest('the request is not valid', errors);
  return { params, query, body };
}

function check(
  validate: ValidateFunction | undefined,
  value: unknown,
  where: FieldError['in'],
  errors: FieldError[],
): void {
  if (validate && !validate(value)) errors.push(...(validate.errors ?? []).map((e) => fieldError(e, where)));
}

function fieldError(error: ErrorObject, where: FieldError['in']): FieldError {
  const base = error.instancePath || '';
  if (error.keyword === 'additionalProperties') {
    return { in: where, pointer: `${base}/${String(error.params.additionalProperty)}`, detail: 'unknown field' };
  }
  if (error.keyword === 'required') {
    return { in: where, pointer: `${base}/${String(error.params.missingProperty)}`, detail: 'is required' };
  }
  if (error.keyword === 'enum') {
    return {
      in: where,
      pointer: base || '/',
      detail: `must be one of ${(error.params.allowedValues as unknown[]).join(', ')}`,
    };
  }
  return { in: where, pointer: base || '/', detail: error.message ?? error.keyword };
}

function compileRoute(route: RouteDefinition, ajv: Ajv): CompiledRoute {
  const paramNames: string[] = [];
  const source = route.path.replace(/\{([A-Za-z]+)\}/g, (_, name: string) => {
    paramNames.push(name);
    return '([^/]+)';
  });
  return {
    route,
    pattern: new RegExp(`^${source}$`),
    paramNames,
    validateParams: onFirstUse(ajv, route.params),
    validateQuery: onFirstUse(ajv, route.query),
    validateBody: onFirstUse(ajv, route.body),
  };
}

function onFirstUse(ajv: Ajv, schema: unknown): (() => ValidateFunction) | undefined {
  if (schema === undefined) return undefined;
  let validate: ValidateFunction | undefined;
  return () => {
    validate ??= ajv.compile(schema as object);
    return validate;
  };
}

function findRoute(routes: readonly CompiledRoute[], method: string, path: string) {
  let pathMatched = false;
  for (const entry of routes) {
    const match = entry.pattern.exec(path);
    if (!match) continue;
    pathMatched = true;
    if (entry.route.method !== method.toUpperCase()) continue;
    const params = Object.fromEntries(entry.paramNames.map((name, i) => [name, safeDecode(match[i + 1] as string)]));
    return { entry, params };
  }
  return pathMatched ? ('method-not-allowed' as const) : undefined;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function jsonResponse(status: number, body: unknown): ApiResponse {
  return {
    status,
    headers: { ...SECURITY_HEADERS, 'content-type': 'application/json' },
    body: body === undefined ? '' : JSON.stringify(body),
  };
}

/** A raw handler may answer another status than the route's (a page saying a link expired is a 410). */
function rawResponse(status: number, result: { contentType: string; body: string; status?: number }): ApiResponse {
  return {
    status: result.status ?? status,
    headers: { ...SECURITY_HEADERS, 'content-type': result.contentType },
    body: result.body,
  };
}

function problemResponse(error: ApiError, requestId: string): ApiResponse {
  return {
    status: error.status,
    headers: { ...SECURITY_HEADERS, 'content-type': PROBLEM_CONTENT_TYPE },
    body: JSON.stringify(error.toProblem(requestId)),
  };
}
