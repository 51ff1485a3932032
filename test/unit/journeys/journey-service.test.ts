import { localFhirPath } from '../../../lambdas/domain/fhir/local-fhirpath';
import { compileJourney } from '../../../lambdas/domain/journeys/compile-journey';
import {
  archiveJourney,
  compiledVersion,
  createJourney,
  journeyReferencesFrom,
  pauseJourney,
  publishJourney,
  resumeJourney,
  scheduleOf,
  updateJourney,
  validateDefinition,
} from '../../../lambdas/domain/journeys/journey-service';
import {
  inMemoryJourneyServices,
  JOURNEY_TEST_NOW,
  TEST_DEPLOYMENT,
  welcomeJourney,
} from '../../support/in-memory-journeys';

let fakes: ReturnType<typeof inMemoryJourneyServices>;

beforeEach(() => {
  fakes = inMemoryJourneyServices();
});

const create = () => createJourney(welcomeJourney(), 'marketer-1', fakes.services);
const publish = (version?: number) => publishJourney('welcome', version, fakes.services);
const revisionOf = async (journeyId = 'welcome') => (await fakes.journeys.get(journeyId))?.revision as number;

describe('createJourney', () => {
  it('creates a draft at version 1, recording who wrote it', async () => {
    const created = await create();

    expect(created).toEqual({
      journey: {
        journeyId: 'welcome',
        name: 'Welcome',
        status: 'draft',
        latestVersion: 1,
        updatedAt: JOURNEY_TEST_NOW.toISOString(),
        revision: 1,
      },
      version: {
        journeyId: 'welcome',
        version: 1,
        definition: welcomeJourney(),
        createdAt: JOURNEY_TEST_NOW.toISOString(),
        createdBy: 'marketer-1',
      },
    });
  });

  it('refuses a definition whose template and segment do not exist, pointing at each', async () => {
    fakes.references.templates.delete('reminder');
    fakes.references.segments.delete('diabetics');

    const created = await create();

    expect(created.refused).toBe('invalid');
    expect(created.refused === 'invalid' && created.problems.map((p) => p.pointer)).toEqual([
      '/entry/segmentEntered',
      '/steps/still-diabetic/on/inSegment',
      '/steps/remind/template',
    ]);
    expect(await fakes.journeys.get('welcome')).toBeUndefined();
  });

  it('refuses a definition that breaks the schema, with the pointer of the bad field', async () => {
    const created = await createJourney({ ...welcomeJourney(), colour: 'blue' }, 'marketer-1', fakes.services);

    expect(created).toEqual({
      refused: 'invalid',
      detail: 'the journey definition is not valid',
      problems: [{ in: 'body', pointer: '/colour', detail: 'unknown property "colour"' }],
    });
  });

  it('refuses an id that is a path of the API', async () => {
    const created = await createJourney(welcomeJourney({ id: 'catalog' }), 'marketer-1', fakes.services);

    expect(created.refused === 'invalid' && created.problems).toEqual([
      { in: 'body', pointer: '/id', detail: '"catalog" is a path of the API; choose another id' },
    ]);
  });

  it('refuses an id that is taken', async () => {
    await create();

    expect((await create()).refused).toBe('conflict');
  });
});

