import { DefinitionView } from '../definitions/definition-view';
import {
  createDefinition,
  doneOrConflict,
  moveDefinition,
  namedContentOf,
  reviseDefinition,
} from '../definitions/definitions';
import type { DefinitionRecord, DefinitionVersion } from '../definitions/records';
import type { Page } from '../paging';
import type { JourneyDefinition } from './definition-schema';
import type {
  CompiledJourneyVersion,
  JourneyPublication,
  JourneyRecord,
  JourneyStatus,
  JourneyStore,
  JourneyVersion,
} from './ports';

/**
 * Journeys as the journey module sees them, kept by the shared definition store and moved by the shared
 * lifecycle (domain/definitions): the published version is the active one, the state machine and alias are
 * the record's attributes, and what a version was compiled as is attached to it when it is published.
 */
export class JourneyDefinitions
  extends DefinitionView<JourneyDefinition, JourneyRecord, JourneyVersion>
  implements JourneyStore
{
  protected recordOf = journeyRecordOf;
  protected versionOf = journeyVersionOf;

  list(status: JourneyStatus | undefined, limit: number, cursor?: string): Promise<Page<JourneyRecord>> {
    return this.page(status, limit, cursor);
  }

  async create(version: JourneyVersion): Promise<'created' | 'exists'> {
    const created = await createDefinition(this.definitions, { id: version.journeyId, ...namedContentOf(version) });
    return created.outcome === 'done' ? 'created' : 'exists';
  }

  async addVersion(version: JourneyVersion, expectedRevision: number): Promise<'added' | 'conflict'> {
    const revised = await reviseDefinition(this.definitions, version.journeyId, {
      version: version.version,
      expectedRevision,
      ...namedContentOf(version),
    });
    return doneOrConflict(revised, 'added');
  }

  async recordPublication(expected: JourneyRecord, publication: JourneyPublication): Promise<'published' | 'conflict'> {
    const published = await moveDefinition(this.definitions, expected.journeyId, {
      to: 'active',
      version: publication.version,
      expectedRevision: expected.revision,
      at: publication.at,
      attributes: {
        stateMachineArn: publication.stateMachineArn,
        aliasArn: publication.aliasArn,
        publishedAt: publication.at,
      },
      // Republishing a version attaches the same pinned templates again, unless they moved on since.
      attach: { compiled: publication.compiled },
    });
    return doneOrConflict(published, 'published');
  }

  async setStatus(expected: JourneyRecord, status: JourneyStatus, at: string): Promise<'updated' | 'conflict'> {
    const moved = await moveDefinition(this.definitions, expected.journeyId, {
      to: status,
      expectedRevision: expected.revision,
      at,
    });
    return doneOrConflict(moved, 'updated');
  }
}

const optionalString = (record: DefinitionRecord, key: 'stateMachineArn' | 'aliasArn' | 'publishedAt') =>
  record.attributes[key] !== undefined ? { [key]: String(record.attributes[key]) } : {};

function journeyRecordOf(record: DefinitionRecord): JourneyRecord {
  return {
    journeyId: record.id,
    name: record.name,
    status: record.status,
    latestVersion: record.latestVersion,
    ...(record.activeVersion !== undefined ? { publishedVersion: record.activeVersion } : {}),
    ...optionalString(record, 'stateMachineArn'),
    ...optionalString(record, 'aliasArn'),
    ...optionalString(record, 'publishedAt'),
    ...(record.archivedAt !== undefined ? { archivedAt: record.archivedAt } : {}),
    updatedAt: record.updatedAt,
    revision: record.revision,
  };
}

function journeyVersionOf(version: DefinitionVersion<JourneyDefinition>): JourneyVersion {
  const compiled = version.attributes.compiled as CompiledJourneyVersion | undefined;
  return {
    journeyId: version.id,
    version: version.version,
    definition: version.definition,
    createdAt: version.createdAt,
    createdBy: version.createdBy,
    ...(compiled
      ? {
          compiled: {
            stateMachineVersionArn: String(compiled.stateMachineVersionArn),
            templateVersions: Object.fromEntries(
              Object.entries(compiled.templateVersions).map(([id, version]) => [id, Number(version)]),
            ),
          },
        }
      : {}),
  };
}
