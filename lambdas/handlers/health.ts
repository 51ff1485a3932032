import type { APIGatewayProxyResultV2 } from 'aws-lambda';
import { readConfig } from '../config/config';

const config = readConfig();

/** `GET /health`: unauthenticated liveness; says nothing about patients or configuration. */
export const handler = async (): Promise<APIGatewayProxyResultV2> => ({
  statusCode: 200,
  headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  body: JSON.stringify({ status: 'ok', service: 'patient-outreach', stage: config.stage }),
});
