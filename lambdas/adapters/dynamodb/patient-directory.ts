import { type DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type * as fhir4 from 'fhir/r4';
import type { PatientFacts } from '../../domain/fhir/facts';
import type { Page } from '../../domain/paging';
import type { PatientSummary } from '../../domain/patients/patient-summary';
import type { PatientDirectory, PatientRecord, PatientResource } from '../../domain/patients/ports';
import type { SearchCriteria } from '../../domain/patients/search-terms';
import { mapFaults } from './faults';
import { cursorAfter, startKeyWithin } from './page-cursor';
import { patientPk, RESOURCE_SK_PREFIX, resourceSk } from './patient-keys';
import { searchQueryOf } from './patient-search-keys';
import { queryPartition } from './query-partition';
import { RESOURCE_CONTENT_ATTRIBUTES, resourceOf } from './resource-content';

const WHAT = 'patient directory';

/** The Patients table as the staff API reads it: the search index and the projected resources. */
export class DynamoPatientDirectory implements PatientDirectory {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async search(criteria: SearchCriteria, limit: number, cursor?: string): Promise<Page<PatientSummary>> {
    const plan = searchQueryOf(criteria);
    const values: Record<string, string> = { ':pk': plan.pk };
    const conditions = ['pk = :pk'];
    if (plan.skPrefix !== '') {
      conditions.push('begins_with(sk, :prefix)');
      values[':prefix'] = plan.skPrefix;
    }
    const filters = plan.filters.map((filter, i) => {
      values[`:f${i}`] = filter.contains;
      return `contains(${filter.attribute}, :f${i})`;
    });
    const page = await mapFaults(
      this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: conditions.join(' AND '),
          ...(filters.length > 0 ? { FilterExpression: filters.join(' AND ') } : {}),
          ExpressionAttributeValues: values,
          Limit: limit,
          ExclusiveStartKey: startKeyWithin(cursor, plan.pk, plan.skPrefix),
        }),
      ),
      WHAT,
    );
    // A patient with two names or identifiers that both match appears once per page.
    const seen = new Set<string>();
    const items: PatientSummary[] = [];
    for (const item of page.Items ?? []) {
      const summary = item.summary as PatientSummary;
      if (seen.has(summary.id)) continue;
      seen.add(summary.id);
      items.push(summary);
    }
    const next = cursorAfter(page.LastEvaluatedKey);
    return { items, ...(next ? { cursor: next } : {}) };
  }

  async getPatient(patientId: string): Promise<fhir4.Patient | undefined> {
    return (await this.getResource(patientId, 'Patient', patientId)) as fhir4.Patient | undefined;
  }

  /** One projected resource of a patient, read consistently; undefined when none is projected. */
  async getResource(patientId: string, resourceType: string, id: string): Promise<fhir4.FhirResource | undefined> {
    const { Item } = await mapFaults(
      this.client.send(
        new GetCommand({
          TableName: this.tableName,
          Key: { pk: patientPk(patientId), sk: resourceSk(resourceType, id) },
          ProjectionExpression: RESOURCE_CONTENT_ATTRIBUTES.join(', '),
          ConsistentRead: true,
        }),
      ),
      WHAT,
    );
    return resourceOf(Item);
  }

  async getRecord(patientId: string): Promise<PatientRecord | undefined> {
    const items = await queryPartition(this.client, this.tableName, patientPk(patientId), RESOURCE_SK_PREFIX, WHAT);
    const patientItem = items.find((item) => item.resourceType === 'Patient' && item.resourceId === patientId);
    if (!patientItem) return undefined;
    return {
      patient: resourceOf(patientItem) as fhir4.Patient,
      facts: patientItem.facts as PatientFacts,
      resources: items.filter((item) => item !== patientItem && item.facts).map(toPatientResource),
    };
  }

  async listResources(patientId: string, resourceType: PatientResource['resourceType']): Promise<PatientResource[]> {
    const prefix = resourceSk(resourceType, '');
    const items = await queryPartition(this.client, this.tableName, patientPk(patientId), prefix, WHAT);
    return items.filter((item) => item.facts).map(toPatientResource);
  }
}

function toPatientResource(item: Record<string, unknown>): PatientResource {
  return {
    resourceType: item.resourceType as PatientResource['resourceType'],
    resourceId: String(item.resourceId),
    facts: item.facts as PatientResource['facts'],
    resource: resourceOf(item) as PatientResource['resource'],
  };
}
