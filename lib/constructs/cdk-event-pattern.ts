import type { EventPattern as CdkEventPattern } from 'aws-cdk-lib/aws-events';
import type { EventPattern } from '../../lambdas/domain/events/event-patterns';

/**
 * CDK spells `detail-type` as `detailType` and renders every other key as written, so the shared
 * pattern goes to the rule unchanged.
 */
export function toCdkEventPattern(pattern: EventPattern): CdkEventPattern {
  const { 'detail-type': detailType, ...rest } = pattern;
  return { ...rest, ...(detailType === undefined ? {} : { detailType }) } as CdkEventPattern;
}
