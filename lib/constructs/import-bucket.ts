import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledge } from '../compliance';
import { customerManagedKey } from './keys';

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
    const common = {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      versioned: true,
      removalPolicy: props.removalPolicy,
    };

    this.accessLogs = new Bucket(this, 'AccessLogs', {
      ...common,
      // S3 delivers server access logs only to buckets with SSE-S3 default encryption.
      encryption: BucketEncryption.S3_MANAGED,
      lifecycleRules: [{ expiration: props.accessLogRetention, noncurrentVersionExpiration: Duration.days(1) }],
    });
    acknowledge(
      this.accessLogs,
      'HIPAA.Security-S3DefaultEncryptionKMS',
      'S3 server access log delivery does not support SSE-KMS default encryption on the target bucket; SSE-S3 is used and the logs hold no PHI, only request metadata.',
    );
    acknowledge(
      this.accessLogs,
      'HIPAA.Security-S3BucketReplicationEnabled',
      'Access logs are kept in one region with S3 multi-AZ durability and versioning; a replica would add a second copy to govern without a recovery need.',
    );

    const key = customerManagedKey(this, 'Key', 'Encrypts bulk import files', props.removalPolicy);
    this.bucket = new Bucket(this, 'Bucket', {
      ...common,
      encryption: BucketEncryption.KMS,
      encryptionKey: key,
      bucketKeyEnabled: true,
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: 'import-bucket/',
      lifecycleRules: [
        { abortIncompleteMultipartUploadAfter: Duration.days(7), noncurrentVersionExpiration: Duration.days(30) },
      ],
    });
    acknowledge(
      this.bucket,
      'HIPAA.Security-S3BucketReplicationEnabled',
      'Import files are a transient copy of an upstream FHIR Bulk Data export, which stays the source of truth and can be exported again; replicating PHI to another region would widen its footprint without a recovery need.',
    );
  }
}
