import { readFileSync } from 'node:fs';
import { ArnFormat, Duration, type RemovalPolicy, Stack } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import {
  CustomerManagedEncryptionConfiguration,
  DefinitionBody,
  LogLevel,
  StateMachine,
  StateMachineType,
} from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import type { FunctionKey } from '../../lambdas/function-catalog';
import { acknowledge, wildcardResourceFinding } from '../compliance';
import { ManagedPolicyRole } from './managed-policy-role';
import type { OutreachFunction } from './outreach-function';

export interface LambdaWorkflowProps {
  /** The hand-written ASL file under `statemachines/`. */
  readonly aslFile: string;
  /** Each `${…}` placeholder of the ASL file and the catalog function whose ARN replaces it. */
  readonly placeholders: Readonly<Record<string, FunctionKey>>;
  /** What the workflow does, for its role's description ("Runs the … workflow"). */
  readonly purpose: string;
  readonly stateMachineName: string;
  readonly functions: Readonly<Record<FunctionKey, OutreachFunction>>;
  readonly logKey: IKey;
  /** Encrypts the definition and the execution history (the platform's workflow key). */
  readonly workflowKey: IKey;
  readonly logRetention: RetentionDays;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * A platform workflow of `statemachines/` whose tasks invoke catalog functions: a STANDARD state machine
 * with the ASL inline, traced, logging every event without execution data to an encrypted log group, and
 * a role that may invoke exactly the functions its placeholders name and run its Distributed Maps.
 */
export class LambdaWorkflow extends Construct {
  readonly stateMachine: StateMachine;
  readonly role: ManagedPolicyRole;

  constructor(scope: Construct, id: string, props: LambdaWorkflowProps) {
    super(scope, id);
    const definition = readFileSync(props.aslFile, 'utf8');
    assertEveryPlaceholderIsSubstituted(props.aslFile, definition, props.placeholders);
    const invoked = [...new Set(Object.values(props.placeholders))].map((key) => props.functions[key].function);

    this.role = new ManagedPolicyRole(this, 'Role', {
      assumedBy: new ServicePrincipal('states.amazonaws.com'),
      description: props.purpose,
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
        Object.entries(props.placeholders).map(([placeholder, key]) => [
          placeholder,
          props.functions[key].function.functionArn,
        ]),
      ),
      role: this.role,
      tracingEnabled: true,
      encryptionConfiguration: new CustomerManagedEncryptionConfiguration(props.workflowKey, Duration.minutes(5)),
      // Every event, but not the states' input and output: logs carry ids only, whatever the states pass on.
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
    if (labels.length === 0) return;
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

function assertEveryPlaceholderIsSubstituted(
  aslFile: string,
  definition: string,
  substituted: Readonly<Record<string, FunctionKey>>,
): void {
  const placeholders = [...definition.matchAll(/\$\{(\w+)\}/g)].map((match) => match[1]);
  const missing = placeholders.filter((name) => !(name && name in substituted));
  if (missing.length > 0) {
    throw new Error(`${aslFile} uses placeholders no function replaces: ${missing.join(', ')}`);
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
