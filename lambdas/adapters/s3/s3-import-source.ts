import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { GetObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { classifyImportFile, type ImportFileRef } from '../../domain/ingestion/bulk-files';
import type { ImportSource, ImportSourceSpec, OpenImportSource } from '../../domain/ingestion/import-job';

/** Reads bulk files from an S3 prefix of the import bucket; NDJSON is streamed line by line. */
export function s3ImportSources(client: S3Client, allowedBucket: string): OpenImportSource {
  return (spec: ImportSourceSpec): ImportSource => {
    if (spec.kind !== 's3') throw new Error('on AWS a bulk import reads from the import bucket (source.kind = s3)');
    if (spec.bucket !== allowedBucket) throw new Error('the import source must be the platform import bucket');
    const key = (name: string) => `${spec.prefix.replace(/\/?$/, '/')}${name}`.replace(/^\//, '');
    const body = async (name: string) =>
      (await client.send(new GetObjectCommand({ Bucket: spec.bucket, Key: key(name) }))).Body as Readable;
    return {
      async list() {
        const files: ImportFileRef[] = [];
        const prefix = spec.prefix.replace(/\/?$/, '/').replace(/^\//, '');
        let token: string | undefined;
        do {
          const page = await client.send(
            new ListObjectsV2Command({ Bucket: spec.bucket, Prefix: prefix, ContinuationToken: token }),
          );
          for (const object of page.Contents ?? []) {
            if (!object.Key || object.Key.endsWith('/')) continue;
            const name = object.Key.slice(prefix.length);
            files.push({ name, kind: classifyImportFile(name), bytes: object.Size });
          }
          token = page.NextContinuationToken;
        } while (token);
        return files.sort((a, b) => a.name.localeCompare(b.name));
      },
      async *lines(name: string) {
        yield* createInterface({ input: await body(name), crlfDelay: Number.POSITIVE_INFINITY });
      },
      async text(name: string) {
        const chunks: Buffer[] = [];
        for await (const chunk of await body(name)) chunks.push(Buffer.from(chunk));
        return Buffer.concat(chunks).toString('utf8');
      },
    };
  };
}
