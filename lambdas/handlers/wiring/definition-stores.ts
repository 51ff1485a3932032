import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDefinitionStore } from '../../adapters/dynamodb/definition-store';
import { JourneyDefinitions } from '../../domain/journeys/journey-definitions';
import { TemplateDefinitions } from '../../domain/messaging/templates/template-definitions';
import { SegmentDefinitions } from '../../domain/segments/segment-definitions';

/** Segments, templates and journeys, each kept by the one DynamoDB definition store in the Platform table. */
export const dynamoSegments = (client: DynamoDBDocumentClient, platformTable: string) =>
  new SegmentDefinitions(new DynamoDefinitionStore(client, platformTable, 'segment'));

export const dynamoTemplates = (client: DynamoDBDocumentClient, platformTable: string) =>
  new TemplateDefinitions(new DynamoDefinitionStore(client, platformTable, 'template'));

export const dynamoJourneys = (client: DynamoDBDocumentClient, platformTable: string) =>
  new JourneyDefinitions(new DynamoDefinitionStore(client, platformTable, 'journey'));
