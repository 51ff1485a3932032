import {
  decideNewVersion,
  decideTransition,
  firstRecord,
  type LifecycleRefusal,
  type NewVersionRequest,
  type TransitionRequest,
} from './lifecycle';
import type {
  DefinitionAttributes,
  DefinitionRecord,
  DefinitionStore,
  DefinitionVersion,
  VersionAttachment,
} from './records';

/** The outcomes of a lifecycle operation, the same for every kind. */
export type LifecycleResult =
  | { readonly outcome: 'done'; readonly record: DefinitionRecord }
  | { readonly outcome: 'not-found' | 'exists' | LifecycleRefusal };

/**
 * A lifecycle result as a kind's port answers it: `done`, or `conflict` for every refusal, since the kind's
 * service checks the status first and says why.
 */
export const doneOrConflict = <Done extends string>(result: LifecycleResult, done: Done): Done | 'conflict' =>
  result.outcome === 'done' ? done : 'conflict';

/** Who wrote a version, and when. */
export interface Authorship {
  readonly at: string;
  readonly by: string;
}

/** The content of a version whose definition document carries its name (a template's, a journey's). */
export const namedContentOf = <D extends { readonly name: string }>(version: {
  readonly definition: D;
  readonly createdAt: string;
  readonly createdBy: string;
}) => ({ name: version.definition.name, definition: version.definition, at: version.createdAt, by: version.createdBy });

interface VersionContent<D> {
  readonly definition: D;
  /** Kept on the version (a segment version's name and description). */
  readonly versionAttributes?: DefinitionAttributes;
}

/** Creates a definition with its version 1, in its kind's first status. */
export async function createDefinition<D>(
  store: DefinitionStore<D>,
  input: VersionContent<D> &
    Authorship & { readonly id: string; readonly name: string; readonly attributes?: DefinitionAttributes },
): Promise<LifecycleResult> {
  const record = firstRecord(store.kind, input);
  const version = versionOf(store, record.id, 1, input);
  return (await store.create(record, version)) === 'created' ? { outcome: 'done', record } : { outcome: 'exists' };
}

/** Adds the next immutable version under the revision the caller read. */
export async function reviseDefinition<D>(
  store: DefinitionStore<D>,
  id: string,
  input: VersionContent<D> & Authorship & Omit<NewVersionRequest, 'at'>,
): Promise<LifecycleResult> {
  const current = await store.get(id);
  if (!current) return { outcome: 'not-found' };
  const decision = decideNewVersion(current, input);
  if (decision.outcome === 'refused') return { outcome: decision.reason };
  const version = versionOf(store, id, decision.record.latestVersion, input);
  const written = await store.addVersion(decision.record, version, current.revision);
  return written === 'added' ? { outcome: 'done', record: decision.record } : { outcome: 'stale-revision' };
}

/**
 * Moves a definition to another status (activate a version, pause, resume, archive). `attach` adds what
 * the activated version was published as, in the same write.
 */
export async function moveDefinition<D>(
  store: DefinitionStore<D>,
  id: string,
  request: TransitionRequest & { readonly attach?: DefinitionAttributes },
): Promise<LifecycleResult> {
  const current = await store.get(id);
  if (!current) return { outcome: 'not-found' };
  const decision = decideTransition(current, request);
  if (decision.outcome === 'refused') return { outcome: decision.reason };
  const { activeVersion } = decision.record;
  const attachment: VersionAttachment | undefined =
    request.attach && activeVersion !== undefined ? { version: activeVersion, attributes: request.attach } : undefined;
  const written = await store.saveRecord(decision.record, current.revision, attachment);
  return written === 'saved' ? { outcome: 'done', record: decision.record } : { outcome: 'stale-revision' };
}

function versionOf<D>(
  store: DefinitionStore<D>,
  id: string,
  version: number,
  input: VersionContent<D> & Authorship,
): DefinitionVersion<D> {
  return {
    kind: store.kind,
    id,
    version,
    definition: input.definition,
    createdAt: input.at,
    createdBy: input.by,
    attributes: input.versionAttributes ?? {},
  };
}
