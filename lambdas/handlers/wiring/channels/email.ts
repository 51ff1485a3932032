import { sesV2 } from '../../../adapters/aws-clients/ses';
import { SesEmailSender } from '../../../adapters/messaging/ses-email-sender';
import type { PlatformConfig } from '../../../config/config';

export function emailSender(config: PlatformConfig): SesEmailSender {
  return new SesEmailSender(sesV2(), {
    fromAddress: config.sesFromAddress,
    configurationSetName: config.sesConfigurationSet,
  });
}
