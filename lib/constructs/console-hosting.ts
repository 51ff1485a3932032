import { Annotations, Duration, type RemovalPolicy, Stack } from 'aws-cdk-lib';
import type { RestApi } from 'aws-cdk-lib/aws-apigateway';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  Function as EdgeFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginRequestPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { RestApiOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import {
  CfnManagedLoginBranding,
  ManagedLoginVersion,
  OAuthScope,
  type UserPool,
  UserPoolClient,
  UserPoolClientIdentityProvider,
  UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { CONSOLE_DIST, ensureConsoleBuilt } from '../../scripts/console-build';
import { acknowledge, wildcardResourceFinding } from '../compliance';
import { CONSOLE_HSTS, consoleContentSecurityPolicy } from '../console/console-security-headers';
import { logGroupKey } from './keys';
import { privateBucket } from './private-bucket';
import { STAFF_REFRESH_TOKEN_VALIDITY, STAFF_TOKEN_VALIDITY } from './staff-user-pool';

/** The console's path on its origin, as locally (`/console/`); the API is under `/api/` on the same origin. */
export const CONSOLE_PATH = '/console/';
export const API_PATH_PREFIX = '/api';

export interface ConsoleHostingProps {
  readonly restApi: RestApi;
  readonly userPool: UserPool;
  /** Prefix of the managed login domain (`<prefix>.auth.<region>.amazoncognito.com`), unique across AWS. */
  readonly loginDomainPrefix: string;
  readonly accessLogRetention: Duration;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * The staff console deployed: the built single-page app in a private bucket that only CloudFront reads (origin
 * access control), the staff API behind the same distribution under `/api/` (one origin: no CORS, and the
 * console's CSP allows `connect-src 'self'` plus Cognito), the security headers on every console response, a
 * `config.json` written at deploy, and Cognito managed login with a public app client (authorization code + PKCE).
 */
export class ConsoleHosting extends Construct {
  readonly distribution: Distribution;
  readonly client: UserPoolClient;
  readonly domain: UserPoolDomain;
  readonly url: string;

  constructor(scope: Construct, id: string, props: ConsoleHostingProps) {
    super(scope, id);
    const region = Stack.of(this).region;
    const { bucket } = privateBucket(this, {
      keyDescription: 'Encrypts the staff console files (no PHI: the built single-page app and its config)',
      logPrefix: 'console-bucket/',
      accessLogRetention: props.accessLogRetention,
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(30) }],
      noReplicationReason:
        'The console bucket holds the built single-page app, which every deployment uploads again from the repository; a replica would add nothing a redeploy does not.',
      removalPolicy: props.removalPolicy,
    });

    const loginHost = `${props.loginDomainPrefix}.auth.${region}.amazoncognito.com`;
    const headers = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'Staff console: CSP without inline scripts, HSTS, no framing, strict referrer',
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          contentSecurityPolicy: consoleContentSecurityPolicy(
            `https://cognito-idp.${region}.amazonaws.com https://${loginHost}`,
          ),
          override: true,
        },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.seconds(CONSOLE_HSTS.maxAgeSeconds),
          includeSubdomains: CONSOLE_HSTS.includeSubdomains,
          override: true,
        },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
        contentTypeOptions: { override: true },
      },
    });

    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Patient outreach staff console and API',
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_100,
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        responseHeadersPolicy: headers,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        functionAssociations: [
          { eventType: FunctionEventType.VIEWER_REQUEST, function: this.edgeFunction('ConsoleRoutes', CONSOLE_ROUTES) },
        ],
      },
      additionalBehaviors: {
        [`${API_PATH_PREFIX}/*`]: {
          origin: new RestApiOrigin(props.restApi),
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          // Answers are per caller and carry PHI filtered by role: never cached; every viewer header but Host
          // (the bearer token included) goes to API Gateway.
          cachePolicy: CachePolicy.CACHING_DISABLED,
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          functionAssociations: [
            { eventType: FunctionEventType.VIEWER_REQUEST, function: this.edgeFunction('ApiPrefix', API_PREFIX) },
          ],
        },
      },
    });
    this.url = `https://${this.distribution.distributionDomainName}`;
    const consoleUrl = `${this.url}${CONSOLE_PATH}`;

    this.client = new UserPoolClient(this, 'Client', {
      userPool: props.userPool,
      userPoolClientName: 'staff-console',
      // A public client: the browser can keep no secret; PKCE protects the code.
      generateSecret: false,
      authFlows: {},
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: [consoleUrl],
        logoutUrls: [consoleUrl],
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: STAFF_TOKEN_VALIDITY,
      accessTokenValidity: STAFF_TOKEN_VALIDITY,
      refreshTokenValidity: STAFF_REFRESH_TOKEN_VALIDITY,
    });
    this.domain = new UserPoolDomain(this, 'LoginDomain', {
      userPool: props.userPool,
      cognitoDomain: { domainPrefix: props.loginDomainPrefix },
      managedLoginVersion: ManagedLoginVersion.NEWER_MANAGED_LOGIN,
    });
    new CfnManagedLoginBranding(this, 'LoginBranding', {
      userPoolId: props.userPool.userPoolId,
      clientId: this.client.userPoolClientId,
      useCognitoProvidedValues: true,
    });

    ensureConsoleBuilt();
    new BucketDeployment(this, 'Files', {
      destinationBucket: bucket,
      destinationKeyPrefix: CONSOLE_PATH.slice(1),
      sources: [
        Source.asset(CONSOLE_DIST, { exclude: ['.source-hash'] }),
        Source.jsonData('config.json', {
          apiUrl: API_PATH_PREFIX,
          auth: {
            kind: 'cognito',
            authority: `https://cognito-idp.${region}.amazonaws.com/${props.userPool.userPoolId}`,
            clientId: this.client.userPoolClientId,
            domain: loginHost,
          },
        }),
      ],
      distribution: this.distribution,
      distributionPaths: [`${CONSOLE_PATH}index.html`, `${CONSOLE_PATH}api-docs.html`, `${CONSOLE_PATH}config.json`],
      memoryLimit: 512,
      logGroup: new LogGroup(this, 'DeploymentLogs', {
        encryptionKey: logGroupKey(
          this,
          'DeploymentLogKey',
          'Encrypts the console deployment logs',
          props.removalPolicy,
        ),
        retention: RetentionDays.ONE_MONTH,
        removalPolicy: props.removalPolicy,
      }),
    });
    this.acknowledgeFindings(bucket);
  }

  private edgeFunction(id: string, code: string): EdgeFunction {
    return new EdgeFunction(this, id, { code: FunctionCode.fromInline(code), runtime: FunctionRuntime.JS_2_0 });
  }

  private acknowledgeFindings(bucket: IBucket): void {
    const distribution = this.distribution;
    acknowledge(
      distribution,
      'AwsSolutions-CFR1',
      'Staff sign in from wherever they work (clinics, home, travel); Cognito (MFA, threat protection) and the API decide access, not the country of the request.',
    );
    acknowledge(
      distribution,
      'AwsSolutions-CFR2',
      'The API behind /api/ has its own WAF web ACL on the API Gateway stage (enableWaf); the console files are public static assets that hold no data.',
    );
    acknowledge(
      distribution,
      'AwsSolutions-CFR3',
      "Every API call is logged by the API stage's access logs and the audit trail; the distribution's own requests are for the console's static files, which hold no PHI.",
    );
    acknowledge(
      distribution,
      'AwsSolutions-CFR4',
      "The distribution uses CloudFront's default certificate until the organisation attaches its own domain and certificate (then TLS 1.2 2021 is the minimum); HSTS keeps browsers on HTTPS.",
    );
    Annotations.of(this).acknowledgeWarning(
      '@aws-cdk/aws-cloudfront-origins:wildcardKeyPolicyForOac',
      "The console bucket's key lets any distribution of this account read through OAC only on the first deployment (the bucket and distribution would otherwise depend on each other); the files hold no PHI.",
    );
    // The asset deployment's handler is CDK's own singleton function, created at stack level.
    const stack = Stack.of(this);
    const handler = stack.node.children.find((child) => child.node.id.startsWith('Custom::CDKBucketDeployment'));
    if (!handler) return;
    const reasons: Record<string, string> = {
      'AwsSolutions-L1':
        "CDK's BucketDeployment handler runs on the runtime CDK chooses for it; it runs only during a deployment.",
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]':
        "CDK's BucketDeployment handler uses the basic execution role for its own logs.",
      'HIPAA.Security-IAMNoInlinePolicy':
        "CDK's BucketDeployment handler's role is generated by CDK with an inline policy scoped to the asset and console buckets.",
      'HIPAA.Security-LambdaConcurrency':
        'The deployment handler runs once per deployment; reserved concurrency would only take from the account pool.',
      'HIPAA.Security-LambdaDLQ':
        'The deployment handler is a CloudFormation custom resource: a failure fails the deployment, which is the signal.',
      'HIPAA.Security-LambdaInsideVPC':
        'The deployment handler copies static console files between S3 buckets; it touches no PHI and needs no VPC.',
    };
    for (const [rule, reason] of Object.entries(reasons)) acknowledge(handler, rule, reason);
    for (const wildcard of [
      'Action::kms:GenerateDataKey*',
      'Action::kms:ReEncrypt*',
      'Action::s3:Abort*',
      'Action::s3:DeleteObject*',
      'Action::s3:GetBucket*',
      'Action::s3:GetObject*',
      'Action::s3:List*',
      'Resource::*',
      'Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*',
    ])
      acknowledge(
        handler,
        `AwsSolutions-IAM5[${wildcard}]`,
        "CDK's BucketDeployment grants: it syncs the console's files (any key under the console prefix) from the CDK asset bucket, with the console bucket's key.",
      );
    acknowledge(
      handler,
      wildcardResourceFinding(this, `${bucket.bucketArn}/*`),
      'The deployment handler writes every file of the built console under its prefix.',
    );
  }
}

/**
 * CloudFront Function on the console's requests: `/` goes to the console, and a console address that is not a
 * file (`/console/patients/p-1`) is a route of the single-page app, answered with its `index.html`.
 */
const CONSOLE_ROUTES = `function handler(event) {
  var request = event.request;
  if (request.uri === '/' || request.uri === '/console') {
    return { statusCode: 302, statusDescription: 'Found', headers: { location: { value: '${CONSOLE_PATH}' } } };
  }
  if (request.uri.indexOf('${CONSOLE_PATH}') === 0 && request.uri.split('/').pop().indexOf('.') === -1) {
    request.uri = '${CONSOLE_PATH}index.html';
  }
  return request;
}`;

/** CloudFront Function on the API's requests: `/api/patients` reaches the stage as `/patients`. */
const API_PREFIX = `function handler(event) {
  var request = event.request;
  request.uri = request.uri.substring(${API_PATH_PREFIX.length}) || '/';
  return request;
}`;
