import { randomUUID } from 'node:crypto';
import { SchedulerClient } from '@aws-sdk/client-scheduler';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { SchedulerJourneySchedules } from '../../adapters/scheduler/journey-schedules';
import { SfnBulkImportStarter } from '../../adapters/sfn/bulk-import-starter';
import { SfnComputationStarter } from '../../adapters/sfn/computation-starter';
import { sfnClient } from '../../adapters/sfn/start-execution';
import { createApi } from '../../api/dispatch';
import { toApiRequest, toProxyResult } from '../../api/rest-event';
import type { RouteDefinition } from '../../api/route';
import type { ApiServices } from '../../api/routes';
import type { PlatformConfig } from '../../config/config';
import type { BulkImportStarter } from '../../domain/ingestion/operations';
import type { JourneySchedules } from '../../domain/journeys/ports';
import type { Clock, Logger } from '../../domain/ports';
import type { ComputationStarter } from '../../domain/segments/ports';

/** How many of a patient's newest messages the 360 view shows. */
const _PATIENT_360_MESSAGES = 20;

/** API Gateway caps payloads at 10 MB; staff requests are small, so anything past this is refused with 413. */
export const MAX_BODY_BYTES = 256 * 1024;

/** The workflows the staff API starts: Step Functions and EventBridge Scheduler on AWS, local stand-ins locally. */
export interface StaffApiWorkflows {
  readonly importStarter: BulkImportStarter;
  readonly computationStarter: ComputationStarter;
  /** Journeys' scheduled enrolments: EventBridge Scheduler on AWS, the virtual clock locally. */
  readonly journeySchedules: JourneySchedules;
}

/** What differs between the Lambda function and the local API server: the clock and the workflow starters. */
export interface StaffApiEdge {
  readonly config: PlatformConfig;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly workflows: StaffApiWorkflows;
}

/** The edge of the functions that start no workflow (simulation, system). */
export type ReadOnlyApiEdge = Omit<StaffApiEdge, 'workflows'>;

/** The deployed workflows, from the state machine ARNs, the import bucket and the scheduler group in the config. */
export function awsStaffApiWorkflows(config: PlatformConfig): StaffApiWorkflows {
  return {
    importStarter: new SfnBulkImportStarter(sfnClient(), config.bulkImportStateMachineArn, config.importBucket),
    computationStarter: new SfnComputationStarter(sfnClient(), config.segmentComputationStateMachineArn),
    journeySchedules: new SchedulerJourneySchedules(new SchedulerClient({}), config.journeyScheduling),
  };
}

/** What the pipeline of every route needs besides the routes: the audit trail, the clock, the criteria key. */
export type PipelineServices = Pick<ApiServices, 'audit' | 'clock' | 'linkKey'>;

/**
 * API Gateway (REST, proxy integration) → the route table's pipeline → API Gateway. With a proxy
 * integration the function's own responses must carry the CORS headers for the allowed origins.
 */
export function createApiHandler(
  routes: RouteDefinition[],
  services: PipelineServices,
  logger: Logger,
  corsAllowedOrigins: readonly string[] = [],
): (event: APIGatewayProxyEvent) => Promise<APIGatewayProxyResult> {
  const api = createApi(routes, {
    audit: services.audit,
    clock: services.clock,
    logger,
    newId: randomUUID,
    maxBodyBytes: MAX_BODY_BYTES,
    // The link signing secret, under its own label in the hashed text (`audit-entries.ts`): no second secret to fetch.
    criteriaKey: services.linkKey,
  });
  return async (event) => {
    const result = toProxyResult(await api(toApiRequest(event)));
    const origin = Object.entries(event.headers ?? {}).find(([name]) => name.toLowerCase() === 'origin')?.[1];
    if (origin && corsAllowedOrigins.includes(origin)) {
      result.headers = { ...result.headers, 'access-control-allow-origin': origin, vary: 'Origin' };
    }
    return result;
  };
}
