import { Template } from 'aws-cdk-lib/assertions';
import { UPSTREAM_DETAIL_TYPES } from '../../lambdas/domain/events/event-names';
import { FUNCTION_CATALOG } from '../../lambdas/function-catalog';
import { PLATFORM_PUBLISHER_TAG } from '../../lib/constructs/event-trust-boundary';
import { type SynthesizedOutreach, synthesizeOutreach, TEST_CONTEXT, WITHOUT_BUNDLING } from './outreach-app.fixture';
import { asList, getAtt, onlyResource, type Resource, resourcesOf, type Statement } from './template-queries';

/**
 * The event trust boundary on AWS: upstream systems put on an ingress bus, one rule forwards only the
 * upstream contract to the platform bus, and the platform bus denies every principal but the platform's.
 * Synthesised with the cdk-nag packs, so synthesis itself fails on an unacknowledged finding.
 */
let synth: SynthesizedOutreach;
let platformBusId: string;
let ingressBusId: string;
beforeAll(() => {
  synth = synthesizeOutreach(WITHOUT_BUNDLING);
  [platformBusId] = onlyResource(synth.events, 'AWS::Events::EventBus', { Name: 'patient-outreach-test' });
  [ingressBusId] = onlyResource(synth.events, 'AWS::Events::EventBus', { Name: 'patient-outreach-test-ingress' });
}, 300_000);

/** How the ingestion stack refers to a resource of the events stack (an export of the events stack). */
function imported(logicalId: string, attribute?: string): unknown {
  const outputs = synth.events.toJSON().Outputs as Record<string, { Value: unknown; Export?: { Name: unknown } }>;
  const wanted = JSON.stringify(attribute ? getAtt(logicalId, attribute) : { Ref: logicalId });
  const exported = Object.values(outputs).find((o) => o.Export && JSON.stringify(o.Value) === wanted);
  expect(exported).toBeDefined();
  return { 'Fn::ImportValue': exported?.Export?.Name };
}

const rulesOnIngressBus = () =>
  resourcesOf(synth.ingestion, 'AWS::Events::Rule').filter(
    ([, rule]) => JSON.stringify(rule.Properties.EventBusName) === JSON.stringify(imported(ingressBusId)),
  );

describe('the ingress bus', () => {
  it('is where upstream systems put: named in the outputs, encrypted, with the dead-letter queue of the buses', () => {
    const [, ingress] = onlyResource(synth.events, 'AWS::Events::EventBus', { Name: 'patient-outreach-test-ingress' });
    const [, platform] = onlyResource(synth.events, 'AWS::Events::EventBus', { Name: 'patient-outreach-test' });
    expect(ingress.Properties.KmsKeyIdentifier).toBeDefined();
    expect(ingress.Properties.DeadLetterConfig).toEqual(platform.Properties.DeadLetterConfig);
    expect(synth.events.toJSON().Outputs.IngressBusName.Value).toEqual({ Ref: ingressBusId });
  });

  it('forwards exactly the upstream contract to the platform bus, through a role, with a dead-letter queue', () => {
    const forwarding = rulesOnIngressBus().filter(([, rule]) => rule.Properties.Targets !== undefined);
    expect(forwarding).toHaveLength(1);
    const [, rule] = forwarding[0] as [string, Resource];
    expect(rule.Properties.EventPattern).toEqual({
      source: [TEST_CONTEXT.upstreamEventSource],
      'detail-type': [...UPSTREAM_DETAIL_TYPES],
    });
    const targets = rule.Properties.Targets as { Arn: unknown; RoleArn?: unknown; DeadLetterConfig?: unknown }[];
    expect(targets).toHaveLength(1);
    expect(targets[0]?.Arn).toEqual(imported(platformBusId, 'Arn'));
    expect(targets[0]?.RoleArn).toBeDefined();
    expect(targets[0]?.DeadLetterConfig).toBeDefined();
  });

  it('counts what falls outside the upstream contract with a target-less rule and an alarm to the alarm topic', () => {
    const [ruleId] = onlyResource(synth.ingestion, 'AWS::Events::Rule', {
      EventPattern: {
        $or: [
          { source: [{ 'anything-but': [TEST_CONTEXT.upstreamEventSource] }] },
          { 'detail-type': [{ 'anything-but': [...UPSTREAM_DETAIL_TYPES] }] },
        ],
      },
    });
    const [, alarm] = onlyResource(synth.ingestion, 'AWS::CloudWatch::Alarm', { MetricName: 'MatchedEvents' });
    expect(alarm.Properties).toMatchObject({ Namespace: 'AWS/Events', Threshold: 1 });
    expect(alarm.Properties.Dimensions).toEqual(
      expect.arrayContaining([
        { Name: 'RuleName', Value: { Ref: ruleId } },
        { Name: 'EventBusName', Value: imported(ingressBusId) },
      ]),
    );
    const [topicId] = onlyResource(synth.ingestion, 'AWS::SNS::Topic');
    expect(asList(alarm.Properties.AlarmActions)).toEqual([{ Ref: topicId }]);
  });
});

describe('the platform bus', () => {
  it('denies PutEvents to every principal that is not tagged as its publisher, AWS services aside', () => {
    const [, policy] = onlyResource(synth.events, 'AWS::Events::EventBusPolicy');
    const statement = policy.Properties.Statement as Statement;
    expect(policy.Properties.EventBusName).toEqual({ Ref: platformBusId });
    expect(statement).toMatchObject({
      Effect: 'Deny',
      Principal: { AWS: '*' },
      Action: 'events:PutEvents',
      Resource: getAtt(platformBusId),
      Condition: {
        StringNotEquals: { [`aws:PrincipalTag/${PLATFORM_PUBLISHER_TAG}`]: 'patient-outreach-test' },
        Bool: { 'aws:PrincipalIsAWSService': 'false' },
      },
    });
  });

  it('grants no one outside the platform PutEvents in its policy (upstream grants belong on the ingress bus)', () => {
    const statements = resourcesOf(synth.events, 'AWS::Events::EventBusPolicy').map(
      ([, p]) => p.Properties.Statement as Statement,
    );
    expect(statements.filter((s) => s.Effect === 'Allow')).toEqual([]);
  });

  it('tags exactly the roles that may put on it: the publishing functions and the forwarding role', () => {
    const nested = [synth.stacks.segments, synth.stacks.journeys, synth.stacks.messagingRoutes];
    const templates = [synth.ingestion, ...nested.map((stack) => Template.fromStack(stack))];
    let tagged = 0;
    for (const template of templates) {
      for (const [roleId, role] of resourcesOf(template, 'AWS::IAM::Role')) {
        const tags = (role.Properties.Tags ?? []) as { Key: string; Value: unknown }[];
        const tag = tags.find((t) => t.Key === PLATFORM_PUBLISHER_TAG);
        const puts = resourcesOf(template, 'AWS::IAM::ManagedPolicy', { Roles: [{ Ref: roleId }] })
          .flatMap(([, p]) => (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement)
          .some((s) => asList(s.Action).includes('events:PutEvents'));
        expect({ roleId, tagged: tag !== undefined }).toEqual({ roleId, tagged: puts });
        if (tag) expect(tag.Value).toEqual(imported(platformBusId));
        if (tag) tagged++;
      }
    }
    const publishers = Object.values(FUNCTION_CATALOG).filter((spec) => spec.putsEvents);
    expect(tagged).toBe(publishers.length + 1);
  });
});
