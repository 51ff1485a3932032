import { Match, type Template } from 'aws-cdk-lib/assertions';
import { synthesizeOutreach, WITHOUT_BUNDLING } from './outreach-app.fixture';

let template: Template;

beforeAll(() => {
  template = synthesizeOutreach(WITHOUT_BUNDLING).console;
});

const resolvedText = (value: unknown) => JSON.stringify(value);

describe('the console hosting', () => {
  it('keeps the files in a private bucket that only the distribution reads, through origin access control', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: Match.objectLike({
        ServerSideEncryptionConfiguration: [
          Match.objectLike({
            ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: Match.anyValue() },
          }),
        ],
      }),
    });
    template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: Match.objectLike({
        Statement: Match.arrayWith([
          Match.objectLike({ Principal: { Service: 'cloudfront.amazonaws.com' }, Action: 's3:GetObject' }),
        ]),
      }),
    });
  });

  it('sends the security headers: a CSP without inline scripts, HSTS, no framing, a strict referrer policy', () => {
    const policies = template.findResources('AWS::CloudFront::ResponseHeadersPolicy');
    const [policy] = Object.values(policies) as {
      Properties: { ResponseHeadersPolicyConfig: Record<string, unknown> };
    }[];
    const security = (policy?.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig ?? {}) as Record<
      string,
      Record<string, unknown>
    >;
    const csp = resolvedText(security.ContentSecurityPolicy?.ContentSecurityPolicy);

    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain('cognito-idp.');
    expect(security.StrictTransportSecurity).toMatchObject({ AccessControlMaxAgeSec: 63_072_000, Override: true });
    expect(security.FrameOptions).toMatchObject({ FrameOption: 'DENY' });
    expect(security.ReferrerPolicy).toMatchObject({ ReferrerPolicy: 'strict-origin-when-cross-origin' });
  });

  it('serves the API on the same origin under /api/, never cached, HTTPS only', () => {
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultCacheBehavior: Match.objectLike({ ViewerProtocolPolicy: 'redirect-to-https' }),
        CacheBehaviors: [
          Match.objectLike({
            PathPattern: '/api/*',
            ViewerProtocolPolicy: 'https-only',
            // The managed CachingDisabled policy.
            CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad',
            AllowedMethods: Match.arrayWith(['PUT', 'PATCH', 'POST', 'DELETE']),
          }),
        ],
      }),
    });
  });

  it('signs staff in with managed login: a public client, authorization code only, back to the console', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      ClientName: 'staff-console',
      GenerateSecret: false,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthScopes: Match.arrayWith(['openid']),
      CallbackURLs: [Match.objectLike({ 'Fn::Join': Match.anyValue() })],
    });
    const client = Object.values(template.findResources('AWS::Cognito::UserPoolClient'))[0] as {
      Properties: { CallbackURLs: unknown };
    };
    expect(resolvedText(client.Properties.CallbackURLs)).toContain('/console/');
    template.hasResourceProperties('AWS::Cognito::UserPoolDomain', { ManagedLoginVersion: 2 });
    template.resourceCountIs('AWS::Cognito::ManagedLoginBranding', 1);
  });

  it('writes config.json at deploy with the API path and the Cognito ids', () => {
    const deployment = Object.values(template.findResources('Custom::CDKBucketDeployment'))[0] as {
      Properties: Record<string, unknown>;
    };
    const text = resolvedText(deployment.Properties);

    expect(deployment.Properties.DestinationBucketKeyPrefix).toBe('console/');
    // config.json's content is an asset; its deploy-time values are the markers filled in by the deployment.
    expect(text).toContain('ExportsOutputRefStaffUserPool');
    expect(text).toMatch(/"Ref":"ConsoleClient[0-9A-F]+"/);
    expect(deployment.Properties.DistributionPaths).toContain('/console/config.json');
  });

  it('answers the single-page routes with index.html and strips /api before the API stage', () => {
    const functions = Object.values(template.findResources('AWS::CloudFront::Function')) as {
      Properties: { FunctionCode: string };
    }[];
    const code = functions.map((f) => f.Properties.FunctionCode);

    expect(code.some((c) => c.includes("request.uri = '/console/index.html'"))).toBe(true);
    expect(code.some((c) => c.includes('request.uri.substring(4)'))).toBe(true);
  });
});
