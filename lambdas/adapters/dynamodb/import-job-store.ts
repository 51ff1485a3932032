import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { classifyImportFile, type ImportFileRef } from '../../domain/ingestion/bulk-files';
import type { ImportFileResult } from '../../domain/ingestion/import-file';
import {
  type ImportJobStore,
  type ImportJobSummary,
  type ImportSourceSpec,
  summarizeFiles,
} from '../../domain/ingestion/import-job';
import { mapFaults } from './faults';
import { queryPartition } from './query-partition';

const pk = (jobId: string) => `IMPORT#${jobId}`;
const JOB_SK = 'JOB';
const FILE_PREFIX = 'FILE#';

/** Bulk import jobs in the Platform table: one job item, one item per file result. */
export class DynamoImportJobStore implements ImportJobStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async start(jobId: string, spec: ImportSourceSpec, files: readonly ImportFileRef[], at: Date): Promise<void> {
    const startedAt = at.toISOString();
    await this.put({
      pk: pk(jobId),
      sk: JOB_SK,
      gsi1pk: 'IMPORT',
      gsi1sk: `${startedAt}#${jobId}`,
      jobId,
      source: spec,
      listed: files.map((f) => f.name),
      startedAt,
      status: 'running',
    });
  }

  async listedFile(jobId: string, index: number): Promise<ImportFileRef | undefined> {
    const name = ((await this.getJobItem(jobId))?.listed as string[] | undefined)?.[index];
    return name === undefined ? undefined : { name, kind: classifyImportFile(name) };
  }

  async recordFile(jobId: string, result: ImportFileResult): Promise<void> {
    await this.put({ pk: pk(jobId), sk: `${FILE_PREFIX}${result.file}`, ...result });
  }

  async complete(jobId: string, at: Date): Promise<ImportJobSummary> {
    const summary = await this.summarize(jobId, at.toISOString());
    if (!summary) throw new Error(`import job ${jobId} does not exist`);
    const { pk: _pk, ...job } = await this.getJobItem(jobId).then((item) => item ?? { pk: '' });
    await this.put({ ...job, pk: pk(jobId), sk: JOB_SK, ...summary, summary });
    return summary;
  }

  async get(jobId: string): Promise<ImportJobSummary | undefined> {
    const job = await this.getJobItem(jobId);
    if (!job) return undefined;
    return (job.summary as ImportJobSummary | undefined) ?? this.summarize(jobId, undefined);
  }

  private async summarize(jobId: string, completedAt: string | undefined): Promise<ImportJobSummary | undefined> {
    const job = await this.getJobItem(jobId);
    if (!job) return undefined;
    const items = await queryPartition(this.client, this.tableName, pk(jobId), FILE_PREFIX, 'import job store');
    const results = items.map(({ pk: _pk, sk: _sk, ...result }) => result as unknown as ImportFileResult);
    return summarizeFiles(
      { jobId, startedAt: String(job.startedAt) },
      (job.listed as string[] | undefined) ?? [],
      results,
      completedAt,
    );
  }

  private async getJobItem(jobId: string): Promise<Record<string, unknown> | undefined> {
    const { Item } = await mapFaults(
      this.client.send(
        new GetCommand({ TableName: this.tableName, Key: { pk: pk(jobId), sk: JOB_SK }, ConsistentRead: true }),
      ),
      'import job store',
    );
    return Item;
  }

  private async put(item: Record<string, unknown>): Promise<void> {
    await mapFaults(this.client.send(new PutCommand({ TableName: this.tableName, Item: item })), 'import job store');
  }
}
