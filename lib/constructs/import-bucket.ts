import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { privateBucket } from './private-bucket';

export interface ImportBucketProps {
  /** How long server access logs are kept: they are audit evidence of who read which import file. */
  readonly accessLogRetention: Duration;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * Where upstream systems drop FHIR Bulk Data exports (NDJSON) and Bundles for the first load:
 * private, KMS-encrypted, TLS-only and versioned, with server access logs in a separate bucket.
 */
export class ImportBucket extends Construct {
  readonly bucket: Bucket;
  readonly accessLogs: Bucket;

  constructor(scope: Construct, id: string, props: ImportBucketProps) {
    super(scope, id);
    const created = privateBucket(this, {
      keyDescription: 'Encrypts bulk import files',
      logPrefix: 'import-bucket/',
      accessLogRetention: props.accessLogRetention,
      lifecycleRules: [
        { abortIncompleteMultipartUploadAfter: Duration.days(7), noncurrentVersionExpiration: Duration.days(30) },
      ],
      noReplicationReason:
        'Import files are a transient copy of an upstream FHIR Bulk Data export, which stays the source of truth and can be exported again; replicating PHI to another region would widen its footprint without a recovery need.',
      removalPolicy: props.removalPolicy,
    });
    this.bucket = created.bucket;
    this.accessLogs = created.accessLogs;
  }
}
