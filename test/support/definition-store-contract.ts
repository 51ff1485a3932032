import { createDefinition, moveDefinition, reviseDefinition } from '../../lambdas/domain/definitions/definitions';
import { DEFINITION_KINDS, type DefinitionKind } from '../../lambdas/domain/definitions/kinds';
import type {
  DefinitionAttributes,
  DefinitionRecord,
  DefinitionStore,
  DefinitionVersion,
} from '../../lambdas/domain/definitions/records';
import { InvalidCursorError } from '../../lambdas/domain/paging';
import { welcomeJourney } from './in-memory-journeys';

/** Builds the store under test for a kind; called once per kind, before that kind's tests. */
export type DefinitionStoreFactory = (kind: DefinitionKind) => DefinitionStore<unknown>;

/** What each kind's definitions and attributes look like, so the suite stores what the kind really stores. */
interface KindSample {
  readonly definition: (id: string, n: number) => unknown;
  readonly recordAttributes: DefinitionAttributes;
  readonly versionAttributes: (n: number) => DefinitionAttributes;
  /** What a version is published as, attached when it is made active. */
  readonly attachment: DefinitionAttributes;
  /** The kind has versions without a definition document (a static segment's). */
  readonly versionsWithoutDefinition: boolean;
}

const SAMPLES: Readonly<Record<DefinitionKind, KindSample>> = {
  segment: {
    definition: (id, n) => ({
      schemaVersion: 1,
      id,
      name: `Segment ${n}`,
      description: 'adults of 50 to 74',
      criteria: { age: { min: 50, max: 74 } },
    }),
    recordAttributes: { kind: 'dynamic', description: 'adults of 50 to 74' },
    versionAttributes: (n) => ({ kind: 'dynamic', name: `Segment ${n}`, description: 'adults of 50 to 74' }),
    attachment: { description: 'attached on activation' },
    versionsWithoutDefinition: true,
  },
  template: {
    definition: (_id, n) => ({
      schemaVersion: 1,
      name: `Template ${n}`,
      topic: 'appointment-reminders',
      defaultLanguage: 'en',
      content: { en: { sms: { text: 'Hi {{ patient.givenName }}' } }, 'es-MX': { sms: { text: 'Hola' } } },
    }),
    recordAttributes: {},
    versionAttributes: () => ({}),
    attachment: {},
    versionsWithoutDefinition: false,
  },
  journey: {
    definition: (id, n) => welcomeJourney({ id, name: `Journey ${n}` }),
    recordAttributes: { stateMachineArn: 'arn:aws:states:eu-west-1:123456789012:stateMachine:dev-journey' },
    versionAttributes: () => ({}),
    attachment: {
      compiled: {
        stateMachineVersionArn: 'arn:aws:states:eu-west-1:123456789012:stateMachine:dev-journey:1',
        templateVersions: { reminder: 1, welcome: 3 },
      },
    },
    versionsWithoutDefinition: false,
  },
};

const KINDS = Object.keys(DEFINITION_KINDS) as DefinitionKind[];
const at = (day: number) => `2026-03-${String(day).padStart(2, '0')}T00:00:00.000Z`;

/**
 * The contract every definition store keeps, for every kind of definition: the in-memory fake runs it from
 * test/unit/definitions/in-memory-definition-store.test.ts and `DynamoDefinitionStore` against DynamoDB Local
 * from test/integration/definition-store.test.ts, so the two cannot drift. Ids are unique per test, so one
 * store (one table) serves a whole kind.
 */
