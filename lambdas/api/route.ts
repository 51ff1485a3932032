import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import type { Permission, Role } from '../domain/access/roles';
import type { ApiFunctionGroup } from './route-groups';

/** Who is calling, as established from a verified token (Cognito groups are roles). */
export interface Principal {
  readonly subject: string;
  readonly username?: string;
  readonly roles: readonly Role[];
}

/** What a handler may add to its audit entry (the patient it turned out to concern, the resource it touched). */
/** The log line an unaudited anonymous call leaves (a link whose token named nobody): counted by a metric filter. */
export const ANONYMOUS_REFUSED = 'Anonymous call refused';

/** The platform's own CloudWatch metrics. */
export const METRIC_NAMESPACE = 'PatientOutreach';

export interface AuditNote {
  patientId?: string;
  resource?: string;
  /** The patients a list returned (search results, members, message lists, queues), each audited as seen. */
  patientIds?: readonly string[];
}

export interface RouteContext<Params, Query, Body> {
  readonly params: Params;
  readonly query: Query;
  readonly body: Body;
  readonly principal: Principal;
  readonly requestId: string;
  readonly audit: AuditNote;
  /**
   * Writes the `attempted` entry now, with what the note says so far. The pipeline does it before the handler
   * of every authenticated route that changes something; a public route that learns its patient from a token
   * calls it itself, after reading the token and before the change.
   */
  readonly beforeChange: () => Promise<void>;
}

/**
 * Who may call a route: anyone (`public`), any signed-in staff member whatever their roles (`signed-in`: what
 * the caller may do, for the console), or holders of one permission.
 */
export type Access =
  | { readonly kind: 'public' }
  | { readonly kind: 'signed-in' }
  | { readonly kind: 'permission'; readonly permission: Permission };

export interface AuditSpec {
  /** e.g. `patient.read`, `preferences.update`, `deadletter.replay`. */
  readonly action: string;
  /** The path parameter holding the patient id, when the route concerns one patient. */
  readonly patientIdParam?: string;
  /**
   * Public routes that change something (a patient's unsubscribe link) are audited too, under this actor,
   * since there is no token subject.
   */
  readonly anonymousActor?: string;
  /** A POST that changes nothing (a preview, a validation, a simulation): audited once, after it answered. */
  readonly readOnly?: boolean;
}

export interface RouteDefinition {
  readonly operationId: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** OpenAPI-style template: `/patients/{patientId}`. */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly access: Access;
  readonly audit?: AuditSpec;
  readonly params?: JSONSchema;
  readonly query?: JSONSchema;
  readonly body?: JSONSchema;
  readonly response: { readonly status: number; readonly description: string; readonly schema: JSONSchema };
  /** Responses this route can give besides the success and the generic 400/401/403/429/500. */
  readonly errors?: readonly number[];
  /** Raw responses (the docs page): the handler returns `{ contentType, body }`. */
  readonly raw?: boolean;
  /**
   * Accepts an `application/x-www-form-urlencoded` body (HTML forms, RFC 8058 one-click unsubscribe), given
   * to the handler as a record of strings; the route has no JSON body.
   */
  readonly formBody?: boolean;
  handle(context: RouteContext<unknown, unknown, unknown>): Promise<unknown>;
  /** The function that serves it (`route-groups.ts`), set by its group's route list. */
  readonly group?: ApiFunctionGroup;
}

type Infer<S> = S extends JSONSchema ? FromSchema<S> : undefined;

/**
 * Declares a route whose handler sees params, query and body typed from the same JSON Schemas that
 * validate the request and document it in OpenAPI.
 */
export function defineRoute<
  const P extends JSONSchema | undefined = undefined,
  const Q extends JSONSchema | undefined = undefined,
  const B extends JSONSchema | undefined = undefined,
>(
  route: Omit<RouteDefinition, 'handle' | 'params' | 'query' | 'body'> & {
    readonly params?: P;
    readonly query?: Q;
    readonly body?: B;
    handle(context: RouteContext<Infer<P>, Infer<Q>, Infer<B>>): Promise<unknown>;
  },
): RouteDefinition {
  return route as unknown as RouteDefinition;
}

/** The routes of one group, each tagged with it: API Gateway integrates each route with its group's function. */
export function inGroup(group: ApiFunctionGroup, routes: readonly RouteDefinition[]): RouteDefinition[] {
  return routes.map((route) => Object.assign(route, { group }));
}
