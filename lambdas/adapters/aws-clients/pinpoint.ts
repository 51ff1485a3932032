import { PinpointClient } from '@aws-sdk/client-pinpoint';
import { SEND_CLIENT_CONFIG } from './send-client-config';

let pinpointClient: PinpointClient | undefined;

export function pinpoint(): PinpointClient {
  pinpointClient ??= new PinpointClient(SEND_CLIENT_CONFIG);
  return pinpointClient;
}
