import { RemovalPolicy } from 'aws-cdk-lib';
import type { OutreachSettings } from './settings';

/** Production keeps its data when a stack or resource is deleted; other stages clean up after themselves. */
export function removalPolicyFor(settings: OutreachSettings): RemovalPolicy {
  return settings.stage === 'prod' ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
}
