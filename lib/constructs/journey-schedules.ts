import { Aws, type RemovalPolicy } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey, Key } from 'aws-cdk-lib/aws-kms';
import { ScheduleGroup } from 'aws-cdk-lib/aws-scheduler';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import type { IStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { acknowledge } from '../compliance';
import { encryptedQueue } from './dead-letter-queues';
import { allowStateMachineKeyUse, customerManagedKey } from './keys';
import { ManagedPolicyRole } from './managed-policy-role';

export interface JourneySchedulesProps {
  /** The group the Api creates each journey's schedule (`journey-<journeyId>`) in. */
  readonly groupName: string;
  /** What every schedule starts, with input `{ journeyId, segmentId }`. */
  readonly bulkEnrolment: IStateMachine;
  /** The key the bulk enrolment workflow is encrypted with: starting it encrypts its input. */
  readonly workflowKey: IKey;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * What journeys' scheduled enrolments run with. CDK creates no schedule: the Api creates, updates and deletes
 * one per published journey with a `scheduledEnrolment` entry, in this group, passing this role and this
 * dead-letter queue. The role may start the bulk enrolment workflow and write to the queue, nothing else, and
 * only EventBridge Scheduler acting for this group may assume it.
 */
export class JourneySchedules extends Construct {
  readonly group: ScheduleGroup;
  readonly role: ManagedPolicyRole;
  readonly deadLetterKey: Key;
  /** Schedules whose start of the workflow failed every retry: nothing drains it but a person. */
  readonly deadLetters: Queue;

  constructor(scope: Construct, id: string, props: JourneySchedulesProps) {
    super(scope, id);
    this.group = new ScheduleGroup(this, 'Group', {
      scheduleGroupName: props.groupName,
      removalPolicy: props.removalPolicy,
    });
    this.deadLetterKey = customerManagedKey(
      this,
      'DeadLetterKey',
      "Encrypts the dead-letter queue of journeys' schedules",
      props.removalPolicy,
    );
    this.deadLetters = encryptedQueue(this, 'DeadLetters', this.deadLetterKey, { removalPolicy: props.removalPolicy });
    acknowledge(
      this.deadLetters,
      'AwsSolutions-SQS3',
      "This queue is itself a dead-letter queue, of the journeys' schedules (DeadLetterConfig of the schedules the Api creates at run time); the rule only recognises dead-letter queues of queues and functions.",
    );

    this.role = new ManagedPolicyRole(this, 'Role', {
      // CDK's own schedule targets scope their roles the same way: this account, this group.
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: {
          StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID, 'aws:SourceArn': this.group.scheduleGroupArn },
        },
      }),
      description: "Starts the journey bulk enrolment workflow for journeys' schedules",
    });
    const allow = (actions: string[], resources: string[]) =>
      this.role.addToPrincipalPolicy(new PolicyStatement({ actions, resources }));
    allow(['states:StartExecution'], [props.bulkEnrolment.stateMachineArn]);
    allowStateMachineKeyUse(props.workflowKey, this.role, [props.bulkEnrolment.stateMachineArn]);
    // Scheduler writes dead letters as this role, so the role needs the queue and its key.
    allow(['sqs:SendMessage'], [this.deadLetters.queueArn]);
    allow(['kms:GenerateDataKey', 'kms:Decrypt'], [this.deadLetterKey.keyArn]);
  }
}
