import {
  ConflictException,
  CreateStateMachineAliasCommand,
  CreateStateMachineCommand,
  type LoggingConfiguration,
  PublishStateMachineVersionCommand,
  SFNClient,
  SFNServiceException,
  StateMachineAlreadyExists,
  UpdateStateMachineAliasCommand,
  UpdateStateMachineCommand,
} from '@aws-sdk/client-sfn';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { TransientStoreError } from '../../../lambdas/adapters/errors';
import { SfnJourneyPublisher } from '../../../lambdas/adapters/sfn/journey-publisher';
import type { StateMachineDefinition } from '../../../lambdas/domain/journeys/asl-types';

const ARN_PREFIX = 'arn:aws:states:eu-west-1:123456789012:stateMachine:';
const STATE_MACHINE = `${ARN_PREFIX}outreach-dev-journey-welcome`;
const ALIAS = `${STATE_MACHINE}:live`;
const ROLE = 'arn:aws:iam::123456789012:role/outreach-dev-journeys';
const LOGGING: LoggingConfiguration = {
  level: 'ERROR',
  includeExecutionData: false,
  destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: 'arn:aws:logs:eu-west-1:123456789012:log-group:j:*' } }],
};

const ENCRYPTION = {
  type: 'CUSTOMER_MANAGED_KMS_KEY' as const,
  kmsKeyId: 'arn:aws:kms:eu-west-1:123456789012:key/workflow',
  kmsDataKeyReusePeriodSeconds: 300,
};

