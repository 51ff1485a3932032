import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { type CfnFunction, Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { AwsSolutionsChecks, HIPAASecurityChecks } from 'cdk-nag';
import { PROBLEM_CONTENT_TYPE } from '../../lambdas/api/problem';
import type { RouteDefinition } from '../../lambdas/api/route';
import { API_FUNCTION_GROUPS, type ApiFunctionGroup } from '../../lambdas/api/route-groups';
import { describeRoutes } from '../../lambdas/api/routes';
import { ROLES } from '../../lambdas/domain/access/roles';
import { toDraft04Model } from '../../lib/api-model-schema';
import { GATEWAY_PROBLEMS } from '../../lib/constructs/problem-gateway-responses';
import { ACCESS_LOG_FIELDS, API_STAGE_NAME, assertOneVariablePerLevel } from '../../lib/constructs/staff-rest-api';
import { ApiStack, retentionCovering } from '../../lib/stacks/api-stack';
import { settingsOf, testApp } from './outreach-app.fixture';

type Resource = { Type: string; Properties: Record<string, unknown> };
type Ref = { Ref: string } | { 'Fn::GetAtt': [string, string] };

/**
 * The API stack alone, in front of a stand-in function per route group (the whole app, with the real
 * functions, is synthesised and checked by cdk-nag in compliance.test.ts).
 */
function apiTemplate(context: Record<string, unknown> = {}): Template {
  return synthesizeApi(context).template;
}

function synthesizeApi(context: Record<string, unknown> = {}) {
  const app = testApp(context);
  const functions = new Stack(app, 'Functions');
  const apiFunctions = Object.fromEntries(
    API_FUNCTION_GROUPS.map((group) => [
      group,
      new LambdaFunction(functions, `Api-${group}`, {
        runtime: Runtime.NODEJS_22_X,
        handler: 'index.handler',
        code: Code.fromInline('exports.handler = async () => ({ statusCode: 204 });'),
      }),
    ]),
  ) as Record<ApiFunctionGroup, LambdaFunction>;
  const stack = new ApiStack(app, 'Api', { settings: settingsOf(app), routes: describeRoutes(), apiFunctions });
  const functionIds = Object.fromEntries(
    API_FUNCTION_GROUPS.map((group) => [
      group,
      functions.getLogicalId(apiFunctions[group].node.defaultChild as CfnFunction),
    ]),
  ) as Record<ApiFunctionGroup, string>;
  return { stack, template: Template.fromStack(stack), functionIds };
}

const resources = (template: Template, type: string) => template.findResources(type) as Record<string, Resource>;
const routeKey = (route: Pick<RouteDefinition, 'method' | 'path'>) => `${route.method} ${route.path}`;

/** Every method of the template under `METHOD /path/{template}`, rebuilt from the resource tree. */
function methodsByRoute(template: Template): Map<string, Resource> {
  const apiResources = resources(template, 'AWS::ApiGateway::Resource');
  const pathOf = (ref: Ref): string => {
    if (!('Ref' in ref)) return '';
    const resource = apiResources[ref.Ref] as Resource;
    return `${pathOf(resource.Properties.ParentId as Ref)}/${resource.Properties.PathPart}`;
  };
  return new Map(
    Object.values(resources(template, 'AWS::ApiGateway::Method'))
      .filter((method) => method.Properties.HttpMethod !== 'OPTIONS')
      .map((method) => [
        `${method.Properties.HttpMethod} ${pathOf(method.Properties.ResourceId as Ref) || '/'}`,
        method,
      ]),
  );
}

const ROUTES = describeRoutes();
const isPublic = (route: RouteDefinition) => route.access.kind === 'public';

describe('api stack', () => {
  let template: Template;
  let functionIds: Record<ApiFunctionGroup, string>;
  let methods: Map<string, Resource>;
  beforeAll(() => {
    ({ template, functionIds } = synthesizeApi({ apiThrottleRateLimit: 7, apiThrottleBurstLimit: 11 }));
    methods = methodsByRoute(template);
  });

  describe('staff user pool', () => {
    it('has one group per role and no other', () => {
      const groups = Object.values(resources(template, 'AWS::Cognito::UserPoolGroup'));
      expect(groups.map((group) => group.Properties.GroupName).sort()).toEqual([...ROLES].sort());
    });

    it('lets only administrators create accounts, signs in by e-mail, and offers TOTP only', () => {
      template.hasResourceProperties('AWS::Cognito::UserPool', {
        AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
        UsernameAttributes: ['email'],
        EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
        MfaConfiguration: 'OPTIONAL',
        UserPoolTier: 'PLUS',
        UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
        Policies: {
          PasswordPolicy: Match.objectLike({
            RequireLowercase: true,
            RequireUppercase: true,
            RequireNumbers: true,
            RequireSymbols: true,
          }),
        },
      });
    });

    it('requires MFA and protects the pool from deletion in prod', () => {
      apiTemplate({ stage: 'prod' }).hasResourceProperties('AWS::Cognito::UserPool', {
        MfaConfiguration: 'ON',
        DeletionProtection: 'ACTIVE',
      });
    });

    it('gives the app client no secret, SRP sign-in, short-lived tokens and no OAuth flows', () => {
      const [client] = Object.values(resources(template, 'AWS::Cognito::UserPoolClient'));
      expect(client?.Properties).toMatchObject({
        GenerateSecret: false,
        ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
        IdTokenValidity: 15,
        AccessTokenValidity: 15,
        TokenValidityUnits: { IdToken: 'minutes', AccessToken: 'minutes' },
        EnableTokenRevocation: true,
        PreventUserExistenceErrors: 'ENABLED',
      });
      expect(client?.Properties.AllowedOAuthFlows).toBeUndefined();
    });
  });

  describe('REST API', () => {
    it('has exactly one method per route of the route table', () => {
      expect([...methods.keys()].sort()).toEqual(ROUTES.map(routeKey).sort());
    });

    it('is regional and has no CORS preflight unless origins are configured', () => {
      template.hasResourceProperties('AWS::ApiGateway::RestApi', { EndpointConfiguration: { Types: ['REGIONAL'] } });
      template.resourcePropertiesCountIs('AWS::ApiGateway::Method', { HttpMethod: 'OPTIONS' }, 0);
    });

    it('leaves only health, the OpenAPI document, the docs page and the signed patient links public', () => {
      expect(ROUTES.filter(isPublic).map(routeKey).sort()).toEqual(
        [
          'GET /docs',
          'GET /health',
          'GET /openapi.json',
          'GET /links/unsubscribe',
          'POST /links/unsubscribe',
          'GET /links/confirm',
          'POST /links/confirm',
          'GET /links/cancel',
          'POST /links/cancel',
        ].sort(),
      );
    });

    it('puts the Cognito authorizer on every route that is not public, and none on the public ones', () => {
      const [authorizerId] = Object.keys(
        template.findResources('AWS::ApiGateway::Authorizer', { Properties: { Type: 'COGNITO_USER_POOLS' } }),
      );
      for (const route of ROUTES) {
        const method = methods.get(routeKey(route))?.Properties;
        const expected = isPublic(route)
          ? { AuthorizationType: 'NONE', AuthorizerId: undefined }
          : { AuthorizationType: 'COGNITO_USER_POOLS', AuthorizerId: { Ref: authorizerId } };
        expect({
          route: routeKey(route),
          AuthorizationType: method?.AuthorizationType,
          AuthorizerId: method?.AuthorizerId,
        }).toEqual({
          route: routeKey(route),
          ...expected,
        });
      }
    });

    it('validates body and parameters of every method', () => {
      const validators = resources(template, 'AWS::ApiGateway::RequestValidator');
      const [validatorId, validator] = Object.entries(validators)[0] as [string, Resource];
      expect(Object.keys(validators)).toHaveLength(1);
      expect(validator.Properties).toMatchObject({ ValidateRequestBody: true, ValidateRequestParameters: true });
      for (const method of methods.values()) expect(method.Properties.RequestValidatorId).toEqual({ Ref: validatorId });
    });

    it('validates each body against a draft 4 model of the route body schema', () => {
      const models = resources(template, 'AWS::ApiGateway::Model');
      const withBody = ROUTES.filter((route) => route.body);
      expect(withBody.length).toBeGreaterThan(0);
      expect(Object.keys(models)).toHaveLength(withBody.length);
      for (const route of withBody) {
        const requestModels = methods.get(routeKey(route))?.Properties.RequestModels as Record<string, Ref>;
        expect(Object.keys(requestModels).sort()).toEqual(['application/json', 'application/merge-patch+json']);
        const model = models[(requestModels['application/json'] as { Ref: string }).Ref] as Resource;
        expect(model.Properties.Schema).toEqual(toDraft04Model(route.body));
      }
    });

    it('writes models that a strict draft 4 validator compiles', () => {
      const draft04 = addFormats(new Ajv04({ strict: true }));
      for (const model of Object.values(resources(template, 'AWS::ApiGateway::Model'))) {
        expect(() => draft04.compile(model.Properties.Schema as object)).not.toThrow();
      }
    });

    it('requires every path parameter and the query parameters a route requires', () => {
      for (const route of ROUTES) {
        const parameters = (methods.get(routeKey(route))?.Properties.RequestParameters ?? {}) as Record<
          string,
          boolean
        >;
        for (const [, name] of route.path.matchAll(/\{([^}]+)\}/g)) {
          expect(parameters[`method.request.path.${name}`]).toBe(true);
        }
        const query = route.query as { properties?: object; required?: string[] } | undefined;
        for (const name of Object.keys(query?.properties ?? {})) {
          expect(parameters[`method.request.querystring.${name}`]).toBe((query?.required ?? []).includes(name));
        }
      }
    });

    it("proxies every method to the function of its route's group, and to no other", () => {
      for (const route of ROUTES) {
        const integration = JSON.stringify(methods.get(routeKey(route))?.Properties.Integration);
        expect(JSON.parse(integration)).toMatchObject({ Type: 'AWS_PROXY', IntegrationHttpMethod: 'POST' });
        const integrated = API_FUNCTION_GROUPS.filter((group) =>
          integration.includes(`ExportsOutputFnGetAtt${functionIds[group]}Arn`),
        );
        expect([routeKey(route), integrated]).toEqual([routeKey(route), [route.group]]);
      }
    });

    it('gives every function a group of routes, so each is integrated', () => {
      const served = new Set(ROUTES.map((route) => route.group));

      expect([...served].sort()).toEqual([...API_FUNCTION_GROUPS].sort());
    });

    it('lets only this API stage invoke each function, with one permission per function', () => {
      const permissions = Object.values(resources(template, 'AWS::Lambda::Permission'));
      expect(permissions).toHaveLength(API_FUNCTION_GROUPS.length);
      const [stageId] = Object.keys(resources(template, 'AWS::ApiGateway::Stage'));
      for (const group of API_FUNCTION_GROUPS) {
        const permission = permissions.filter((p) =>
          JSON.stringify(p.Properties.FunctionName).includes(`ExportsOutputFnGetAtt${functionIds[group]}Arn`),
        );
        expect(permission).toHaveLength(1);
        expect(permission[0]?.Properties.Principal).toBe('apigateway.amazonaws.com');
        expect(JSON.stringify(permission[0]?.Properties.SourceArn)).toContain(`{"Ref":"${stageId}"},"/*/*"`);
      }
    });

    it('answers the errors API Gateway raises itself as problem+json', () => {
      const responses = Object.values(resources(template, 'AWS::ApiGateway::GatewayResponse'));
      expect(responses.map((r) => r.Properties.ResponseType).sort()).toEqual(
        GATEWAY_PROBLEMS.map((p) => p.type.responseType).sort(),
      );
      for (const response of responses) {
        const parameters = response.Properties.ResponseParameters as Record<string, string>;
        expect(parameters['gatewayresponse.header.Content-Type']).toBe(`'${PROBLEM_CONTENT_TYPE}'`);
        const body = JSON.parse(
          (response.Properties.ResponseTemplates as Record<string, string>)['application/json'] ?? '',
        );
        expect(body).toMatchObject({ type: 'about:blank', instance: '$context.requestId' });
        if (response.Properties.StatusCode !== undefined)
          expect(String(body.status)).toBe(response.Properties.StatusCode);
      }
      template.hasResourceProperties('AWS::ApiGateway::GatewayResponse', {
        ResponseType: 'MISSING_AUTHENTICATION_TOKEN',
        StatusCode: '404',
      });
    });
  });

  describe('stage', () => {
    const stage = () => Object.values(resources(template, 'AWS::ApiGateway::Stage'))[0]?.Properties ?? {};

    it('logs execution errors only, never request or response data, and traces with X-Ray', () => {
      expect(stage()).toMatchObject({
        StageName: API_STAGE_NAME,
        TracingEnabled: true,
        MethodSettings: [
          expect.objectContaining({
            ResourcePath: '/*',
            HttpMethod: '*',
            LoggingLevel: 'ERROR',
            DataTraceEnabled: false,
          }),
        ],
      });
    });

    it('throttles every method at the configured rate and burst', () => {
      expect(stage().MethodSettings).toEqual([
        expect.objectContaining({
          ResourcePath: '/*',
          HttpMethod: '*',
          ThrottlingRateLimit: 7,
          ThrottlingBurstLimit: 11,
        }),
      ]);
    });

    it('writes one JSON access-log line per request with ids, route template, status and latency', () => {
      const { Format, DestinationArn } = stage().AccessLogSetting as { Format: string; DestinationArn: unknown };
      const line = JSON.parse(Format) as Record<string, string>;
      expect(line).toEqual(ACCESS_LOG_FIELDS);
      expect(line).toMatchObject({
        requestId: '$context.requestId',
        ip: '$context.identity.sourceIp',
        caller: '$context.authorizer.claims.sub',
        route: '$context.resourcePath',
        status: '$context.status',
        latencyMs: '$context.responseLatency',
      });
      const [logGroupId, logGroup] = Object.entries(resources(template, 'AWS::Logs::LogGroup'))[0] as [
        string,
        Resource,
      ];
      expect(JSON.stringify(DestinationArn)).toContain(`{"Ref":"${logGroupId}"}`);
      expect(logGroup.Properties.KmsKeyId).toBeDefined();
    });

    it('keeps PHI and personal details out of the access log', () => {
      const { Format } = stage().AccessLogSetting as { Format: string };
      for (const variable of Format.match(/\$context\.[A-Za-z.:]+/g) ?? []) {
        expect(variable).not.toMatch(
          /^\$context\.(path|requestOverride|responseOverride)|querystring|email|username|identity\.user/i,
        );
      }
    });

    it('keeps access logs at least as long as the audit retention', () => {
      template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: retentionCovering(2190) });
    });
  });

  describe('firewall', () => {
    it('is absent when enableWaf is off (the default outside prod)', () => {
      template.resourceCountIs('AWS::WAFv2::WebACL', 0);
      template.resourceCountIs('AWS::WAFv2::WebACLAssociation', 0);
    });

    describe('when enableWaf is on', () => {
      let withWaf: Template;
      beforeAll(() => {
        withWaf = apiTemplate({ enableWaf: 'true' });
      });

      it('guards the stage with a rate limit and the AWS common and known-bad-inputs rule groups', () => {
        const [webAclId, webAcl] = Object.entries(resources(withWaf, 'AWS::WAFv2::WebACL'))[0] as [string, Resource];
        expect(webAcl.Properties.Scope).toBe('REGIONAL');
        const rules = webAcl.Properties.Rules as { Statement: Record<string, { Name?: string }> }[];
        expect(rules.map((rule) => Object.keys(rule.Statement)[0])).toEqual([
          'RateBasedStatement',
          'ManagedRuleGroupStatement',
          'ManagedRuleGroupStatement',
        ]);
        expect(rules.map((rule) => rule.Statement.ManagedRuleGroupStatement?.Name).filter(Boolean)).toEqual([
          'AWSManagedRulesKnownBadInputsRuleSet',
          'AWSManagedRulesCommonRuleSet',
        ]);
        const [stageId] = Object.keys(resources(withWaf, 'AWS::ApiGateway::Stage'));
        withWaf.hasResourceProperties('AWS::WAFv2::WebACLAssociation', {
          WebACLArn: { 'Fn::GetAtt': [webAclId, 'Arn'] },
        });
        expect(JSON.stringify(resources(withWaf, 'AWS::WAFv2::WebACLAssociation'))).toContain(stageId);
      });

      it('logs blocked and counted requests only, without token, query or path', () => {
        withWaf.hasResourceProperties('AWS::WAFv2::LoggingConfiguration', {
          RedactedFields: [{ SingleHeader: { Name: 'authorization' } }, { QueryString: {} }, { UriPath: {} }],
          LoggingFilter: Match.objectLike({ DefaultBehavior: 'DROP' }),
        });
        withWaf.hasResourceProperties('AWS::Logs::LogGroup', {
          LogGroupName: Match.stringLikeRegexp('^aws-waf-logs-'),
          KmsKeyId: Match.anyValue(),
        });
      });
    });

    it('is on by default in prod', () => {
      apiTemplate({ stage: 'prod' }).resourceCountIs('AWS::WAFv2::WebACLAssociation', 1);
    });
  });

  describe('CORS', () => {
    it('answers preflight requests and lets the configured origin read gateway errors', () => {
      const withCors = apiTemplate({ corsAllowedOrigins: 'https://dashboard.example.org' });
      expect(withCors.findResources('AWS::ApiGateway::Method', { Properties: { HttpMethod: 'OPTIONS' } })).not.toEqual(
        {},
      );
      withCors.hasResourceProperties('AWS::ApiGateway::GatewayResponse', {
        ResponseType: 'UNAUTHORIZED',
        ResponseParameters: Match.objectLike({
          'gatewayresponse.header.Access-Control-Allow-Origin': "'https://dashboard.example.org'",
        }),
      });
    });
  });
});