export function definitionStoreContract(storeFor: () => DefinitionStoreFactory | Promise<DefinitionStoreFactory>) {
  describe.each(KINDS)('the %s definition store', (kind) => {
    const sample = SAMPLES[kind];
    let factory: DefinitionStoreFactory;
    let store: DefinitionStore<unknown>;

    beforeAll(async () => {
      factory = await storeFor();
      store = factory(kind);
    });

    const record = (id: string, overrides: Partial<DefinitionRecord> = {}): DefinitionRecord => ({
      kind,
      id,
      name: 'Version 1',
      status: 'draft',
      latestVersion: 1,
      updatedAt: at(1),
      revision: 1,
      attributes: sample.recordAttributes,
      ...overrides,
    });
    const version = (id: string, n: number): DefinitionVersion<unknown> => ({
      kind,
      id,
      version: n,
      definition: sample.definition(id, n),
      createdAt: at(n),
      createdBy: 'tester',
      attributes: sample.versionAttributes(n),
    });
    const next = (current: DefinitionRecord, overrides: Partial<DefinitionRecord>): DefinitionRecord => ({
      ...current,
      revision: current.revision + 1,
      ...overrides,
    });
    const created = async (id: string, overrides: Partial<DefinitionRecord> = {}) => {
      const first = record(id, overrides);
      await store.create(first, version(id, 1));
      return first;
    };

    describe('create', () => {
      it('creates a definition once: the second create of the id finds it exists', async () => {
        expect(await store.create(record('once'), version('once', 1))).toBe('created');
        expect(await store.create(record('once', { name: 'Other' }), version('once', 1))).toBe('exists');

        expect(await store.get('once')).toEqual(record('once'));
        expect(await store.getVersion('once', 1)).toEqual(version('once', 1));
      });

      it('keeps whatever attributes the kind gives, on the record and on the version', async () => {
        const attributes = { note: 'free text', counts: { sent: 2 } };

        await store.create(record('free', { attributes }), { ...version('free', 1), attributes });

        expect((await store.get('free'))?.attributes).toEqual(attributes);
        expect((await store.getVersion('free', 1))?.attributes).toEqual(attributes);
      });

      it('answers undefined for a definition or a version that does not exist', async () => {
        await created('only-one');

        expect(await store.get('ghost')).toBeUndefined();
        expect(await store.getVersion('only-one', 2)).toBeUndefined();
        expect(await store.listVersions('ghost')).toEqual([]);
      });

      it('keeps each kind apart: the same id may name a definition of every kind', async () => {
        const other = factory(KINDS.find((k) => k !== kind) as DefinitionKind);
        await other.create(
          { ...record('shared-id'), kind: other.kind },
          { ...version('shared-id', 1), kind: other.kind },
        );

        expect(await store.create(record('shared-id'), version('shared-id', 1))).toBe('created');

        expect((await store.get('shared-id'))?.kind).toBe(kind);
        expect((await other.get('shared-id'))?.kind).toBe(other.kind);
      });
    });

    describe('addVersion', () => {
      it('adds versions at the expected revision and refuses a stale one', async () => {
        const first = await created('versioned');
        const second = next(first, { name: 'Version 2', latestVersion: 2, updatedAt: at(2) });

        expect(await store.addVersion(second, version('versioned', 2), 1)).toBe('added');
        expect(await store.addVersion(next(first, { latestVersion: 3 }), version('versioned', 3), 1)).toBe('conflict');

        expect(await store.get('versioned')).toEqual(second);
        expect((await store.listVersions('versioned')).map((v) => v.version)).toEqual([2, 1]);
        expect(await store.listVersions('versioned')).toEqual([version('versioned', 2), version('versioned', 1)]);
        expect(await store.getVersion('versioned', 3)).toBeUndefined();
      });

      it('never replaces a version: the same number again is refused, even at the current revision', async () => {
        const first = await created('immutable');
        const replacement = { ...version('immutable', 1), createdBy: 'someone-else' };

        expect(await store.addVersion(next(first, { name: 'Replaced' }), replacement, 1)).toBe('conflict');

        expect(await store.getVersion('immutable', 1)).toEqual(version('immutable', 1));
        expect(await store.get('immutable')).toEqual(first);
      });

      it('refuses a version for a definition that does not exist', async () => {
        expect(await store.addVersion(record('ghost', { latestVersion: 2 }), version('ghost', 2), 1)).toBe('conflict');
        expect(await store.listVersions('ghost')).toEqual([]);
        expect(await store.get('ghost')).toBeUndefined();
      });

      if (sample.versionsWithoutDefinition) {
        it('stores a version without a definition document and reads it back without one', async () => {
          const bare = { ...version('bare', 1), definition: undefined };

          expect(await store.create(record('bare'), bare)).toBe('created');

          expect((await store.getVersion('bare', 1))?.definition).toBeUndefined();
          expect(await store.getVersion('bare', 1)).toEqual(bare);
        });
      }
    });

    describe('saveRecord', () => {
      it('replaces the record under the revision guard and refuses a stale revision', async () => {
        const first = await created('moved');
        const archived = next(first, { status: 'archived', archivedAt: at(10), updatedAt: at(10) });

        expect(await store.saveRecord(archived, 1)).toBe('saved');
        expect(await store.saveRecord(next(first, { status: 'active', activeVersion: 1 }), 1)).toBe('conflict');

        expect(await store.get('moved')).toEqual(archived);
      });

      it("keeps the kind's attributes through every status change", async () => {
        const first = await created('attributed');
        const active = next(first, { status: 'active', activeVersion: 1, updatedAt: at(3) });
        await store.saveRecord(active, 1);
        await store.saveRecord(next(active, { status: 'archived', archivedAt: at(4), updatedAt: at(4) }), 2);

        expect((await store.get('attributed'))?.attributes).toEqual(sample.recordAttributes);
      });

      it('attaches what a version was published as to that version, leaving its definition as it was', async () => {
        const first = await created('attached');
        const active = next(first, { status: 'active', activeVersion: 1, updatedAt: at(5) });

        expect(await store.saveRecord(active, 1, { version: 1, attributes: sample.attachment })).toBe('saved');

        expect(await store.get('attached')).toEqual(active);
        const attached = await store.getVersion('attached', 1);
        expect(attached?.definition).toEqual(version('attached', 1).definition);
        expect(attached?.attributes).toEqual({ ...sample.versionAttributes(1), ...sample.attachment });
      });

      it('refuses an attachment to a version that does not exist, leaving the record as it was', async () => {
        const first = await created('no-version');
        const active = next(first, { status: 'active', activeVersion: 5 });

        expect(await store.saveRecord(active, 1, { version: 5, attributes: { note: 'x' } })).toBe('conflict');

        expect(await store.get('no-version')).toEqual(first);
      });
    });

    describe('list', () => {
      it('lists by status, a page at a time', async () => {
        for (const id of ['list-a', 'list-b', 'list-c']) await created(id);
        await store.saveRecord(next(record('list-b'), { status: 'active', activeVersion: 1 }), 1);

        const active = await store.list({ status: 'active', limit: 100 });
        const first = await store.list({ status: 'draft', limit: 1 });
        const second = await store.list({ status: 'draft', limit: 100, cursor: first.cursor });

        expect(active.items.map((r) => r.id)).toContain('list-b');
        expect(active.items.every((r) => r.status === 'active')).toBe(true);
        expect(first.items).toHaveLength(1);
        expect(first.cursor).toBeDefined();
        const drafts = [...first.items, ...second.items].map((r) => r.id);
        expect(drafts).toEqual(expect.arrayContaining(['list-a', 'list-c']));
        expect(drafts).not.toContain('list-b');
      });

      it('lists every status when none is asked for, by status then id, page by page', async () => {
        for (const id of ['every-b', 'every-a']) await created(id);
        await created('every-c', { status: 'active', activeVersion: 1 });
        const ids: string[] = [];
        let cursor: string | undefined;
        do {
          const page = await store.list({ limit: 2, ...(cursor ? { cursor } : {}) });
          ids.push(...page.items.map((r) => r.id));
          cursor = page.cursor;
        } while (cursor);

        expect(ids.filter((id) => id.startsWith('every-'))).toEqual(['every-c', 'every-a', 'every-b']);
      });

      it("refuses a cursor from another kind's list, or one that is not a cursor, with InvalidCursorError", async () => {
        const other = factory(KINDS.find((k) => k !== kind) as DefinitionKind);
        await other.create(
          { ...record('foreign-1'), kind: other.kind },
          { ...version('foreign-1', 1), kind: other.kind },
        );
        await other.create(
          { ...record('foreign-2'), kind: other.kind },
          { ...version('foreign-2', 1), kind: other.kind },
        );
        const { cursor } = await other.list({ limit: 1 });

        await expect(store.list({ limit: 10, cursor })).rejects.toBeInstanceOf(InvalidCursorError);
        await expect(store.list({ limit: 10, cursor: 'not-a-cursor' })).rejects.toBeInstanceOf(InvalidCursorError);
      });
    });

    describe('listActive', () => {
      it('answers every active definition with the document of its active version, not its latest', async () => {
        const first = await created('live');
        const active = next(first, { status: 'active', activeVersion: 1 });
        await store.saveRecord(active, 1);
        await store.addVersion(next(active, { latestVersion: 2 }), version('live', 2), 2);
        await created('still-draft');

        const live = (await store.listActive()).filter((a) => ['live', 'still-draft'].includes(a.record.id));

        expect(live).toEqual([
          { record: next(active, { latestVersion: 2 }), definition: version('live', 1).definition },
        ]);
      });

      it('follows a change of active version and drops an archived definition', async () => {
        const first = await created('switched');
        await store.addVersion(next(first, { latestVersion: 2 }), version('switched', 2), 1);
        const onTwo = next(record('switched'), { latestVersion: 2, revision: 3, status: 'active', activeVersion: 2 });
        await store.saveRecord(onTwo, 2);
        const archivedFirst = await created('gone', { status: 'active', activeVersion: 1 });
        await store.saveRecord(next(archivedFirst, { status: 'archived', archivedAt: at(6) }), 1);

        const active = await store.listActive();

        expect(active.find((a) => a.record.id === 'switched')?.definition).toEqual(version('switched', 2).definition);
        expect(active.map((a) => a.record.id)).not.toContain('gone');
      });
    });

    describe('through the lifecycle', () => {
      it("creates a definition in its kind's first status, at version 1", async () => {
        const result = await createDefinition(store, {
          id: 'lifecycle-new',
          name: 'New',
          definition: sample.definition('lifecycle-new', 1),
          at: at(1),
          by: 'tester',
        });

        expect(result).toMatchObject({ outcome: 'done' });
        expect(await store.get('lifecycle-new')).toMatchObject({
          status: DEFINITION_KINDS[kind].createdAs,
          latestVersion: 1,
          revision: 1,
        });
      });

      it('lets one of two editors at the same revision win; the other is told its revision is stale', async () => {
        await createDefinition(store, {
          id: 'race',
          name: 'v1',
          definition: sample.definition('race', 1),
          at: at(1),
          by: 'a',
        });
        const edit = (by: string) =>
          reviseDefinition(store, 'race', {
            name: `by ${by}`,
            expectedRevision: 1,
            definition: sample.definition('race', 2),
            at: at(2),
            by,
          });

        const outcomes = [await edit('first'), await edit('second')].map((r) => r.outcome);

        expect(outcomes).toEqual(['done', 'stale-revision']);
        expect(await store.get('race')).toMatchObject({ name: 'by first', latestVersion: 2, revision: 2 });
      });

      it('archives for good: no move and no version after it', async () => {
        await createDefinition(store, {
          id: 'final',
          name: 'v1',
          definition: sample.definition('final', 1),
          at: at(1),
          by: 'a',
        });

        const archived = await moveDefinition(store, 'final', { to: 'archived', expectedRevision: 1, at: at(2) });
        const reactivated = await moveDefinition(store, 'final', { to: 'active', expectedRevision: 2, at: at(3) });
        const revised = await reviseDefinition(store, 'final', {
          name: 'v2',
          expectedRevision: 2,
          definition: sample.definition('final', 2),
          at: at(3),
          by: 'a',
        });

        expect([archived.outcome, reactivated.outcome, revised.outcome]).toEqual(['done', 'archived', 'archived']);
        expect(await store.get('final')).toMatchObject({ status: 'archived', archivedAt: at(2), revision: 2 });
        expect(await store.listVersions('final')).toHaveLength(1);
      });
    });
  });
}
