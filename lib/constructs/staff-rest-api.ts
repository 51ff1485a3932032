import { Duration } from 'aws-cdk-lib';
import {
  AccessLogField,
  AccessLogFormat,
  AuthorizationType,
  AwsIntegration,
  CognitoUserPoolsAuthorizer,
  EndpointType,
  IdentitySource,
  type JsonSchema,
  LogGroupLogDestination,
  type Method,
  MethodLoggingLevel,
  type MethodOptions,
  type Model,
  type RequestValidator,
  RestApi,
} from 'aws-cdk-lib/aws-apigateway';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { ILogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { RouteDefinition } from '../../lambdas/api/route';
import { API_FUNCTION_GROUPS, type ApiFunctionGroup } from '../../lambdas/api/route-groups';
import { toDraft04Model } from '../api-model-schema';
import { acknowledge } from '../compliance';
import { addProblemGatewayResponses } from './problem-gateway-responses';

export const API_STAGE_NAME = 'v1';

/**
 * One access-log line per request, as JSON: who (the token's `sub`, the source IP), which route (the
 * template, e.g. `/patients/{patientId}`, never the path with its ids), the outcome and the timings.
 * Nothing a request carries (path values, query, body, e-mail or user name) is logged.
 */
export const ACCESS_LOG_FIELDS = {
  requestId: AccessLogField.contextRequestId(),
  time: AccessLogField.contextRequestTimeEpoch(),
  ip: AccessLogField.contextIdentitySourceIp(),
  caller: AccessLogField.contextAuthorizerClaims('sub'),
  method: AccessLogField.contextHttpMethod(),
  route: AccessLogField.contextResourcePath(),
  status: AccessLogField.contextStatus(),
  errorType: AccessLogField.contextErrorResponseType(),
  latencyMs: AccessLogField.contextResponseLatency(),
  integrationLatencyMs: AccessLogField.contextIntegrationLatency(),
  responseBytes: AccessLogField.contextResponseLength(),
  wafStatus: AccessLogField.contextWafResponseCode(),
  traceId: AccessLogField.contextXrayTraceId(),
} as const;

/** Both content types the function accepts for a body; each is validated against the route's model. */
const BODY_CONTENT_TYPES = ['application/json', 'application/merge-patch+json'] as const;

export interface StaffRestApiProps {
  readonly restApiName: string;
  readonly routes: readonly RouteDefinition[];
  /** The function behind each group's routes (each route's `group`). */
  readonly handlers: Readonly<Record<ApiFunctionGroup, IFunction>>;
  readonly userPool: IUserPool;
  readonly accessLogs: ILogGroup;
  readonly throttle: { readonly rateLimit: number; readonly burstLimit: number };
  /** Browser origins allowed to call the API; none turns CORS off. */
  readonly corsAllowedOrigins: readonly string[];
}

/** A route of the route table and the API Gateway method serving it. */
export interface RouteMethod {
  readonly route: RouteDefinition;
  readonly method: Method;
}

/**
 * The staff API as a regional REST API built from the route table: one resource per path template,
 * one method per route, each proxied to the function of its route's group. Every route that is not public has the
 * Cognito authorizer; every method has the request validator, and a route with a body its model.
 */
export class StaffRestApi extends Construct {
  readonly api: RestApi;
  readonly authorizer: CognitoUserPoolsAuthorizer;
  readonly validator: RequestValidator;
  readonly routeMethods: readonly RouteMethod[];

  constructor(scope: Construct, id: string, props: StaffRestApiProps) {
    super(scope, id);
    assertOneVariablePerLevel(props.routes);
    const origins = props.corsAllowedOrigins;

    this.api = new RestApi(this, 'RestApi', {
      restApiName: props.restApiName,
      description: 'Staff API of the patient-outreach platform',
      endpointConfiguration: { types: [EndpointType.REGIONAL] },
      cloudWatchRole: false,
      deployOptions: {
        stageName: API_STAGE_NAME,
        accessLogDestination: new LogGroupLogDestination(props.accessLogs),
        accessLogFormat: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)),
        // Errors only, and never request or response data: execution logs would otherwise hold PHI.
        loggingLevel: MethodLoggingLevel.ERROR,
        dataTraceEnabled: false,
        metricsEnabled: true,
        tracingEnabled: true,
        throttlingRateLimit: props.throttle.rateLimit,
        throttlingBurstLimit: props.throttle.burstLimit,
      },
      defaultCorsPreflightOptions:
        origins.length > 0
          ? {
              allowOrigins: [...origins],
              allowMethods: [...new Set(props.routes.map((route) => route.method))],
              allowHeaders: ['Authorization', 'Content-Type'],
              maxAge: Duration.hours(1),
            }
          : undefined,
    });
    addProblemGatewayResponses(this.api, origins.length === 1 ? origins[0] : undefined);

    this.authorizer = new CognitoUserPoolsAuthorizer(this, 'Authorizer', {
      authorizerName: 'staff-cognito',
      cognitoUserPools: [props.userPool],
      identitySource: IdentitySource.header('Authorization'),
    });
    this.validator = this.api.addRequestValidator('Validator', {
      requestValidatorName: 'body-and-parameters',
      validateRequestBody: true,
      validateRequestParameters: true,
    });

    const integrations = Object.fromEntries(
      API_FUNCTION_GROUPS.map((group) => [group, this.integrate(group, props.handlers[group])]),
    ) as Record<ApiFunctionGroup, AwsIntegration>;

    this.routeMethods = props.routes.map((route) => {
      if (!route.group) throw new Error(`${route.method} ${route.path} has no function group`);
      return {
        route,
        method: this.api.root
          .resourceForPath(route.path)
          .addMethod(route.method, integrations[route.group], this.methodOptions(route)),
      };
    });
    for (const { route, method } of this.routeMethods) {
      if (route.access.kind === 'public') acknowledgePublicRoute(route, method);
    }
  }

  /** The proxy integration with one group's function, which only this stage may invoke. */
  private integrate(group: ApiFunctionGroup, handler: IFunction): AwsIntegration {
    // One permission for the whole stage: one per method would outgrow the function's policy size limit.
    handler.addPermission(`InvokeFromStaffApi${group === 'core' ? '' : group.replace(/^./, (c) => c.toUpperCase())}`, {
      principal: new ServicePrincipal('apigateway.amazonaws.com'),
      sourceArn: this.api.arnForExecuteApi('*', '/*', this.api.deploymentStage.stageName),
      scope: this,
    });
    return new AwsIntegration({
      proxy: true,
      service: 'lambda',
      path: `2015-03-31/functions/${handler.functionArn}/invocations`,
    });
  }

  private methodOptions(route: RouteDefinition): MethodOptions {
    const model = route.body ? this.bodyModel(route) : undefined;
    return {
      operationName: route.operationId,
      ...(route.access.kind === 'public'
        ? { authorizationType: AuthorizationType.NONE }
        : { authorizationType: AuthorizationType.COGNITO, authorizer: this.authorizer }),
      requestValidator: this.validator,
      requestParameters: requestParameters(route),
      requestModels: model ? Object.fromEntries(BODY_CONTENT_TYPES.map((type) => [type, model])) : undefined,
    };
  }

  private bodyModel(route: RouteDefinition): Model {
    const name = `${route.operationId.replace(/[^A-Za-z0-9]/g, '').replace(/^./, (c) => c.toUpperCase())}Body`;
    return this.api.addModel(`${name}Model`, {
      modelName: name,
      contentType: BODY_CONTENT_TYPES[0],
      description: `Body of ${route.method} ${route.path}`,
      // Draft 4 keys as written: CDK passes `$schema` and `$ref`-style keys through unchanged.
      schema: toDraft04Model(route.body) as JsonSchema,
    });
  }
}