describe('compliance of the production configuration', () => {
  it('leaves no cdk-nag finding unacknowledged with MFA required, the firewall on and CORS configured', () => {
    const { stack } = synthesizeApi({ stage: 'prod', corsAllowedOrigins: 'https://dashboard.example.org' });
    const violations = [new AwsSolutionsChecks(), new HIPAASecurityChecks()].flatMap(
      (pack) => pack.validateScope(stack).violations,
    );
    expect(violations.map((v) => `${v.ruleName} at ${v.violatingResources.map((r) => r.constructPath)}`)).toEqual([]);
  });
});

describe('route table checks', () => {
  const route = (path: string) => ({ ...(ROUTES[0] as RouteDefinition), path });

  it('refuses two parameter names at one path level, which API Gateway would refuse at deployment', () => {
    expect(() => assertOneVariablePerLevel([route('/patients/{patientId}'), route('/patients/{id}/consents')])).toThrow(
      /\/patients: \{patientId\}, \{id\}/,
    );
  });

  it('accepts a fixed segment beside a parameter', () => {
    expect(() =>
      assertOneVariablePerLevel([
        route('/dead-letters/{id}'),
        route('/dead-letters/replay'),
        route('/dead-letters/{id}/replay'),
      ]),
    ).not.toThrow();
  });
});

describe('retentionCovering', () => {
  it.each([
    [30, RetentionDays.ONE_MONTH],
    [2190, RetentionDays.SIX_YEARS],
    [100_000, RetentionDays.TEN_YEARS],
  ])('keeps %d days of logs for at least that long', (days, retention) => {
    expect(retentionCovering(days)).toBe(retention);
  });
});
