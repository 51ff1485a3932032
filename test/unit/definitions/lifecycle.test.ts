import { type DefinitionKind, mayManage } from '../../../lambdas/domain/definitions/kinds';
import {
  canMove,
  decideNewVersion,
  decideTransition,
  firstRecord,
} from '../../../lambdas/domain/definitions/lifecycle';
import type { DefinitionRecord } from '../../../lambdas/domain/definitions/records';

const AT = '2026-03-10T00:00:00.000Z';

const recordOf = (kind: DefinitionKind, overrides: Partial<DefinitionRecord> = {}): DefinitionRecord => ({
  ...firstRecord(kind, { id: 'x', name: 'X', at: '2026-03-01T00:00:00.000Z' }),
  ...overrides,
});

describe('firstRecord', () => {
  it('creates segments and journeys as drafts with no active version', () => {
    for (const kind of ['segment', 'journey'] as const) {
      expect(recordOf(kind)).toMatchObject({ status: 'draft', latestVersion: 1, revision: 1 });
      expect(recordOf(kind).activeVersion).toBeUndefined();
    }
  });

  it('creates a template active at its version 1: it has no activation step', () => {
    expect(recordOf('template')).toMatchObject({ status: 'active', activeVersion: 1, latestVersion: 1 });
  });
});

describe('canMove', () => {
  it.each([
    ['journey', 'draft', 'active', true],
    ['journey', 'active', 'paused', true],
    ['journey', 'paused', 'active', true],
    ['journey', 'draft', 'paused', false],
    ['journey', 'paused', 'paused', false],
    ['segment', 'active', 'paused', false],
    ['template', 'active', 'draft', false],
    ['template', 'active', 'archived', true],
    ['segment', 'archived', 'active', false],
  ] as const)('%s: %s → %s is %s', (kind, from, to, allowed) => {
    expect(canMove(kind, from, to)).toBe(allowed);
  });
});

describe('decideTransition', () => {
  it('activates the latest version when none is named, one revision on', () => {
    const draft = recordOf('journey', { latestVersion: 3 });

    expect(decideTransition(draft, { to: 'active', expectedRevision: 1, at: AT })).toEqual({
      outcome: 'accepted',
      record: { ...draft, status: 'active', activeVersion: 3, updatedAt: AT, revision: 2 },
    });
  });

  it('refuses a stale revision before anything else', () => {
    expect(decideTransition(recordOf('journey'), { to: 'active', expectedRevision: 7, at: AT })).toEqual({
      outcome: 'refused',
      reason: 'stale-revision',
    });
  });

  it('refuses a version that does not exist', () => {
    const draft = recordOf('segment', { latestVersion: 2 });

    for (const version of [0, 3, 1.5]) {
      expect(decideTransition(draft, { to: 'active', version, expectedRevision: 1, at: AT })).toEqual({
        outcome: 'refused',
        reason: 'no-such-version',
      });
    }
  });

  it('makes another version active, but refuses the version already active', () => {
    const active = recordOf('segment', { status: 'active', activeVersion: 1, latestVersion: 2 });

    expect(decideTransition(active, { to: 'active', version: 2, expectedRevision: 1, at: AT })).toMatchObject({
      outcome: 'accepted',
      record: { activeVersion: 2 },
    });
    expect(decideTransition(active, { to: 'active', version: 1, expectedRevision: 1, at: AT })).toEqual({
      outcome: 'refused',
      reason: 'not-allowed',
    });
  });

  it('refuses a status the kind does not have', () => {
    const active = recordOf('segment', { status: 'active', activeVersion: 1 });

    expect(decideTransition(active, { to: 'paused', expectedRevision: 1, at: AT })).toEqual({
      outcome: 'refused',
      reason: 'not-allowed',
    });
  });

  it('records when a definition was archived, keeping its active version', () => {
    const active = recordOf('journey', { status: 'active', activeVersion: 1 });

    expect(decideTransition(active, { to: 'archived', expectedRevision: 1, at: AT })).toMatchObject({
      outcome: 'accepted',
      record: { status: 'archived', archivedAt: AT, activeVersion: 1, revision: 2 },
    });
  });

  it('moves an archived definition nowhere', () => {
    const archived = recordOf('journey', { status: 'archived', archivedAt: AT });

    expect(decideTransition(archived, { to: 'active', expectedRevision: 1, at: AT })).toEqual({
      outcome: 'refused',
      reason: 'archived',
    });
  });

  it("merges the request's attributes into the record's", () => {
    const draft = recordOf('journey', { attributes: { aliasArn: 'old', stateMachineArn: 'sm' } });

    const decision = decideTransition(draft, {
      to: 'active',
      expectedRevision: 1,
      at: AT,
      attributes: { aliasArn: 'new' },
    });

    expect(decision).toMatchObject({ record: { attributes: { aliasArn: 'new', stateMachineArn: 'sm' } } });
  });
});

describe('decideNewVersion', () => {
  it('adds the next version and keeps the status and the active version', () => {
    const active = recordOf('segment', { status: 'active', activeVersion: 1 });

    expect(decideNewVersion(active, { name: 'Y', expectedRevision: 1, at: AT })).toEqual({
      outcome: 'accepted',
      record: { ...active, name: 'Y', latestVersion: 2, updatedAt: AT, revision: 2 },
    });
  });

  it("makes a template's new version its active one", () => {
    expect(decideNewVersion(recordOf('template'), { name: 'Y', expectedRevision: 1, at: AT })).toMatchObject({
      record: { latestVersion: 2, activeVersion: 2 },
    });
  });

  it('refuses a stale revision, or a version number that is not the next one', () => {
    const draft = recordOf('journey');

    expect(decideNewVersion(draft, { name: 'Y', expectedRevision: 2, at: AT })).toMatchObject({
      reason: 'stale-revision',
    });
    expect(decideNewVersion(draft, { name: 'Y', version: 3, expectedRevision: 1, at: AT })).toMatchObject({
      reason: 'stale-revision',
    });
  });

  it('refuses a new version of an archived definition', () => {
    const archived = recordOf('segment', { status: 'archived' });

    expect(decideNewVersion(archived, { name: 'Y', expectedRevision: 1, at: AT })).toEqual({
      outcome: 'refused',
      reason: 'archived',
    });
  });
});

describe('mayManage', () => {
  it('lets the roles holding a kind’s permission manage it, and no others', () => {
    expect(mayManage(['marketing-professional'], 'journey')).toBe(true);
    expect(mayManage(['event-planner'], 'segment')).toBe(false);
    expect(mayManage(['event-planner', 'marketing-professional'], 'template')).toBe(true);
  });
});
