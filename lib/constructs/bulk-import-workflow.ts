import type { RemovalPolicy } from 'aws-cdk-lib';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import type { FunctionKey } from '../../lambdas/function-catalog';
import { repoPath } from '../paths';
import { LambdaWorkflow } from './lambda-workflow';
import type { OutreachFunction } from './outreach-function';

export const BULK_IMPORT_ASL = repoPath('statemachines', 'bulk-import.asl.json');

/** Each `${…}` placeholder of the ASL file and the catalog function whose ARN replaces it. */
export const BULK_IMPORT_FUNCTIONS = {
  ListImportFilesFunctionArn: 'listImportFiles',
  ImportFileFunctionArn: 'importFile',
  SummarizeImportFunctionArn: 'summarizeImport',
} as const satisfies Record<string, FunctionKey>;

export interface BulkImportWorkflowProps {
  readonly stateMachineName: string;
  readonly functions: Readonly<Record<FunctionKey, OutreachFunction>>;
  readonly logKey: IKey;
  readonly workflowKey: IKey;
  readonly logRetention: RetentionDays;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * The bulk import of `statemachines/bulk-import.asl.json`: list the files, import each in a
 * Distributed Map, summarise. A STANDARD workflow, traced, logging every event without execution data.
 */
export class BulkImportWorkflow extends LambdaWorkflow {
  constructor(scope: Construct, id: string, props: BulkImportWorkflowProps) {
    super(scope, id, {
      ...props,
      aslFile: BULK_IMPORT_ASL,
      placeholders: BULK_IMPORT_FUNCTIONS,
      purpose: 'Runs the bulk import workflow',
    });
  }
}
