import type { RemovalPolicy } from 'aws-cdk-lib';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { IStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { EnvName, type EnvVar } from '../../lambdas/config/env-names';
import {
  type AccessMode,
  FUNCTION_CATALOG,
  type FunctionKey,
  type FunctionSpec,
  type TableName,
} from '../../lambdas/function-catalog';
import type { OutreachSettings } from '../settings';
import { type BindableTable, OutreachFunction } from './outreach-function';

export interface PlatformFunctionsProps {
  readonly settings: OutreachSettings;
  readonly tables: Readonly<Record<TableName, BindableTable>>;
  readonly eventBus: IEventBus;
  readonly importBucket: IBucket;
  readonly failureDestination: IQueue;
  readonly logKey: IKey;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * Browser origins allowed to call the staff API, comma-separated, set only when CORS is configured: the
 * API's config module reads it under this name to answer with `Access-Control-Allow-Origin`.
 */

/**
 * One `OutreachFunction` per entry of `FUNCTION_CATALOG`, with exactly the access its entry lists:
 * the catalog, not this file, decides what a function may touch.
 */
export class PlatformFunctions extends Construct {
  readonly byKey: Readonly<Record<FunctionKey, OutreachFunction>>;
  private readonly importBucket: IBucket;

  constructor(scope: Construct, id: string, props: PlatformFunctionsProps) {
    super(scope, id);
    this.importBucket = props.importBucket;
    this.byKey = Object.fromEntries(
      catalogEntries().map(([key, spec]) => [key, this.createFunction(spec, props)]),
    ) as Record<FunctionKey, OutreachFunction>;
  }

  /**
   * Lets the functions whose entry says `startsBulkImport` start the workflow, and nothing else on it.
   * They are told the import bucket's name too, which the workflow's input names, but get no access to
   * it: the workflow's own functions read the files. Separate from the constructor because the workflow
   * itself invokes catalog functions.
   */
  allowStartingBulkImports(stateMachine: IStateMachine): void {
    for (const [key, spec] of catalogEntries()) {
      if (!spec.startsBulkImport) continue;
      const fn = this.byKey[key];
      fn.role.addToPrincipalPolicy(
        new PolicyStatement({ actions: ['states:StartExecution'], resources: [stateMachine.stateMachineArn] }),
      );
      fn.function.addEnvironment(EnvName.BulkImportStateMachineArn, stateMachine.stateMachineArn);
      fn.function.addEnvironment(EnvName.ImportBucket, this.importBucket.bucketName);
    }
  }

  /**
   * Lets the functions whose entry says `startsSegmentComputation` start the segment computation workflow,
   * and nothing else on it, and tells them its ARN.
   */
  allowStartingSegmentComputations(stateMachine: IStateMachine): void {
    const starters = catalogEntries().filter(([, spec]) => spec.startsSegmentComputation);
    for (const [key] of starters) {
      const { role, function: fn } = this.byKey[key];
      role.addToPrincipalPolicy(
        new PolicyStatement({ actions: ['states:StartExecution'], resources: [stateMachine.stateMachineArn] }),
      );
      fn.addEnvironment(EnvName.SegmentComputationStateMachineArn, stateMachine.stateMachineArn);
    }
  }

  private createFunction(spec: FunctionSpec, props: PlatformFunctionsProps): OutreachFunction {
    const fn = new OutreachFunction(this, spec.id, {
      spec,
      environment: settingsEnvironment(props.settings, spec),
      logKey: props.logKey,
      logRetention: props.settings.logRetentionDays,
      removalPolicy: props.removalPolicy,
      failureDestination: props.failureDestination,
    });
    for (const [tableName, mode] of Object.entries(spec.tables) as [TableName, AccessMode][]) {
      fn.bindTable(props.tables[tableName], mode);
    }
    if (spec.putsEvents) fn.bindEventBus(props.eventBus);
    if (spec.readsImportBucket) fn.bindBucket(props.importBucket, 'read');
    const { corsAllowedOrigins } = props.settings;
    if (spec.servesApi && corsAllowedOrigins.length > 0) {
      fn.function.addEnvironment(EnvName.CorsAllowedOrigins, corsAllowedOrigins.join(','));
    }
    return fn;
  }
}

const catalogEntries = () => Object.entries(FUNCTION_CATALOG) as [FunctionKey, FunctionSpec][];

/**
 * Settings a handler's config module may read: those every function gets, plus the audit retention for
 * functions that use the audit table. Resource names are set by the `bind…` methods.
 */
function settingsEnvironment(
  settings: OutreachSettings,
  spec: FunctionSpec,
): Readonly<Partial<Record<EnvVar, string>>> {
  return {
    [EnvName.Stage]: settings.stage,
    [EnvName.UpstreamEventSource]: settings.upstreamEventSource,
    [EnvName.MaxResourceBytes]: String(settings.maxResourceBytes),
    [EnvName.DeadLetterRetentionDays]: String(settings.deadLetterRetentionDays),
    ...(spec.tables.audit ? { [EnvName.AuditRetentionDays]: String(settings.auditRetentionDays) } : {}),
  };
}
