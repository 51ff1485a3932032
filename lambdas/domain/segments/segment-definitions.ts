import { DefinitionView } from '../definitions/definition-view';
import { createDefinition, doneOrConflict, moveDefinition, reviseDefinition } from '../definitions/definitions';
import type { DefinitionRecord, DefinitionVersion } from '../definitions/records';
import type { Page } from '../paging';
import type { SegmentDefinition } from './definition-schema';
import type { ActiveSegment, SegmentKind, SegmentRecord, SegmentStatus, SegmentStore, SegmentVersion } from './ports';

/** A static segment's version has no definition: its members are uploaded. */
export type StoredSegmentDefinition = SegmentDefinition | undefined;

/**
 * Segments as the segment module sees them, kept by the shared definition store and moved by the shared
 * lifecycle (domain/definitions): a record's kind and description are its attributes, a version's name,
 * description and kind are the version's.
 */
export class SegmentDefinitions
  extends DefinitionView<StoredSegmentDefinition, SegmentRecord, SegmentVersion>
  implements SegmentStore
{
  protected recordOf = segmentRecordOf;
  protected versionOf = segmentVersionOf;

  list(status: SegmentStatus | undefined, limit: number, cursor?: string): Promise<Page<SegmentRecord>> {
    return this.page(status, limit, cursor);
  }

  async create(version: SegmentVersion): Promise<'created' | 'exists'> {
    const created = await createDefinition(this.definitions, {
      id: version.segmentId,
      name: version.name,
      attributes: { kind: version.kind, description: version.description },
      ...contentOf(version),
    });
    return created.outcome === 'done' ? 'created' : 'exists';
  }

  async addVersion(version: SegmentVersion, expected: SegmentRecord): Promise<'added' | 'conflict'> {
    const revised = await reviseDefinition(this.definitions, version.segmentId, {
      name: version.name,
      version: version.version,
      expectedRevision: expected.revision,
      attributes: { description: version.description },
      ...contentOf(version),
    });
    return doneOrConflict(revised, 'added');
  }

  async setStatus(
    expected: SegmentRecord,
    status: SegmentStatus,
    activeVersion: number | undefined,
    at: string,
  ): Promise<'updated' | 'conflict'> {
    const moved = await moveDefinition(this.definitions, expected.segmentId, {
      to: status,
      ...(activeVersion !== undefined ? { version: activeVersion } : {}),
      expectedRevision: expected.revision,
      at,
    });
    return doneOrConflict(moved, 'updated');
  }

  async activeSegments(): Promise<ActiveSegment[]> {
    return (await this.definitions.listActive()).map(({ record, definition }) => ({
      segmentId: record.id,
      version: record.activeVersion as number,
      kind: kindOf(record.attributes.kind),
      ...(definition ? { definition } : {}),
    }));
  }
}

const kindOf = (value: unknown): SegmentKind => (value === 'static' ? 'static' : 'dynamic');

function contentOf(version: SegmentVersion) {
  return {
    definition: version.definition,
    versionAttributes: { kind: version.kind, name: version.name, description: version.description },
    at: version.createdAt,
    by: version.createdBy,
  };
}

function segmentRecordOf(record: DefinitionRecord): SegmentRecord {
  return {
    segmentId: record.id,
    kind: kindOf(record.attributes.kind),
    name: record.name,
    description: String(record.attributes.description ?? ''),
    status: record.status as SegmentStatus,
    latestVersion: record.latestVersion,
    ...(record.activeVersion !== undefined ? { activeVersion: record.activeVersion } : {}),
    updatedAt: record.updatedAt,
    revision: record.revision,
  };
}

function segmentVersionOf(version: DefinitionVersion<StoredSegmentDefinition>): SegmentVersion {
  return {
    segmentId: version.id,
    version: version.version,
    kind: kindOf(version.attributes.kind),
    name: String(version.attributes.name),
    description: String(version.attributes.description ?? ''),
    ...(version.definition ? { definition: version.definition } : {}),
    createdAt: version.createdAt,
    createdBy: version.createdBy,
  };
}
