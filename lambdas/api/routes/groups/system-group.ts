import openApiDocument from '../../openapi.generated.json';
import { inGroup, type RouteDefinition } from '../../route';
import { systemRoutes } from '../system-routes';

/**
 * Health, the OpenAPI document and its page: the `ApiSystem` function. The document is the one `npm run schemas`
 * generated from the whole route table (a test keeps it current), so this function bundles no other route.
 */
export function systemGroupRoutes(): RouteDefinition[] {
  return inGroup(
    'system',
    systemRoutes(() => openApiDocument),
  );
}
