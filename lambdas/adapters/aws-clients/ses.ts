import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SEND_CLIENT_CONFIG } from './send-client-config';

let sesClient: SESv2Client | undefined;

export function sesV2(): SESv2Client {
  sesClient ??= new SESv2Client(SEND_CLIENT_CONFIG);
  return sesClient;
}
