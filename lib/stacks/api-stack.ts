import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import type { RouteDefinition } from '../../lambdas/api/route';
import type { ApiFunctionGroup } from '../../lambdas/api/route-groups';
import { acknowledge } from '../compliance';
import { ApiFirewall } from '../constructs/api-firewall';
import { logGroupKey } from '../constructs/keys';
import { StaffRestApi } from '../constructs/staff-rest-api';
import { StaffUserPool } from '../constructs/staff-user-pool';
import { resourceName } from '../naming';
import { removalPolicyFor } from '../removal';
import type { OutreachSettings } from '../settings';

export interface ApiStackProps extends StackProps {
  readonly settings: OutreachSettings;
  /** The route table (`describeRoutes()`): every route becomes a method. */
  readonly routes: readonly RouteDefinition[];
  /** The function that serves each group's routes. */
  readonly apiFunctions: Readonly<Record<ApiFunctionGroup, IFunction>>;
}

/**
 * How staff reach the platform: the Cognito user pool whose groups are the roles, the REST API built
 * from the route table, its access logs, and (per `enableWaf`) the WAF web ACL in front of it.
 */
export class ApiStack extends Stack {
  readonly staff: StaffUserPool;
  readonly restApi: StaffRestApi;
  readonly accessLogs: LogGroup;
  readonly firewall?: ApiFirewall;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const { settings } = props;
    const removalPolicy = removalPolicyFor(settings);
    const logKey = logGroupKey(this, 'LogKey', 'Encrypts the staff API access logs and firewall logs', removalPolicy);

    this.staff = new StaffUserPool(this, 'Staff', {
      userPoolName: resourceName(settings, 'staff'),
      mfa: settings.cognitoMfa,
      deletionProtection: settings.deletionProtection,
      removalPolicy,
    });
    // Access logs say who called which route when: audit evidence, kept as long as the rest of it.
    this.accessLogs = new LogGroup(this, 'AccessLogs', {
      encryptionKey: logKey,
      retention: retentionCovering(settings.auditRetentionDays),
      removalPolicy,
    });
    this.restApi = new StaffRestApi(this, 'StaffApi', {
      restApiName: resourceName(settings, 'staff-api'),
      routes: props.routes,
      handlers: props.apiFunctions,
      userPool: this.staff.userPool,
      accessLogs: this.accessLogs,
      throttle: { rateLimit: settings.apiThrottleRateLimit, burstLimit: settings.apiThrottleBurstLimit },
      corsAllowedOrigins: settings.corsAllowedOrigins,
    });
    const stage = this.restApi.api.deploymentStage;
    if (settings.enableWaf) {
      this.firewall = new ApiFirewall(this, 'Firewall', {
        name: resourceName(settings, 'staff-api'),
        stage,
        logKey,
        logRetention: settings.logRetentionDays,
        removalPolicy,
      });
    } else {
      acknowledge(
        stage,
        'AwsSolutions-APIG3',
        'The WAF web ACL is switched off by the enableWaf context setting for this stage (off by default outside prod, where it costs more than it protects); prod attaches it by default.',
      );
    }
    acknowledge(
      stage,
      'HIPAA.Security-APIGWCacheEnabledAndEncrypted',
      'Responses are per caller and carry PHI filtered by role; a stage cache would keep PHI outside the tables and could serve one role the answer meant for another. The API has no cache at all.',
    );
    acknowledge(
      stage,
      'HIPAA.Security-APIGWSSLEnabled',
      'A client certificate authenticates API Gateway to an HTTP backend; the only integrations here are Lambda proxies, invoked through the Lambda API with SigV4 and a resource policy limited to this stage.',
    );

    new CfnOutput(this, 'StaffApiUrl', { value: this.restApi.api.url, description: 'Base URL of the staff API' });
    new CfnOutput(this, 'UserPoolId', { value: this.staff.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.staff.client.userPoolClientId });
    if (this.firewall) new CfnOutput(this, 'WebAclArn', { value: this.firewall.webAcl.attrArn });
  }
}

const LOG_RETENTIONS = Object.values(RetentionDays)
  .filter((days): days is number => typeof days === 'number' && days !== RetentionDays.INFINITE)
  .sort((a, b) => a - b);

/** The shortest retention CloudWatch Logs accepts that keeps logs at least `days` (or the longest it has). */
export function retentionCovering(days: number): RetentionDays {
  return (LOG_RETENTIONS.find((retention) => retention >= days) ?? LOG_RETENTIONS.at(-1)) as RetentionDays;
}