describe('updateJourney', () => {
  const renamed = welcomeJourney({ name: 'Welcome, again' });

  it('adds the next version as the latest, leaving the status as it is', async () => {
    await create();

    const updated = await updateJourney('welcome', renamed, 1, 'marketer-2', fakes.services);

    expect(updated.refused).toBeUndefined();
    expect(await fakes.journeys.get('welcome')).toMatchObject({
      name: 'Welcome, again',
      status: 'draft',
      latestVersion: 2,
      revision: 2,
    });
    expect((await fakes.journeys.getVersion('welcome', 2))?.createdBy).toBe('marketer-2');
  });

  it('refuses a stale revision as a conflict, adding nothing', async () => {
    await create();
    await updateJourney('welcome', renamed, 1, 'marketer-2', fakes.services);

    const stale = await updateJourney('welcome', welcomeJourney(), 1, 'marketer-3', fakes.services);

    expect(stale).toEqual({ refused: 'conflict', detail: 'journey welcome is at revision 2, not 1' });
    expect((await fakes.journeys.listVersions('welcome')).map((v) => v.version)).toEqual([2, 1]);
  });

  it('refuses a body that names another journey', async () => {
    await create();

    const updated = await updateJourney('welcome', welcomeJourney({ id: 'other' }), 1, 'marketer-2', fakes.services);

    expect(updated.refused === 'invalid' && updated.problems).toEqual([
      { in: 'body', pointer: '/id', detail: 'must be "welcome", the id in the path' },
    ]);
  });

  it('refuses a journey that does not exist', async () => {
    expect((await updateJourney('welcome', renamed, 1, 'marketer-2', fakes.services)).refused).toBe('not-found');
  });

  it('refuses a new version of an archived journey', async () => {
    await create();
    await archiveJourney('welcome', fakes.services);

    const updated = await updateJourney('welcome', renamed, await revisionOf(), 'marketer-2', fakes.services);

    expect(updated).toMatchObject({ refused: 'wrong-status', status: 'archived' });
  });
});

describe('validateDefinition', () => {
  it('answers a valid definition with the template versions publishing would pin, sorted by id', async () => {
    const validation = await validateDefinition(welcomeJourney(), fakes.services.references);

    expect(validation).toMatchObject({ valid: true, errors: [], templateVersions: { reminder: 1, welcome: 3 } });
    expect(Object.keys(validation.templateVersions)).toEqual(['reminder', 'welcome']);
  });

  it('answers a missing template with its pointer', async () => {
    fakes.references.templates.delete('welcome');

    const validation = await validateDefinition(welcomeJourney(), fakes.services.references);

    expect(validation.valid).toBe(false);
    expect(validation.errors.map((e) => e.pointer)).toEqual(['/steps/email/template']);
  });
});

