import { pinpoint } from '../../../adapters/aws-clients/pinpoint';
import { PushSender } from '../../../adapters/messaging/push-sender';
import type { PlatformConfig } from '../../../config/config';

export function pushSender(config: PlatformConfig): PushSender {
  return new PushSender(pinpoint(), { applicationId: config.pushApplicationId });
}