const client = new SFNClient({ region: 'eu-west-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
const sfn = mockClient(client);
const publisher = new SfnJourneyPublisher(client, {
  prefix: 'outreach-dev',
  stateMachineArnPrefix: ARN_PREFIX,
  roleArn: ROLE,
  logging: LOGGING,
  tracing: { enabled: true },
  encryption: ENCRYPTION,
  tags: { journey: 'welcome' },
});

const asl = (comment: string): StateMachineDefinition => ({
  Comment: comment,
  StartAt: 'Done',
  States: { Done: { Type: 'Succeed' } },
});

const exists = () => new StateMachineAlreadyExists({ message: 'State Machine Already Exists', $metadata: {} });
const aliasExists = () => new ConflictException({ message: 'Alias live already exists', $metadata: {} });
const throttled = () =>
  new SFNServiceException({
    name: 'ThrottlingException',
    $fault: 'client',
    $metadata: { httpStatusCode: 400 },
    message: 'Rate exceeded',
  });

beforeEach(() => {
  sfn.reset();
  sfn.on(UpdateStateMachineCommand).resolves({ updateDate: new Date(), revisionId: 'rev-2' });
  sfn.on(UpdateStateMachineAliasCommand).resolves({ updateDate: new Date() });
});

describe('SfnJourneyPublisher.publish', () => {
  it('creates the state machine on the first publication, publishes a version and creates the alias on it', async () => {
    sfn.on(CreateStateMachineCommand).resolves({ stateMachineArn: STATE_MACHINE, creationDate: new Date() });
    sfn.on(PublishStateMachineVersionCommand).resolves({ stateMachineVersionArn: `${STATE_MACHINE}:1` });
    sfn.on(CreateStateMachineAliasCommand).resolves({ stateMachineAliasArn: ALIAS, creationDate: new Date() });

    const published = await publisher.publish('welcome', 1, asl('v1'));

    expect(published).toEqual({ stateMachineArn: STATE_MACHINE, versionArn: `${STATE_MACHINE}:1`, aliasArn: ALIAS });
    expect(sfn).toHaveReceivedCommandWith(CreateStateMachineCommand, {
      name: 'outreach-dev-journey-welcome',
      type: 'STANDARD',
      definition: JSON.stringify(asl('v1')),
      roleArn: ROLE,
      loggingConfiguration: LOGGING,
      tracingConfiguration: { enabled: true },
      encryptionConfiguration: ENCRYPTION,
      tags: [{ key: 'journey', value: 'welcome' }],
    });
    expect(sfn).not.toHaveReceivedCommand(UpdateStateMachineCommand);
    expect(sfn).toHaveReceivedCommandWith(PublishStateMachineVersionCommand, {
      stateMachineArn: STATE_MACHINE,
      description: 'journey welcome v1',
    });
    expect(sfn).toHaveReceivedCommandWith(CreateStateMachineAliasCommand, {
      name: 'live',
      routingConfiguration: [{ stateMachineVersionArn: `${STATE_MACHINE}:1`, weight: 100 }],
    });
    expect(sfn).not.toHaveReceivedCommand(UpdateStateMachineAliasCommand);
  });

  it('updates the existing state machine on a later publication and moves the alias to the new version', async () => {
    sfn.on(CreateStateMachineCommand).rejects(exists());
    sfn.on(PublishStateMachineVersionCommand).resolves({ stateMachineVersionArn: `${STATE_MACHINE}:2` });
    sfn.on(CreateStateMachineAliasCommand).rejects(aliasExists());

    const published = await publisher.publish('welcome', 2, asl('v2'));

    expect(published).toEqual({ stateMachineArn: STATE_MACHINE, versionArn: `${STATE_MACHINE}:2`, aliasArn: ALIAS });
    expect(sfn).toHaveReceivedCommandWith(UpdateStateMachineCommand, {
      stateMachineArn: STATE_MACHINE,
      definition: JSON.stringify(asl('v2')),
      roleArn: ROLE,
      // An update keeps a state machine created before the key was configured encrypted from then on.
      encryptionConfiguration: ENCRYPTION,
    });
    expect(sfn).toHaveReceivedCommandWith(PublishStateMachineVersionCommand, {
      stateMachineArn: STATE_MACHINE,
      description: 'journey welcome v2',
      revisionId: 'rev-2',
    });
    expect(sfn).toHaveReceivedCommandWith(UpdateStateMachineAliasCommand, {
      stateMachineAliasArn: ALIAS,
      routingConfiguration: [{ stateMachineVersionArn: `${STATE_MACHINE}:2`, weight: 100 }],
    });
  });

  it('throws throttling as a transient error, and completes the publication when called again', async () => {
    sfn.on(CreateStateMachineCommand).resolvesOnce({ stateMachineArn: STATE_MACHINE }).rejects(exists());
    sfn
      .on(PublishStateMachineVersionCommand)
      .rejectsOnce(throttled())
      .resolves({ stateMachineVersionArn: `${STATE_MACHINE}:1` });
    sfn.on(CreateStateMachineAliasCommand).resolves({ stateMachineAliasArn: ALIAS });

    await expect(publisher.publish('welcome', 1, asl('v1'))).rejects.toThrow(TransientStoreError);
    const retried = await publisher.publish('welcome', 1, asl('v1'));

    expect(retried).toEqual({ stateMachineArn: STATE_MACHINE, versionArn: `${STATE_MACHINE}:1`, aliasArn: ALIAS });
    expect(sfn).toHaveReceivedCommandTimes(UpdateStateMachineCommand, 1);
    expect(sfn).toHaveReceivedCommandTimes(PublishStateMachineVersionCommand, 2);
    expect(sfn).toHaveReceivedCommandTimes(CreateStateMachineAliasCommand, 1);
  });

  it('rethrows a failure that another attempt would not cure, as it is', async () => {
    const invalid = new SFNServiceException({
      name: 'InvalidDefinition',
      $fault: 'client',
      $metadata: { httpStatusCode: 400 },
      message: 'Invalid State Machine Definition',
    });
    sfn.on(CreateStateMachineCommand).rejects(invalid);

    await expect(publisher.publish('welcome', 1, asl('v1'))).rejects.toBe(invalid);
    expect(sfn).not.toHaveReceivedCommand(PublishStateMachineVersionCommand);
  });
});
