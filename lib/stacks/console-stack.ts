import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import type { RestApi } from 'aws-cdk-lib/aws-apigateway';
import type { UserPool } from 'aws-cdk-lib/aws-cognito';
import type { Construct } from 'constructs';
import { ConsoleHosting } from '../constructs/console-hosting';
import { resourceName } from '../naming';
import { removalPolicyFor } from '../removal';
import type { OutreachSettings } from '../settings';

export interface ConsoleStackProps extends StackProps {
  readonly settings: OutreachSettings;
  readonly restApi: RestApi;
  readonly userPool: UserPool;
}

/** The staff console: its hosting (bucket, CloudFront with the API under /api/) and its Cognito sign-in. */
export class ConsoleStack extends Stack {
  readonly hosting: ConsoleHosting;

  constructor(scope: Construct, id: string, props: ConsoleStackProps) {
    super(scope, id, props);
    const { settings } = props;
    this.hosting = new ConsoleHosting(this, 'Console', {
      restApi: props.restApi,
      userPool: props.userPool,
      loginDomainPrefix: settings.consoleLoginDomainPrefix ?? `${resourceName(settings, 'staff')}-${this.account}`,
      accessLogRetention: Duration.days(settings.auditRetentionDays),
      removalPolicy: removalPolicyFor(settings),
    });
    new CfnOutput(this, 'ConsoleUrl', {
      value: `${this.hosting.url}/console/`,
      description: 'The staff console (sign in with a staff account)',
    });
  }
}
