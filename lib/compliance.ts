import { Stack, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, HIPAASecurityChecks } from 'cdk-nag';
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference';
import type { IConstruct } from 'constructs';

/** The cdk-nag packs every synthesis runs: `cdk synth` fails on any finding that is not acknowledged. */
export function addCompliancePacks(app: IConstruct): void {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new HIPAASecurityChecks(app));
}

/**
 * Accepts one cdk-nag finding on one construct (and its children), with the reason it is acceptable.
 * Kept to a single call shape so that every acknowledgment in `lib/` can be found and reviewed.
 */
export function acknowledge(scope: IConstruct, ruleId: string, reason: string): void {
  Validations.of(scope).acknowledge({ id: ruleId, reason });
}

/**
 * The id cdk-nag gives the finding "wildcard in this resource ARN", e.g. `AwsSolutions-IAM5[Resource::<Bucket.Arn>/*]`,
 * computed with cdk-nag's own flattening so that an acknowledgment names exactly one ARN.
 */
export function wildcardResourceFinding(scope: IConstruct, resourceArn: string): string {
  return `AwsSolutions-IAM5[Resource::${flattenCfnReference(Stack.of(scope).resolve(resourceArn))}]`;
}
