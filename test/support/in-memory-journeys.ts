import { localFhirPath } from '../../lambdas/domain/fhir/local-fhirpath';
import type { JourneyDefinition } from '../../lambdas/domain/journeys/definition-schema';
import { JourneyDefinitions } from '../../lambdas/domain/journeys/journey-definitions';
import type { JourneyApiServices } from '../../lambdas/domain/journeys/journey-service';
import type {
  ExecutionState,
  FailedRun,
  JourneyDeployment,
  JourneyExecutions,
  JourneyReferenceLookup,
  JourneySchedules,
  ScheduledEnrolmentSpec,
} from '../../lambdas/domain/journeys/ports';
import { InMemoryJourneyPublisher } from '../../local/stepfunctions/local-journey-publisher';
import { InMemoryDefinitionStore } from './in-memory-definitions';

/** Templates (id → latest version) and segments that exist, set by each test. */
export class InMemoryJourneyReferences implements JourneyReferenceLookup {
  readonly templates = new Map<string, number>();
  readonly segments = new Set<string>();
  readonly fhirPath = localFhirPath;

  async latestTemplateVersion(templateId: string) {
    return this.templates.get(templateId);
  }

  async segmentExists(segmentId: string) {
    return this.segments.has(segmentId);
  }
}

export const JOURNEY_TEST_NOW = new Date('2026-11-25T12:00:00Z');

export const TEST_DEPLOYMENT: JourneyDeployment = {
  functions: {
    sendMessage: 'arn:aws:lambda:eu-west-1:111111111111:function:send',
    resolveWaitTime: 'arn:aws:lambda:eu-west-1:111111111111:function:resolve-wait',
    registerWait: 'arn:aws:lambda:eu-west-1:111111111111:function:register-wait',
    createActivity: 'arn:aws:lambda:eu-west-1:111111111111:function:create-activity',
    updateAttribute: 'arn:aws:lambda:eu-west-1:111111111111:function:update-attribute',
    checkExit: 'arn:aws:lambda:eu-west-1:111111111111:function:check-exit',
    evaluateCondition: 'arn:aws:lambda:eu-west-1:111111111111:function:evaluate-condition',
  },
  patientsTable: 'Patients',
};

/**
 * A small journey: members entering `diabetics` get a welcome email, wait a day, then a reminder if they are
 * still in the segment. It refers to the templates `welcome` and `reminder` and the segment `diabetics`.
 */
export function welcomeJourney(overrides: Partial<JourneyDefinition> = {}): JourneyDefinition {
  return {
    schemaVersion: 1,
    id: 'welcome',
    name: 'Welcome',
    entry: { segmentEntered: 'diabetics' },
    reEntry: { policy: 'once' },
    start: 'email',
    steps: {
      email: {
        type: 'send',
        template: 'welcome',
        topic: 'appointment-reminders',
        channels: ['email'],
        next: 'wait-a-day',
      },
      'wait-a-day': { type: 'wait', duration: 'P1D', next: 'still-diabetic' },
      'still-diabetic': { type: 'branch', on: { inSegment: 'diabetics' }, next: { true: 'remind', false: 'done' } },
      remind: { type: 'send', template: 'reminder', topic: 'appointment-reminders', channels: ['sms'], next: 'done' },
      done: { type: 'exit' },
    },
    ...overrides,
  } as JourneyDefinition;
}

/** Executions by journey: what archiving stops. */
export class InMemoryJourneyExecutions implements JourneyExecutions {
  readonly running = new Map<string, Set<string>>();
  readonly states = new Map<string, ExecutionState>();

  async state(_journeyId: string, executionName: string): Promise<ExecutionState | undefined> {
    return this.states.get(executionName);
  }

  async failedRuns(journeyId: string, limit: number): Promise<{ items: FailedRun[]; more: boolean }> {
    const failed = [...this.states.entries()]
      .filter(([name, state]) => state.status === 'FAILED' && name.startsWith(`${journeyId}-`))
      .map(([executionName, state]) => ({
        journeyId,
        executionName,
        startedAt: state.startedAt,
        stoppedAt: state.stoppedAt ?? state.startedAt,
      }))
      .sort((a, b) => b.stoppedAt.localeCompare(a.stoppedAt));
    return { items: failed.slice(0, limit), more: failed.length > limit };
  }

  async stopRunning(journeyId: string): Promise<number> {
    const running = this.running.get(journeyId) ?? new Set<string>();
    this.running.delete(journeyId);
    return running.size;
  }
}

/** Schedules by journey: what publishing, pausing and archiving leave. */
export class InMemoryJourneySchedules implements JourneySchedules {
  readonly schedules = new Map<string, { spec: ScheduledEnrolmentSpec; enabled: boolean }>();

  async put(journeyId: string, spec: ScheduledEnrolmentSpec, enabled: boolean): Promise<void> {
    this.schedules.set(journeyId, { spec, enabled });
  }

  async remove(journeyId: string): Promise<void> {
    this.schedules.delete(journeyId);
  }
}

/** Every journey service in memory, with a fixed clock; the references hold what `welcomeJourney` needs. */
export function inMemoryJourneyServices(now = JOURNEY_TEST_NOW) {
  const definitions = new InMemoryDefinitionStore<JourneyDefinition>('journey');
  const journeys = new JourneyDefinitions(definitions);
  const references = new InMemoryJourneyReferences();
  references.templates.set('welcome', 3).set('reminder', 1);
  references.segments.add('diabetics');
  const publisher = new InMemoryJourneyPublisher();
  const clock = { now: () => now };
  const executions = new InMemoryJourneyExecutions();
  const schedules = new InMemoryJourneySchedules();
  const services: JourneyApiServices = {
    journeys,
    references,
    journeyPublisher: publisher,
    journeyExecutions: executions,
    journeySchedules: schedules,
    deployment: TEST_DEPLOYMENT,
    clock,
  };
  return { services, journeys, definitions, references, publisher, executions, schedules };
}
