import { ArnFormat, type RemovalPolicy, Stack } from 'aws-cdk-lib';
import type { Stage } from 'aws-cdk-lib/aws-apigateway';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { CfnLoggingConfiguration, CfnWebACL, CfnWebACLAssociation } from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';

/**
 * Requests one client IP may make in five minutes before the firewall answers 429. Generous, because a
 * whole hospital's staff can sit behind one NAT address; the stage throttle guards the total.
 */
export const RATE_LIMIT_PER_IP_PER_5_MINUTES = 3000;

const TOO_MANY_REQUESTS_BODY = 'TooManyRequests';

export interface ApiFirewallProps {
  /** Names the web ACL and its metrics; the log group is `aws-waf-logs-<name>`, as WAF requires. */
  readonly name: string;
  readonly stage: Stage;
  readonly logKey: IKey;
  readonly logRetention: RetentionDays;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * An AWS WAF web ACL on the API stage: a per-IP rate limit, then the AWS managed Known Bad Inputs and
 * Common rule sets. It logs only requests it blocks or counts, with the token, the query and the path
 * (which carry patient ids) redacted.
 */
export class ApiFirewall extends Construct {
  readonly webAcl: CfnWebACL;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: ApiFirewallProps) {
    super(scope, id);
    const metric = (suffix: string): CfnWebACL.VisibilityConfigProperty => ({
      metricName: `${props.name}-${suffix}`,
      cloudWatchMetricsEnabled: true,
      // Sampled requests show whole requests, bearer tokens and patient ids included, in the console.
      sampledRequestsEnabled: false,
    });

    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      name: props.name,
      description: 'Protects the staff API',
      scope: 'REGIONAL',
      defaultAction: { allow: {} },
      visibilityConfig: metric('all'),
      customResponseBodies: {
        [TOO_MANY_REQUESTS_BODY]: {
          contentType: 'APPLICATION_JSON',
          content: JSON.stringify({
            type: 'about:blank',
            title: 'Too Many Requests',
            status: 429,
            detail: 'too many requests from this address; retry later',
          }),
        },
      },
      rules: [
        {
          name: 'RateLimitPerIp',
          priority: 0,
          statement: {
            rateBasedStatement: {
              limit: RATE_LIMIT_PER_IP_PER_5_MINUTES,
              aggregateKeyType: 'IP',
              evaluationWindowSec: 300,
            },
          },
          action: {
            block: {
              // WAF sends the body as application/json: it prefixes custom headers, so no problem+json.
              customResponse: { responseCode: 429, customResponseBodyKey: TOO_MANY_REQUESTS_BODY },
            },
          },
          visibilityConfig: metric('rate-limit'),
        },
        managedRuleGroup('AWSManagedRulesKnownBadInputsRuleSet', 1, metric('known-bad-inputs')),
        // The function enforces its own body limit (413); the rule's 8 KB cap would block large segment
        // or journey definitions, so it only counts.
        managedRuleGroup('AWSManagedRulesCommonRuleSet', 2, metric('common'), ['SizeRestrictions_BODY']),
      ],
    });

    const logGroupName = `aws-waf-logs-${props.name}`;
    this.logGroup = new LogGroup(this, 'Logs', {
      logGroupName,
      encryptionKey: props.logKey,
      retention: props.logRetention,
      removalPolicy: props.removalPolicy,
    });
    const logging = new CfnLoggingConfiguration(this, 'Logging', {
      resourceArn: this.webAcl.attrArn,
      // WAF wants the log group ARN without the `:*` CloudWatch appends.
      logDestinationConfigs: [
        Stack.of(this).formatArn({
          service: 'logs',
          resource: 'log-group',
          resourceName: logGroupName,
          arnFormat: ArnFormat.COLON_RESOURCE_NAME,
        }),
      ],
      redactedFields: [{ singleHeader: { Name: 'authorization' } }, { queryString: {} }, { uriPath: {} }],
      loggingFilter: {
        DefaultBehavior: 'DROP',
        Filters: [
          {
            Behavior: 'KEEP',
            Requirement: 'MEETS_ANY',
            Conditions: [{ ActionCondition: { Action: 'BLOCK' } }, { ActionCondition: { Action: 'COUNT' } }],
          },
        ],
      },
    });
    logging.node.addDependency(this.logGroup);

    new CfnWebACLAssociation(this, 'Association', {
      resourceArn: props.stage.stageArn,
      webAclArn: this.webAcl.attrArn,
    });
  }
}

function managedRuleGroup(
  name: string,
  priority: number,
  visibilityConfig: CfnWebACL.VisibilityConfigProperty,
  countOnly: readonly string[] = [],
): CfnWebACL.RuleProperty {
  return {
    name,
    priority,
    overrideAction: { none: {} },
    statement: {
      managedRuleGroupStatement: {
        vendorName: 'AWS',
        name,
        ruleActionOverrides: countOnly.length
          ? countOnly.map((rule) => ({ name: rule, actionToUse: { count: {} } }))
          : undefined,
      },
    },
    visibilityConfig,
  };
}
