import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { PinpointClient } from '@aws-sdk/client-pinpoint';
import { PinpointSMSVoiceV2Client } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { S3Client } from '@aws-sdk/client-s3';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * SDK clients, built once per execution environment. Endpoints come from the standard
 * `AWS_ENDPOINT_URL_<SERVICE>` variables, which is how the local stack points them at local services.
 */
let documentClient: DynamoDBDocumentClient | undefined;
let eventBridgeClient: EventBridgeClient | undefined;

export function dynamoDocumentClient(): DynamoDBDocumentClient {
  documentClient ??= DynamoDBDocumentClient.from(new DynamoDBClient({}), {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
  return documentClient;
}

export function eventBridge(): EventBridgeClient {
  eventBridgeClient ??= new EventBridgeClient({});
  return eventBridgeClient;
}

/**
 * Senders make one SDK attempt per call: the SDK would retry a timed-out `SendEmail` that the provider may
 * have accepted, sending it twice. A failed send is retried by Step Functions (or EventBridge) instead,
 * through the send function, which knows which failures may have sent.
 */
const SEND_CLIENT_CONFIG = { maxAttempts: 1 } as const;

let sesClient: SESv2Client | undefined;
let smsClient: PinpointSMSVoiceV2Client | undefined;
let pinpointClient: PinpointClient | undefined;
let s3Client: S3Client | undefined;
let secretsClient: SecretsManagerClient | undefined;

export function sesV2(): SESv2Client {
  sesClient ??= new SESv2Client(SEND_CLIENT_CONFIG);
  return sesClient;
}

export function smsV2(): PinpointSMSVoiceV2Client {
  smsClient ??= new PinpointSMSVoiceV2Client(SEND_CLIENT_CONFIG);
  return smsClient;
}

export function pinpoint(): PinpointClient {
  pinpointClient ??= new PinpointClient(SEND_CLIENT_CONFIG);
  return pinpointClient;
}

export function s3(): S3Client {
  s3Client ??= new S3Client({});
  return s3Client;
}

export function secretsManager(): SecretsManagerClient {
  secretsClient ??= new SecretsManagerClient({});
  return secretsClient;
}
