import { smsV2 } from '../../../adapters/aws-clients/sms';
import { SmsSender } from '../../../adapters/messaging/sms-sender';
import type { PlatformConfig } from '../../../config/config';

export function smsSender(config: PlatformConfig): SmsSender {
  return new SmsSender(smsV2(), {
    originationIdentity: config.smsOriginationIdentity,
    configurationSetName: config.smsConfigurationSet,
  });
}