describe('publishJourney', () => {
  it('compiles the latest version with the latest templates pinned and hands the ASL to the publisher', async () => {
    await create();
    const publishSpy = jest.spyOn(fakes.publisher, 'publish');

    await publish();

    const expected = compileJourney(welcomeJourney(), {
      ...TEST_DEPLOYMENT,
      journeyVersion: 1,
      templateVersions: { reminder: 1, welcome: 3 },
    });
    expect(publishSpy).toHaveBeenCalledWith('welcome', 1, expected);
  });

  it('records the published version, its Step Functions resources and the pinned templates, and activates', async () => {
    await create();

    const published = await publish();

    expect(published).toEqual({
      journey: expect.objectContaining({
        status: 'active',
        publishedVersion: 1,
        stateMachineArn: 'arn:aws:states:local:000000000000:stateMachine:journey-welcome',
        aliasArn: 'arn:aws:states:local:000000000000:stateMachine:journey-welcome:live',
        publishedAt: JOURNEY_TEST_NOW.toISOString(),
        revision: 2,
      }),
    });
    expect((await fakes.journeys.getVersion('welcome', 1))?.compiled).toEqual({
      stateMachineVersionArn: 'arn:aws:states:local:000000000000:stateMachine:journey-welcome:1',
      templateVersions: { reminder: 1, welcome: 3 },
    });
  });

  it('moves the alias to a new version, which keeps the old version published as it was', async () => {
    await create();
    await publish();
    await updateJourney('welcome', welcomeJourney({ name: 'Welcome 2' }), await revisionOf(), 'm', fakes.services);

    const published = await publish();

    expect(published).toMatchObject({ journey: { status: 'active', publishedVersion: 2 } });
    expect(fakes.publisher.liveVersion('welcome')).toBe(2);
    expect(fakes.publisher.asl('welcome', 1)).toBeDefined();
  });

  it('shows a published version as it was published, after its templates have moved on', async () => {
    await create();
    await publish();
    fakes.references.templates.set('welcome', 4);

    const compiled = await compiledVersion('welcome', 1, fakes.services);

    expect(compiled).toMatchObject({ published: true, templateVersions: { reminder: 1, welcome: 3 } });
    expect(compiled.refused === undefined && compiled.asl).toEqual(fakes.publisher.asl('welcome', 1));
  });

  it('publishes a paused journey again as active', async () => {
    await create();
    await publish();
    await pauseJourney('welcome', fakes.services);
    await updateJourney('welcome', welcomeJourney(), await revisionOf(), 'm', fakes.services);

    expect(await publish()).toMatchObject({ journey: { status: 'active', publishedVersion: 2 } });
  });

  it('refuses to publish the version that is already live', async () => {
    await create();
    await publish();

    expect(await publish(1)).toEqual({ refused: 'conflict', detail: 'journey welcome is already live at version 1' });
  });

  it('refuses a version that does not exist, pointing at the query', async () => {
    await create();

    const published = await publish(7);

    expect(published.refused === 'invalid' && published.problems).toEqual([
      { in: 'query', pointer: '/version', detail: 'the latest version is 1' },
    ]);
  });

  it('refuses, without publishing, a version whose segment no longer exists', async () => {
    await create();
    fakes.references.segments.delete('diabetics');
    const publishSpy = jest.spyOn(fakes.publisher, 'publish');

    const published = await publish();

    expect(published.refused).toBe('conflict');
    expect(publishSpy).not.toHaveBeenCalled();
    expect(await fakes.journeys.get('welcome')).toMatchObject({ status: 'draft' });
  });

  it('refuses an archived journey', async () => {
    await create();
    await archiveJourney('welcome', fakes.services);

    expect(await publish()).toMatchObject({ refused: 'wrong-status', status: 'archived' });
  });

  it('refuses a journey that does not exist', async () => {
    expect((await publish()).refused).toBe('not-found');
  });
});

describe('pause, resume and archive', () => {
  it('pauses an active journey and resumes it', async () => {
    await create();
    await publish();

    expect(await pauseJourney('welcome', fakes.services)).toMatchObject({ journey: { status: 'paused' } });
    expect(await resumeJourney('welcome', fakes.services)).toMatchObject({
      journey: { status: 'active', publishedVersion: 1 },
    });
  });

  it('refuses to pause a draft', async () => {
    await create();

    expect(await pauseJourney('welcome', fakes.services)).toEqual({
      refused: 'wrong-status',
      detail: 'journey welcome is draft: only an active journey can be paused',
      status: 'draft',
    });
  });

  it('refuses to resume a journey that is not paused', async () => {
    await create();
    await publish();

    expect(await resumeJourney('welcome', fakes.services)).toMatchObject({ refused: 'wrong-status', status: 'active' });
  });

  it('archives a paused journey, recording when', async () => {
    await create();
    await publish();
    await pauseJourney('welcome', fakes.services);

    const archived = await archiveJourney('welcome', fakes.services);

    expect(archived).toMatchObject({ journey: { status: 'archived', archivedAt: JOURNEY_TEST_NOW.toISOString() } });
  });

  it('stops the running executions of a published journey when it is archived', async () => {
    await create();
    await publish();
    fakes.executions.running.set('welcome', new Set(['run-1', 'run-2']));

    const archived = await archiveJourney('welcome', fakes.services);

    expect(archived).toMatchObject({ journey: { status: 'archived' }, stoppedExecutions: 2 });
    expect(fakes.executions.running.has('welcome')).toBe(false);
  });

  it('archiving again stops what still runs (after a failure part-way) and changes nothing else', async () => {
    await create();
    await publish();
    await archiveJourney('welcome', fakes.services);
    fakes.executions.running.set('welcome', new Set(['late-run']));
    const before = await fakes.journeys.get('welcome');

    expect(await archiveJourney('welcome', fakes.services)).toMatchObject({ stoppedExecutions: 1 });
    expect(await fakes.journeys.get('welcome')).toEqual(before);
  });

  it('a draft that was never published has nothing to stop', async () => {
    await create();
    fakes.executions.running.set('welcome', new Set(['impossible']));

    expect(await archiveJourney('welcome', fakes.services)).toMatchObject({ stoppedExecutions: 0 });
  });

  it('refuses a change when the record moved on between the read and the write', async () => {
    await create();
    await publish();
    const setStatus = fakes.journeys.setStatus.bind(fakes.journeys);
    jest.spyOn(fakes.journeys, 'setStatus').mockImplementationOnce(async (expected, status, at) => {
      await fakes.journeys.setStatus(expected, 'paused', at);
      return setStatus(expected, status, at);
    });

    expect((await archiveJourney('welcome', fakes.services)).refused).toBe('conflict');
  });
});

