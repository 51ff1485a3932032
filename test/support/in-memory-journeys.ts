import type { JourneyDefinition } from '../../lambdas/domain/journeys/definition-schema';
import type { JourneyApiServices } from '../../lambdas/domain/journeys/journey-service';
import type {
  ExecutionState,
  JourneyDeployment,
  JourneyExecutions,
  JourneyPublication,
  JourneyRecord,
  JourneyReferenceLookup,
  JourneySchedules,
  JourneyStatus,
  JourneyStore,
  JourneyVersion,
  ScheduledEnrolmentSpec,
} from '../../lambdas/domain/journeys/ports';
import type { Page } from '../../lambdas/domain/paging';
import { decodeCursor, encodeCursor } from '../../lambdas/domain/paging';
import { InMemoryJourneyPublisher } from '../../local/stepfunctions/local-journey-publisher';

/** Journeys in memory, with the contract of `DynamoJourneyStore`: revision-guarded changes. */
export class InMemoryJourneyStore implements JourneyStore {
  readonly records = new Map<string, JourneyRecord>();
  readonly versions = new Map<string, JourneyVersion[]>();

  async get(journeyId: string) {
    return this.records.get(journeyId);
  }

  async getVersion(journeyId: string, version: number) {
    return this.versions.get(journeyId)?.find((v) => v.version === version);
  }

  async listVersions(journeyId: string) {
    return [...(this.versions.get(journeyId) ?? [])].sort((a, b) => b.version - a.version);
  }

  async list(status: JourneyStatus | undefined, limit: number, cursor?: string): Promise<Page<JourneyRecord>> {
    const list = { pk: 'JOURNEY' };
    const after = String(decodeCursor(cursor, list)?.sk ?? '');
    const all = [...this.records.values()]
      .filter((r) => status === undefined || r.status === status)
      .map((record) => ({ record, sk: `${record.status}#${record.journeyId}` }))
      .filter(({ sk }) => sk > after)
      .sort((a, b) => a.sk.localeCompare(b.sk));
    const page = all.slice(0, limit);
    const last = page.at(-1);
    const next = all.length > limit && last ? encodeCursor({ ...list, sk: last.sk }) : undefined;
    return { items: page.map((r) => r.record), ...(next ? { cursor: next } : {}) };
  }

  async create(version: JourneyVersion): Promise<'created' | 'exists'> {
    if (this.records.has(version.journeyId)) return 'exists';
    this.records.set(version.journeyId, {
      journeyId: version.journeyId,
      name: version.definition.name,
      status: 'draft',
      latestVersion: version.version,
      updatedAt: version.createdAt,
      revision: 1,
    });
    this.versions.set(version.journeyId, [version]);
    return 'created';
  }

  async addVersion(version: JourneyVersion, expectedRevision: number): Promise<'added' | 'conflict'> {
    const record = this.records.get(version.journeyId);
    if (!record || record.revision !== expectedRevision) return 'conflict';
    if (this.versions.get(version.journeyId)?.some((v) => v.version === version.version)) return 'conflict';
    this.records.set(version.journeyId, {
      ...record,
      name: version.definition.name,
      latestVersion: version.version,
      updatedAt: version.createdAt,
      revision: record.revision + 1,
    });
    this.versions.get(version.journeyId)?.push(version);
    return 'added';
  }

  async recordPublication(expected: JourneyRecord, publication: JourneyPublication): Promise<'published' | 'conflict'> {
    if (!this.guard(expected)) return 'conflict';
    const versions = this.versions.get(expected.journeyId) ?? [];
    const index = versions.findIndex((v) => v.version === publication.version);
    if (index < 0) return 'conflict';
    versions[index] = { ...(versions[index] as JourneyVersion), compiled: publication.compiled };
    this.records.set(expected.journeyId, {
      ...expected,
      status: 'active',
      publishedVersion: publication.version,
      stateMachineArn: publication.stateMachineArn,
      aliasArn: publication.aliasArn,
      publishedAt: publication.at,
      updatedAt: publication.at,
      revision: expected.revision + 1,
    });
    return 'published';
  }

  async setStatus(expected: JourneyRecord, status: JourneyStatus, at: string): Promise<'updated' | 'conflict'> {
    if (!this.guard(expected)) return 'conflict';
    this.records.set(expected.journeyId, {
      ...expected,
      status,
      ...(status === 'archived' ? { archivedAt: at } : {}),
      updatedAt: at,
      revision: expected.revision + 1,
    });
    return 'updated';
  }

  private guard(expected: JourneyRecord): boolean {
    return this.records.get(expected.journeyId)?.revision === expected.revision;
  }
}

/** Templates (id → latest version) and segments that exist, set by each test. */
export class InMemoryJourneyReferences implements JourneyReferenceLookup {
  readonly templates = new Map<string, number>();
  readonly segments = new Set<string>();

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
  const journeys = new InMemoryJourneyStore();
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
  return { services, journeys, references, publisher, executions, schedules };
}
