import type { Page } from '../../lambdas/domain/paging';
import { decodeCursor, encodeCursor } from '../../lambdas/domain/paging';
import type { PreferenceStore } from '../../lambdas/domain/patients/ports';
import {
  isLaterChange,
  type PreferenceChange,
  type PreferenceRecord,
  type RecordOutcome,
} from '../../lambdas/domain/patients/preferences';

/** The preference store as a list of changes, with the outcomes of the DynamoDB adapter. */
export class InMemoryPreferenceStore implements PreferenceStore {
  readonly changes: PreferenceChange[] = [];

  async current(patientId: string): Promise<PreferenceRecord[]> {
    const current = new Map<string, PreferenceChange>();
    for (const change of this.changes.filter((c) => c.patientId === patientId)) {
      const key = `${change.channel}#${change.topic}`;
      if (isLaterChange(change, current.get(key))) current.set(key, change);
    }
    return [...current.values()];
  }

  async history(patientId: string, limit: number, cursor?: string): Promise<Page<PreferenceChange>> {
    const list = { pk: `history#${patientId}` };
    const offset = Number(decodeCursor(cursor, list)?.offset ?? 0);
    const all = this.changes.filter((c) => c.patientId === patientId).sort((a, b) => b.at.localeCompare(a.at));
    const next = offset + limit < all.length ? encodeCursor({ ...list, offset: offset + limit }) : undefined;
    return { items: all.slice(offset, offset + limit), ...(next ? { cursor: next } : {}) };
  }

  async record(change: PreferenceChange): Promise<RecordOutcome> {
    if (this.changes.some((c) => c.changeId === change.changeId)) return 'duplicate';
    const current = (await this.current(change.patientId)).find(
      (c) => c.channel === change.channel && c.topic === change.topic,
    );
    this.changes.push(change);
    return isLaterChange(change, current) ? 'applied' : 'superseded';
  }
}
