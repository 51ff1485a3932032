import { type App, type Environment, Tags } from 'aws-cdk-lib';
import { addCompliancePacks } from './compliance';
import { stackName } from './naming';
import type { OutreachSettings } from './settings';
import { DataStack } from './stacks/data-stack';
import { EventsStack } from './stacks/events-stack';
import { IngestionStack } from './stacks/ingestion-stack';

export interface OutreachStacks {
  readonly data: DataStack;
  readonly events: EventsStack;
  readonly ingestion: IngestionStack;
}

/**
 * The platform's stacks for one stage. `env` may leave account and region open: the templates are
 * environment-agnostic and synthesise without credentials.
 */
export function createOutreachStacks(app: App, settings: OutreachSettings, env: Environment = {}): OutreachStacks {
  const common = { settings, env };
  const data = new DataStack(app, stackName(settings, 'Data'), {
    ...common,
    description: 'Patient outreach: tables, their keys and backups',
    terminationProtection: settings.stage === 'prod',
  });
  const events = new EventsStack(app, stackName(settings, 'Events'), {
    ...common,
    description: 'Patient outreach: event bus, archive and schema registry',
    terminationProtection: settings.stage === 'prod',
  });
  const ingestion = new IngestionStack(app, stackName(settings, 'Ingestion'), {
    ...common,
    description: 'Patient outreach: FHIR ingestion, dead-letter collection, bulk import',
    tables: data.tables,
    eventBus: events.bus,
    busEncryptionFailures: events.encryptionFailures,
  });
  Tags.of(app).add('project', 'patient-outreach');
  Tags.of(app).add('stage', settings.stage);
  addCompliancePacks(app);
  return { data, events, ingestion };
}
