import { readFileSync } from 'node:fs';
import { ArnFormat, type RemovalPolicy, Stack } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { DefinitionBody, LogLevel, StateMachine, StateMachineType } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import type { FunctionKey } from '../../lambdas/function-catalog';
import { acknowledge, wildcardResourceFinding } from '../compliance';
import { repoPath } from '../paths';
import { ManagedPolicyRole } from './managed-policy-role';
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
  readonly logRetention: RetentionDays;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * The bulk import of `statemachines/bulk-import.asl.json`: list the files, import each in a
 * Distributed Map, summarise. A STANDARD workflow, traced, logging every event without execution data.
 */
export class BulkImportWorkflow extends Construct {
  readonly stateMachine: StateMachine;
  readonly role: ManagedPolicyRole;

  constructor(scope: Construct, id: string, props: BulkImportWorkflowProps) {
    super(scope, id);
    const definition = readFileSync(BULK_IMPORT_ASL, 'utf8');
    assertEveryPlaceholderIsSubstituted(definition);
    const invoked = Object.values(BULK_IMPORT_FUNCTIONS).map((key) => props.functions[key].function);

    this.role = new ManagedPolicyRole(this, 'Role', {
      assumedBy: new ServicePrincipal('states.amazonaws.com'),
      description: 'Runs the bulk import workflow',
    });
    // Unqualified ARNs only: the ASL invokes $LATEST, so no `function:*` version wildcard is needed.
    this.role.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: invoked.map((fn) => fn.functionArn) }),
    );
    this.allowDistributedMapChildren(props.stateMachineName, distributedMapLabels(JSON.parse(definition)));

    const logGroup = new LogGroup(this, 'Logs', {
      logGroupName: `/aws/vendedlogs/states/${props.stateMachineName}`,
      retention: props.logRetention,
      encryptionKey: props.logKey,
      removalPolicy: props.removalPolicy,
    });
    this.stateMachine = new StateMachine(this, 'StateMachine', {
      stateMachineName: props.stateMachineName,
      stateMachineType: StateMachineType.STANDARD,
      // Inline rather than an S3 asset, so the template shows (and tests can read) the definition deployed.
      definitionBody: DefinitionBody.fromString(definition),
      definitionSubstitutions: Object.fromEntries(
        Object.entries(BULK_IMPORT_FUNCTIONS).map(([placeholder, key]) => [
          placeholder,
          props.functions[key].function.functionArn,
        ]),
      ),
      role: this.role,
      tracingEnabled: true,
      // Every event, but not the states' input and output: they name files and jobs, and logs carry ids only.
      logs: { destination: logGroup, level: LogLevel.ALL, includeExecutionData: false },
    });

    acknowledge(
      this.role,
      'AwsSolutions-IAM5[Resource::*]',
      'CloudWatch Logs vended-delivery actions (logs:CreateLogDelivery and friends) and X-Ray PutTraceSegments, added for logging and tracing, support no resource-level permissions.',
    );
  }

  /**
   * A Distributed Map runs each item as a child execution of this same state machine, so its role may
   * start them and describe or stop them. The ARNs are built from the name rather than taken from the
   * state machine, which would make the role depend on the state machine that depends on the role.
   */
  private allowDistributedMapChildren(stateMachineName: string, labels: readonly string[]): void {
    const stack = Stack.of(this);
    const arn = (resource: string, resourceName: string) =>
      stack.formatArn({ service: 'states', resource, resourceName, arnFormat: ArnFormat.COLON_RESOURCE_NAME });
    this.role.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['states:StartExecution'], resources: [arn('stateMachine', stateMachineName)] }),
    );
    const executions = [stateMachineName, ...labels.map((label) => `${stateMachineName}/${label}`)].map((name) =>
      arn('execution', `${name}:*`),
    );
    this.role.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['states:DescribeExecution', 'states:StopExecution'], resources: executions }),
    );
    for (const execution of executions) {
      acknowledge(
        this.role,
        wildcardResourceFinding(this, execution),
        'Child executions of the Distributed Map get names chosen by Step Functions at run time; the wildcard covers only executions of this state machine.',
      );
    }
  }
}

function assertEveryPlaceholderIsSubstituted(definition: string): void {
  const placeholders = [...definition.matchAll(/\$\{(\w+)\}/g)].map((match) => match[1]);
  const missing = placeholders.filter((name) => !(name && name in BULK_IMPORT_FUNCTIONS));
  if (missing.length > 0) {
    throw new Error(`${BULK_IMPORT_ASL} uses placeholders no function replaces: ${missing.join(', ')}`);
  }
}

/** Labels of the Map states in distributed mode, at any depth of the definition. */
export function distributedMapLabels(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(distributedMapLabels);
  if (node === null || typeof node !== 'object') return [];
  const state = node as { Type?: unknown; Label?: unknown; ItemProcessor?: { ProcessorConfig?: { Mode?: unknown } } };
  const own =
    state.Type === 'Map' &&
    state.ItemProcessor?.ProcessorConfig?.Mode === 'DISTRIBUTED' &&
    typeof state.Label === 'string'
      ? [state.Label]
      : [];
  return [...own, ...Object.values(node).flatMap(distributedMapLabels)];
}
