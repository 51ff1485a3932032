import { ResponseType, type RestApi } from 'aws-cdk-lib/aws-apigateway';
import { PROBLEM_CONTENT_TYPE } from '../../lambdas/api/problem';

interface GatewayProblem {
  readonly type: ResponseType;
  /** Absent for the fallbacks, whose status varies; RFC 9457 makes the member optional. */
  readonly status?: number;
  readonly title: string;
  readonly detail: string;
}

/**
 * The errors API Gateway answers itself, before the function runs, in the API's one error shape
 * (`application/problem+json`). Details are fixed texts: a gateway response template only substitutes
 * variables, and the validator's own message can hold quotes that would break the JSON.
 */
export const GATEWAY_PROBLEMS: readonly GatewayProblem[] = [
  {
    type: ResponseType.BAD_REQUEST_BODY,
    status: 400,
    title: 'Bad Request',
    detail: 'the body does not match the schema of this route (see /openapi.json)',
  },
  {
    type: ResponseType.BAD_REQUEST_PARAMETERS,
    status: 400,
    title: 'Bad Request',
    detail: 'a required path or query parameter is missing',
  },
  { type: ResponseType.UNAUTHORIZED, status: 401, title: 'Unauthorized', detail: 'a valid bearer token is required' },
  { type: ResponseType.ACCESS_DENIED, status: 403, title: 'Forbidden', detail: 'the token does not allow this' },
  {
    type: ResponseType.WAF_FILTERED,
    status: 403,
    title: 'Forbidden',
    detail: 'the request was blocked by the firewall',
  },
  // API Gateway answers an unknown path, or a method the path does not have, as a 403 "Missing Authentication Token".
  {
    type: ResponseType.MISSING_AUTHENTICATION_TOKEN,
    status: 404,
    title: 'Not Found',
    detail: 'no such route or method',
  },
  {
    type: ResponseType.REQUEST_TOO_LARGE,
    status: 413,
    title: 'Content Too Large',
    detail: 'the request is larger than API Gateway accepts',
  },
  {
    type: ResponseType.UNSUPPORTED_MEDIA_TYPE,
    status: 415,
    title: 'Unsupported Media Type',
    detail: 'send the body as application/json',
  },
  { type: ResponseType.THROTTLED, status: 429, title: 'Too Many Requests', detail: 'throttled; retry later' },
  { type: ResponseType.QUOTA_EXCEEDED, status: 429, title: 'Too Many Requests', detail: 'quota exceeded; retry later' },
  {
    type: ResponseType.INTEGRATION_TIMEOUT,
    status: 504,
    title: 'Gateway Timeout',
    detail: 'the request took too long; quote the instance when reporting it',
  },
  { type: ResponseType.DEFAULT_4XX, title: 'Request Refused', detail: 'the request was refused' },
  {
    type: ResponseType.DEFAULT_5XX,
    title: 'Internal Server Error',
    detail: 'the request could not be completed; quote the instance when reporting it',
  },
];

/** A header value of a gateway response is a quoted literal. */
const literal = (value: string) => `'${value}'`;

/**
 * Adds one gateway response per entry of `GATEWAY_PROBLEMS`. With one allowed CORS origin, the errors
 * carry it too, so a browser can read a 401 or 429 instead of seeing a CORS failure.
 */
export function addProblemGatewayResponses(api: RestApi, corsOrigin?: string): void {
  for (const problem of GATEWAY_PROBLEMS) {
    const body = {
      type: 'about:blank',
      title: problem.title,
      ...(problem.status === undefined ? {} : { status: problem.status }),
      detail: problem.detail,
      instance: '$context.requestId',
    };
    api.addGatewayResponse(problem.type.responseType, {
      type: problem.type,
      statusCode: problem.status === undefined ? undefined : String(problem.status),
      responseHeaders: {
        'Content-Type': literal(PROBLEM_CONTENT_TYPE),
        'Cache-Control': literal('no-store'),
        'X-Content-Type-Options': literal('nosniff'),
        ...(problem.status === 401 ? { 'WWW-Authenticate': literal('Bearer') } : {}),
        ...(corsOrigin ? { 'Access-Control-Allow-Origin': literal(corsOrigin) } : {}),
      },
      templates: { 'application/json': JSON.stringify(body) },
    });
  }
}
