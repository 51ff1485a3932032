import { PinpointSMSVoiceV2Client } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { SEND_CLIENT_CONFIG } from './send-client-config';

let smsClient: PinpointSMSVoiceV2Client | undefined;

export function smsV2(): PinpointSMSVoiceV2Client {
  smsClient ??= new PinpointSMSVoiceV2Client(SEND_CLIENT_CONFIG);
  return smsClient;
}
