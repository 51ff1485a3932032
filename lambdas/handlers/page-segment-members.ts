import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { dynamoDocumentClient } from '../adapters/aws-clients/dynamodb';
import { DynamoMembershipStore } from '../adapters/dynamodb/segment-membership-store';
import { createLogger } from '../adapters/logger';
import { readConfig } from '../config/config';
import { type MemberPage, pageSegmentMembers } from '../domain/journeys/enrolment/bulk-enrolment';

const logger = createLogger('page-segment-members');
const memberships = new DynamoMembershipStore(dynamoDocumentClient(), readConfig().patientsTable);

/** One page of a segment's current members (ids), for the journey bulk enrolment workflow. */
export const handler = middy<unknown, MemberPage>()
  .use(injectLambdaContext(logger.powertools))
  .handler((event) => pageSegmentMembers(event, memberships));
