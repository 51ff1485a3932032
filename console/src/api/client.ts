import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './openapi.generated';
import { problemOf } from './problem';

export type ApiClient = ReturnType<typeof createApiClient>;

/**
 * The one client the pages use, typed by the types generated from the API's own OpenAPI document. A problem
 * answer is thrown as an `ApiProblem`; a 401 (the token expired or was revoked) also ends the session.
 */
export function createApiClient(options: {
  baseUrl: string;
  token: () => string | undefined;
  onUnauthorized: () => void;
}) {
  const auth: Middleware = {
    onRequest({ request }) {
      const token = options.token();
      if (token) request.headers.set('authorization', `Bearer ${token}`);
      return request;
    },
    async onResponse({ response }) {
      if (response.ok) return response;
      if (response.status === 401) options.onUnauthorized();
      const body = await response
        .clone()
        .json()
        .catch(() => undefined);
      throw problemOf(response.status, body);
    },
  };
  const client = createClient<paths>({ baseUrl: options.baseUrl });
  client.use(auth);
  return client;
}

/** The data of a call that succeeded (errors were thrown by the middleware). */
export async function dataOf<T>(call: Promise<{ data?: T; error?: unknown }>): Promise<T> {
  const { data } = await call;
  return data as T;
}
