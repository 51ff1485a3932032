import { type App, type Environment, Tags } from 'aws-cdk-lib';
import { describeRoutes } from '../lambdas/domain/api/routes';
import { addCompliancePacks } from './compliance';
import { stackName } from './naming';
import type { OutreachSettings } from './settings';
import { ApiStack } from './stacks/api-stack';
import { DataStack } from './stacks/data-stack';
import { EventsStack } from './stacks/events-stack';
import { IngestionStack } from './stacks/ingestion-stack';

export interface OutreachStacks {
  readonly data: DataStack;
  readonly events: EventsStack;
  readonly ingestion: IngestionStack;
  readonly api: ApiStack;
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
    description:
      'Patient outreach: the platform functions (FHIR ingestion, staff API), dead-letter collection, bulk import',
    tables: data.tables,
    eventBus: events.bus,
    busEncryptionFailures: events.encryptionFailures,
  });
  ingestion.functions.allowStartingBulkImports(ingestion.bulkImport.stateMachine);
  const api = new ApiStack(app, stackName(settings, 'Api'), {
    ...common,
    description: 'Patient outreach: staff API, its Cognito user pool and firewall',
    // The user pool holds the staff accounts: protected like the data.
    terminationProtection: settings.stage === 'prod',
    routes: describeRoutes(),
    apiFunction: ingestion.functions.byKey.api.function,
  });
  Tags.of(app).add('project', 'patient-outreach');
  Tags.of(app).add('stage', settings.stage);
  addCompliancePacks(app);
  return { data, events, ingestion, api };
}
