import type { RemovalPolicy } from 'aws-cdk-lib';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
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
 * One `OutreachFunction` per entry of `FUNCTION_CATALOG`, with exactly the access its entry lists:
 * the catalog, not this file, decides what a function may touch.
 */
export class PlatformFunctions extends Construct {
  readonly byKey: Readonly<Record<FunctionKey, OutreachFunction>>;

  constructor(scope: Construct, id: string, props: PlatformFunctionsProps) {
    super(scope, id);
    const environment = settingsEnvironment(props.settings);
    const specs = Object.entries(FUNCTION_CATALOG) as [FunctionKey, FunctionSpec][];
    this.byKey = Object.fromEntries(
      specs.map(([key, spec]) => [key, this.createFunction(spec, environment, props)]),
    ) as Record<FunctionKey, OutreachFunction>;
  }

  private createFunction(
    spec: FunctionSpec,
    environment: Readonly<Partial<Record<EnvVar, string>>>,
    props: PlatformFunctionsProps,
  ): OutreachFunction {
    const fn = new OutreachFunction(this, spec.id, {
      spec,
      environment,
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
    return fn;
  }
}

/** Settings every handler's config module may read; resource names are set by the `bind…` methods. */
function settingsEnvironment(settings: OutreachSettings): Readonly<Partial<Record<EnvVar, string>>> {
  return {
    [EnvName.Stage]: settings.stage,
    [EnvName.UpstreamEventSource]: settings.upstreamEventSource,
    [EnvName.MaxResourceBytes]: String(settings.maxResourceBytes),
    [EnvName.DeadLetterRetentionDays]: String(settings.deadLetterRetentionDays),
  };
}
