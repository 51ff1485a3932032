import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { LetterStorage } from '../../domain/messaging/letter-batch';
import { TransientStoreError } from '../errors';
import { providerFault, transportFault } from './send-faults';

const RETRYABLE = new Set(['SlowDown', 'ServiceUnavailable', 'InternalError', 'RequestTimeout', 'ThrottlingException']);

/** S3 faults a retry may cure: throttling (`SlowDown`), time-outs, 5xx, dropped connections. */
export function isRetryableS3Fault(error: unknown): boolean {
  const { name } = providerFault(error);
  return (name !== undefined && RETRYABLE.has(name)) || transportFault(error) !== undefined;
}

/** The letter batches in the letters bucket, encrypted with the platform's KMS key. */
export class S3LetterStorage implements LetterStorage {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    private readonly kmsKeyId: string,
  ) {}

  put(key: string, body: string, contentType: string): Promise<void> {
    return this.call('put', async () => {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Body: body,
          ContentType: contentType,
          ServerSideEncryption: 'aws:kms',
          SSEKMSKeyId: this.kmsKeyId,
          // One data key per bucket rather than per object: far fewer KMS calls on a big batch.
          BucketKeyEnabled: true,
        }),
      );
    });
  }

  list(prefix: string): Promise<string[]> {
    return this.call('list', async () => {
      const keys: string[] = [];
      let token: string | undefined;
      do {
        const page = await this.client.send(
          new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: token }),
        );
        for (const object of page.Contents ?? []) if (object.Key) keys.push(object.Key);
        token = page.NextContinuationToken;
      } while (token);
      return keys;
    });
  }

  get(key: string): Promise<string | undefined> {
    return this.call('get', async () => {
      try {
        const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
        return await object.Body?.transformToString('utf-8');
      } catch (error) {
        if (providerFault(error).name === 'NoSuchKey') return undefined;
        throw error;
      }
    });
  }

  private async call<T>(what: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (isRetryableS3Fault(error)) {
        throw new TransientStoreError(`letter storage ${what} temporarily unavailable`, {
          cause: providerFault(error),
        });
      }
      throw error;
    }
  }
}
