import { readFileSync } from 'node:fs';
import { CfnRegistry, CfnSchema } from 'aws-cdk-lib/aws-eventschemas';
import { Construct } from 'constructs';
import { DetailType, PLATFORM_EVENT_SOURCE } from '../../lambdas/domain/events/event-names';
import type { PUBLISHED_EVENT_SCHEMAS } from '../../lambdas/domain/events/event-schemas';
import { repoPath } from '../paths';

type SchemaFileName = keyof typeof PUBLISHED_EVENT_SCHEMAS;

interface PublishedSchema {
  readonly fileName: SchemaFileName;
  readonly detailType: string;
  readonly source: string;
}

export interface EventSchemaRegistryProps {
  readonly registryName: string;
  readonly upstreamEventSource: string;
}

/**
 * A schema registry holding the events the platform exchanges, read at synth time from `schemas/`
 * (which `npm run schemas` writes from the domain's schemas). Upstream teams download code bindings
 * for them from the EventBridge console or `aws schemas get-code-binding-source`.
 */
export class EventSchemaRegistry extends Construct {
  readonly registry: CfnRegistry;
  readonly schemas: readonly CfnSchema[];

  constructor(scope: Construct, id: string, props: EventSchemaRegistryProps) {
    super(scope, id);
    this.registry = new CfnRegistry(this, 'Registry', {
      registryName: props.registryName,
      description:
        'Events of the patient outreach platform: what upstream systems send and what the platform publishes',
    });
    const published: readonly PublishedSchema[] = [
      {
        fileName: 'fhir-resource-changed.schema.json',
        detailType: DetailType.FhirResourceChanged,
        source: props.upstreamEventSource,
      },
      {
        fileName: 'patient-facts-changed.schema.json',
        detailType: DetailType.PatientFactsChanged,
        source: PLATFORM_EVENT_SOURCE,
      },
      {
        fileName: 'segment-membership-changed.schema.json',
        detailType: DetailType.SegmentMembershipChanged,
        source: PLATFORM_EVENT_SOURCE,
      },
      {
        fileName: 'patient-engagement-recorded.schema.json',
        detailType: DetailType.PatientEngagementRecorded,
        source: PLATFORM_EVENT_SOURCE,
      },
      {
        fileName: 'message-requested.schema.json',
        detailType: DetailType.MessageRequested,
        source: PLATFORM_EVENT_SOURCE,
      },
      {
        fileName: 'patient-replied.schema.json',
        detailType: DetailType.PatientReplied,
        source: PLATFORM_EVENT_SOURCE,
      },
      {
        fileName: 'journey-activity-created.schema.json',
        detailType: DetailType.JourneyActivityCreated,
        source: PLATFORM_EVENT_SOURCE,
      },
    ];
    this.schemas = published.map((schema) => this.register(schema));
  }

  private register({ fileName, detailType, source }: PublishedSchema): CfnSchema {
    const content = readSchemaFile(fileName);
    // The naming EventBridge schema discovery uses, so generated bindings look familiar: `source@DetailType`.
    const schemaName = `${source}@${detailType.replaceAll(' ', '')}`;
    return new CfnSchema(this, detailType.replaceAll(' ', ''), {
      registryName: this.registry.attrRegistryName,
      schemaName,
      type: 'JSONSchemaDraft4',
      content,
      description: `${detailType} events (source ${source})`,
    });
  }
}

function readSchemaFile(fileName: SchemaFileName): string {
  const path = repoPath('schemas', fileName);
  const content = readFileSync(path, 'utf8');
  try {
    JSON.parse(content);
  } catch (error) {
    throw new Error(`${path} is not valid JSON; regenerate it with npm run schemas`, { cause: error });
  }
  return content;
}
