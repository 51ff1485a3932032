import { Aws, type RemovalPolicy } from 'aws-cdk-lib';
import { type IGrantable, PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { type IKey, Key } from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';

/** A customer-managed symmetric key with yearly rotation: every store, queue and log group gets one. */
export function customerManagedKey(scope: Construct, id: string, description: string, removalPolicy: RemovalPolicy) {
  return new Key(scope, id, { description, enableKeyRotation: true, removalPolicy });
}

/** A key that CloudWatch Logs may use for the log groups of this account and region (and no others). */
export function logGroupKey(scope: Construct, id: string, description: string, removalPolicy: RemovalPolicy) {
  const key = customerManagedKey(scope, id, description, removalPolicy);
  key.addToResourcePolicy(
    new PolicyStatement({
      principals: [new ServicePrincipal(`logs.${Aws.REGION}.amazonaws.com`)],
      actions: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
      resources: ['*'],
      conditions: {
        ArnLike: {
          'kms:EncryptionContext:aws:logs:arn': `arn:${Aws.PARTITION}:logs:${Aws.REGION}:${Aws.ACCOUNT_ID}:log-group:*`,
        },
      },
    }),
  );
  return key;
}

/** Lets an AWS service that delivers into an encrypted queue or topic (EventBridge, CloudWatch) use the key. */
export function allowServiceToEncrypt(key: Key, service: string) {
  key.addToResourcePolicy(
    new PolicyStatement({
      principals: [new ServicePrincipal(service)],
      actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
      resources: ['*'],
      conditions: { StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID } },
    }),
  );
}

/**
 * What a caller of encrypted state machines needs of their key: Step Functions encrypts the input it is given
 * and decrypts the history it describes with the caller's access, bound to the state machines named (ARN
 * patterns, through the encryption context Step Functions sets).
 */
export function allowStateMachineKeyUse(key: IKey, grantee: IGrantable, stateMachineArns: readonly string[]): void {
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({
      actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
      resources: [key.keyArn],
      conditions: { ArnLike: { 'kms:EncryptionContext:aws:states:stateMachineArn': [...stateMachineArns] } },
    }),
  );
}
