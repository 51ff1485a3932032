import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { isRole, type Role } from '../domain/access/roles';
import type { ApiRequest, ApiResponse } from './dispatch';
import type { Principal } from './route';

/**
 * Cognito groups as API Gateway hands them over: an array (the token's own claim, locally), a comma-separated
 * string (the REST API's Cognito authoriser), or a bracketed space-separated string such as
 * `[healthcare-user fhir-sync-admin]`. Each element of an array is one group, never split.
 */
export function parseGroupsClaim(claim: unknown): string[] {
  if (Array.isArray(claim)) return claim.map(String);
  if (typeof claim !== 'string') return [];
  const bracketed = /^\[(.*)\]$/s.exec(claim);
  return (bracketed ? (bracketed[1] ?? '').split(/\s+/) : claim.split(',')).filter((group) => group.length > 0);
}

/**
 * The roles a groups claim grants. A string claim joins group names with a separator a group name may itself
 * contain (Cognito allows `evil,fhir-sync-admin`), so it grants roles only when every name in it is a role:
 * an ambiguous claim grants nothing. An array names each group whole, and its non-role groups are ignored.
 */
export function rolesOfGroupsClaim(claim: unknown): Role[] {
  const groups = parseGroupsClaim(claim);
  if (!Array.isArray(claim) && !groups.every(isRole)) return [];
  return [...new Set(groups.filter(isRole))] as Role[];
}

/** The caller, from the claims of the token the Cognito authorizer verified; unknown groups grant nothing. */
export function principalFromClaims(claims: Readonly<Record<string, unknown>> | undefined): Principal | undefined {
  const subject = claims?.sub;
  if (typeof subject !== 'string' || subject.length === 0) return undefined;
  const roles = rolesOfGroupsClaim(claims?.['cognito:groups']);
  const username = claims?.['cognito:username'];
  return { subject, roles, ...(typeof username === 'string' ? { username } : {}) };
}

/** An API Gateway REST (payload 1.0) proxy event, as the API sees it. */
export function toApiRequest(event: APIGatewayProxyEvent): ApiRequest {
  const headers = Object.fromEntries(Object.entries(event.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const body = event.body && event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
  return {
    method: event.httpMethod,
    path: event.path,
    headers,
    query: { ...(event.queryStringParameters ?? {}) },
    body: body ?? undefined,
    requestId: event.requestContext.requestId,
    principal: principalFromClaims(event.requestContext.authorizer?.claims as Record<string, unknown> | undefined),
  };
}

export function toProxyResult(response: ApiResponse): APIGatewayProxyResult {
  return { statusCode: response.status, headers: response.headers, body: response.body };
}
