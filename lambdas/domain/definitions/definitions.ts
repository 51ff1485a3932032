import {
  decideNewVersion,
  decideTransition,
  firstRecord,
  type LifecycleRefusal,
  type TransitionRequest,
} from './lifecycle';
import type { DefinitionRecord, DefinitionStore, DefinitionVersion } from './records';

/** The outcomes of a lifecycle operation, the same for every kind. */
export type LifecycleResult =
  | { readonly outcome: 'done'; readonly record: DefinitionRecord }
  | { readonly outcome: 'not-found' | 'exists' | LifecycleRefusal };

/** Creates a definition with its version 1, as a draft. */
export async function createDefinition<D>(
  store: DefinitionStore<D>,
  input: {
    readonly id: string;
    readonly name: string;
    readonly definition: D;
    readonly at: string;
    readonly by: string;
  },
): Promise<LifecycleResult> {
  const record = firstRecord(store.kind, input.id, input.name, input.at);
  const version: DefinitionVersion<D> = {
    kind: store.kind,
    id: input.id,
    version: 1,
    definition: input.definition,
    createdAt: input.at,
    createdBy: input.by,
  };
  return (await store.create(record, version)) === 'created' ? { outcome: 'done', record } : { outcome: 'exists' };
}

/** Adds the next immutable version under the revision the caller read. */
export async function reviseDefinition<D>(
  store: DefinitionStore<D>,
  input: {
    readonly id: string;
    readonly name: string;
    readonly definition: D;
    readonly expectedRevision: number;
    readonly at: string;
    readonly by: string;
  },
): Promise<LifecycleResult> {
  const current = await store.get(input.id);
  if (!current) return { outcome: 'not-found' };
  const decision = decideNewVersion(current, input);
  if (decision.outcome === 'refused') return { outcome: decision.reason };
  const version: DefinitionVersion<D> = {
    kind: store.kind,
    id: input.id,
    version: decision.record.latestVersion,
    definition: input.definition,
    createdAt: input.at,
    createdBy: input.by,
  };
  const written = await store.addVersion(decision.record, version, current.revision);
  return written === 'added' ? { outcome: 'done', record: decision.record } : { outcome: 'stale-revision' };
}

/** Moves a definition to another status (activate a version, pause, resume, archive). */
export async function moveDefinition<D>(
  store: DefinitionStore<D>,
  id: string,
  request: TransitionRequest,
): Promise<LifecycleResult> {
  const current = await store.get(id);
  if (!current) return { outcome: 'not-found' };
  const decision = decideTransition(current, request);
  if (decision.outcome === 'refused') return { outcome: decision.reason };
  const written = await store.saveRecord(decision.record, current.revision);
  return written === 'saved' ? { outcome: 'done', record: decision.record } : { outcome: 'stale-revision' };
}
