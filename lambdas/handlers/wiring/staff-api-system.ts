import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { dynamoDocumentClient } from '../../adapters/aws-clients/dynamodb';
import { DynamoAuditLog } from '../../adapters/dynamodb/audit-log';
import { systemGroupRoutes } from '../../api/routes/groups/system-group';
import { linkKeyLoader } from './messaging-wiring';
import { createApiHandler, type ReadOnlyApiEdge } from './staff-api-edge';

/**
 * The `ApiSystem` function: health, the OpenAPI document and its page (`system-group.ts`). None of them is
 * audited or authenticated, but they run through the same pipeline as every route, which is given its stores.
 */
export function composeSystemApi({
  config,
  clock,
  logger,
}: ReadOnlyApiEdge): (event: APIGatewayProxyEvent) => Promise<APIGatewayProxyResult> {
  const pipeline = {
    audit: new DynamoAuditLog(dynamoDocumentClient(), config.auditTable, config.auditRetentionDays),
    clock,
    linkKey: linkKeyLoader(config),
  };
  return createApiHandler(systemGroupRoutes(), pipeline, logger, config.corsAllowedOrigins);
}
