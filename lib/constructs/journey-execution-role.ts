import { Aws } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import type { JourneyFunctionKey } from '../../lambdas/config/config';
import type { FunctionKey } from '../../lambdas/function-catalog';
import { acknowledge } from '../compliance';
import { ManagedPolicyRole } from './managed-policy-role';
import type { BindableTable, OutreachFunction } from './outreach-function';

/** The catalog function behind each task a compiled journey invokes (the keys of `JOURNEY_FUNCTIONS`). */
export const JOURNEY_TASK_FUNCTIONS = {
  sendMessage: 'sendJourneyMessage',
  resolveWaitTime: 'resolveJourneyWaitTime',
  registerWait: 'registerJourneyWait',
  createActivity: 'createJourneyActivity',
  updateAttribute: 'updateJourneyAttribute',
  checkExit: 'checkJourneyExit',
  evaluateCondition: 'evaluateJourneyCondition',
} as const satisfies Record<JourneyFunctionKey, FunctionKey>;

/**
 * Functions that journey versions compiled earlier invoke and new ones no longer do (their send step called
 * `sendMessage` after a separate exit check): executions of those versions may still be running, for up to a year.
 */
export const EARLIER_JOURNEY_TASK_FUNCTIONS = ['sendMessage'] as const satisfies readonly FunctionKey[];

/**
 * Vended-log delivery, which a state machine's role needs to log to CloudWatch Logs. None of these
 * actions supports resource-level permissions.
 */
const LOG_DELIVERY_ACTIONS = [
  'logs:CreateLogDelivery',
  'logs:GetLogDelivery',
  'logs:UpdateLogDelivery',
  'logs:DeleteLogDelivery',
  'logs:ListLogDeliveries',
  'logs:PutResourcePolicy',
  'logs:DescribeResourcePolicies',
  'logs:DescribeLogGroups',
];

export interface JourneyExecutionRoleProps {
  readonly functions: Readonly<Record<FunctionKey, OutreachFunction>>;
  /** Segment and attribute branches query it straight from Step Functions (`aws-sdk:dynamodb:query`). */
  readonly patients: BindableTable;
}

/**
 * The role every journey's state machine runs as: the Api passes it when it publishes a journey. It may
 * invoke exactly the seven task functions (and those earlier versions still call), query the Patients table, and deliver logs; only Step Functions
 * of this account may assume it.
 */
export class JourneyExecutionRole extends Construct {
  readonly role: ManagedPolicyRole;

  constructor(scope: Construct, id: string, props: JourneyExecutionRoleProps) {
    super(scope, id);
    this.role = new ManagedPolicyRole(this, 'Role', {
      assumedBy: new ServicePrincipal('states.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID } },
      }),
      description: "Runs the journeys' state machines",
    });
    const allow = (actions: string[], resources: string[]) =>
      this.role.addToPrincipalPolicy(new PolicyStatement({ actions, resources }));

    // Unqualified ARNs only: compiled journeys invoke $LATEST.
    allow(
      ['lambda:InvokeFunction'],
      [...Object.values(JOURNEY_TASK_FUNCTIONS), ...EARLIER_JOURNEY_TASK_FUNCTIONS].map(
        (key) => props.functions[key].function.functionArn,
      ),
    );
    const { table } = props.patients;
    allow(['dynamodb:Query'], [table.tableArn]);
    if (table.encryptionKey) allow(['kms:Decrypt'], [table.encryptionKey.keyArn]);
    allow(LOG_DELIVERY_ACTIONS, ['*']);
    acknowledge(
      this.role,
      'AwsSolutions-IAM5[Resource::*]',
      'CloudWatch Logs vended-delivery actions (logs:CreateLogDelivery and friends), which Step Functions needs to log executions to the journeys log group, support no resource-level permissions.',
    );
  }
}
