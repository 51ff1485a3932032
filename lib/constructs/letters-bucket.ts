import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import type { Key } from 'aws-cdk-lib/aws-kms';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { privateBucket } from './private-bucket';

export interface LettersBucketProps {
  /** How long a letter and its batch manifest are kept: long enough for the mail house to print them. */
  readonly retention: Duration;
  /** How long server access logs are kept: they are audit evidence of who read which letter. */
  readonly accessLogRetention: Duration;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * Where the send function writes rendered letters and the daily batch closes them into a print manifest
 * for the mail house: private, encrypted with its own key (the writer names it on every PutObject),
 * TLS-only and versioned, expiring after the retention, with server access logs in a separate bucket.
 */
export class LettersBucket extends Construct {
  readonly bucket: Bucket;
  readonly key: Key;
  readonly accessLogs: Bucket;

  constructor(scope: Construct, id: string, props: LettersBucketProps) {
    super(scope, id);
    const created = privateBucket(this, {
      keyDescription: 'Encrypts letters and their print manifests',
      logPrefix: 'letters-bucket/',
      accessLogRetention: props.accessLogRetention,
      lifecycleRules: [
        {
          expiration: props.retention,
          // A rewritten manifest leaves its previous version behind; it is of no use once replaced.
          noncurrentVersionExpiration: Duration.days(7),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
      noReplicationReason:
        'Letters are a short-lived hand-off to the mail house, re-creatable from the message log and templates; replicating PHI to another region would widen its footprint without a recovery need.',
      removalPolicy: props.removalPolicy,
    });
    this.bucket = created.bucket;
    this.key = created.key;
    this.accessLogs = created.accessLogs;
  }
}