/**
 * Path parameters are always required; query parameters are required where the route's query schema
 * says so. The validator then refuses a request without them before the function runs.
 */
function requestParameters(route: RouteDefinition): Record<string, boolean> {
  const query = route.query as { properties?: Record<string, unknown>; required?: string[] } | undefined;
  return {
    ...Object.fromEntries(pathParameterNames(route.path).map((name) => [`method.request.path.${name}`, true])),
    ...Object.fromEntries(
      Object.keys(query?.properties ?? {}).map((name) => [
        `method.request.querystring.${name}`,
        (query?.required ?? []).includes(name),
      ]),
    ),
  };
}

const pathParameterNames = (path: string): string[] =>
  [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] as string);

/**
 * API Gateway refuses two variable resources under one parent (`/patients/{patientId}` next to
 * `/patients/{id}`) only at deployment; say so at synthesis, naming the routes to align.
 */
export function assertOneVariablePerLevel(routes: readonly RouteDefinition[]): void {
  const variablesByParent = new Map<string, Set<string>>();
  for (const route of routes) {
    const segments = route.path.split('/').filter(Boolean);
    segments.forEach((segment, index) => {
      if (!/^\{.+\}$/.test(segment)) return;
      const parent = `/${segments.slice(0, index).join('/')}`;
      variablesByParent.set(parent, (variablesByParent.get(parent) ?? new Set()).add(segment));
    });
  }
  const conflicts = [...variablesByParent].filter(([, names]) => names.size > 1);
  if (conflicts.length > 0) {
    const list = conflicts.map(([parent, names]) => `${parent}: ${[...names].join(', ')}`).join('; ');
    throw new Error(`Routes use different path parameter names at the same level (${list}); use one name per level.`);
  }
}

function acknowledgePublicRoute(route: RouteDefinition, method: Method): void {
  const reason = `${route.method} ${route.path} is public in the route table (access: public): ${route.summary}. Only liveness, the API contract and links patients follow are public; every other route has the Cognito authorizer and the role check.`;
  acknowledge(method, 'AwsSolutions-APIG4', reason);
  acknowledge(method, 'AwsSolutions-COG4', reason);
}