describe('journeyReferencesFrom', () => {
  const templates = { get: async (id: string) => (id === 'welcome' ? { latestVersion: 4 } : undefined) };
  const statuses = new Map([
    ['old', 'archived'],
    ['diabetics', 'draft'],
  ]);
  const segments = { get: async (id: string) => (statuses.has(id) ? { status: statuses.get(id) } : undefined) };
  const references = journeyReferencesFrom(
    templates as unknown as Parameters<typeof journeyReferencesFrom>[0],
    segments as unknown as Parameters<typeof journeyReferencesFrom>[1],
    localFhirPath,
  );

  it("answers a template's latest version, and nothing for a template that does not exist", async () => {
    expect(await references.latestTemplateVersion('welcome')).toBe(4);
    expect(await references.latestTemplateVersion('nope')).toBeUndefined();
  });

  it('counts a segment that exists unless it is archived', async () => {
    expect(await references.segmentExists('diabetics')).toBe(true);
    expect(await references.segmentExists('old')).toBe(false);
    expect(await references.segmentExists('nope')).toBe(false);
  });
});

describe('scheduled enrolment', () => {
  const scheduled = welcomeJourney({
    entry: {
      scheduledEnrolment: { segmentId: 'diabetics', schedule: 'cron(0 9 ? * MON *)', timeZone: 'America/New_York' },
    },
  });
  const spec = { expression: 'cron(0 9 ? * MON *)', timeZone: 'America/New_York', segmentId: 'diabetics' };

  it('publishing puts the schedule, pausing disables it, resuming enables it, archiving removes it', async () => {
    await createJourney(scheduled, 'marketer-1', fakes.services);
    expect(fakes.schedules.schedules.size).toBe(0);

    await publish();
    expect(fakes.schedules.schedules.get('welcome')).toEqual({ spec, enabled: true });
    await pauseJourney('welcome', fakes.services);
    expect(fakes.schedules.schedules.get('welcome')).toEqual({ spec, enabled: false });
    await resumeJourney('welcome', fakes.services);
    expect(fakes.schedules.schedules.get('welcome')).toEqual({ spec, enabled: true });
    await archiveJourney('welcome', fakes.services);
    expect(fakes.schedules.schedules.has('welcome')).toBe(false);
  });

  it('reads the schedule in UTC when the definition names no zone', () => {
    const utc = welcomeJourney({ entry: { scheduledEnrolment: { segmentId: 'diabetics', schedule: 'rate(7 days)' } } });
    expect(scheduleOf(utc)).toEqual({ expression: 'rate(7 days)', timeZone: 'UTC', segmentId: 'diabetics' });
    expect(scheduleOf(welcomeJourney())).toBeUndefined();
  });

  it('publishing a version that no longer has a scheduled entry removes the schedule', async () => {
    await createJourney(scheduled, 'marketer-1', fakes.services);
    await publish();
    await updateJourney('welcome', welcomeJourney(), await revisionOf(), 'marketer-1', fakes.services);
    await publish(2);
    expect(fakes.schedules.schedules.has('welcome')).toBe(false);
  });
});
