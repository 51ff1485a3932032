import { deadLetterFromQueueMessage } from '../../../lambdas/domain/ingestion/delivery-failure';

const RECEIVED_AT = new Date('2025-06-01T12:00:00.000Z');

const fhirEvent = {
  version: '0',
  id: '7f1c3c1e-5f5e-4c0b-9a43-2d2f3c3b8e01',
  'detail-type': 'FHIR Resource Changed',
  source: 'fhir.upstream',
  time: '2025-06-01T11:59:58Z',
  detail: {
    action: 'update',
    occurredAt: '2025-06-01T11:59:57Z',
    correlationId: 'ehr-batch-42',
    resource: { resourceType: 'Observation', id: 'bp-1', status: 'final' },
  },
};

/** An EventBridge rule target DLQ message: the event as body, the reason in message attributes. */
const eventBridgeAttributes = {
  ERROR_CODE: 'SDK_CLIENT_ERROR',
  ERROR_MESSAGE: 'Unable to invoke Lambda function',
  RULE_ARN: 'arn:aws:events:eu-west-1:111122223333:rule/outreach/ingest-fhir',
  TARGET_ARN: 'arn:aws:lambda:eu-west-1:111122223333:function:ingest-fhir-event',
};

/** A Lambda asynchronous-invocation failure record. */
const invocationRecord = {
  version: '1.0',
  timestamp: '2025-06-01T11:59:59.000Z',
  requestContext: {
    requestId: 'c6af9ac6-7b61-11e6-9a41-93e812345678',
    functionArn: 'arn:aws:lambda:eu-west-1:111122223333:function:ingest-fhir-event:$LATEST',
    condition: 'RetriesExhausted',
    approximateInvokeCount: 3,
  },
  requestPayload: fhirEvent,
  responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
  responsePayload: { errorType: 'TransientStoreError', errorMessage: 'patient store temporarily unavailable' },
};

describe('deadLetterFromQueueMessage', () => {
  it('records an event EventBridge could not deliver, with the reason from the message attributes', () => {
    const entry = deadLetterFromQueueMessage(JSON.stringify(fhirEvent), eventBridgeAttributes, 'msg-1', RECEIVED_AT);

    expect(entry).toEqual({
      id: `delivery-${fhirEvent.id}`,
      receivedAt: '2025-06-01T12:00:00.000Z',
      origin: 'delivery-failure',
      rejection: {
        code: 'processing-failed',
        message: 'EventBridge could not deliver the event: SDK_CLIENT_ERROR Unable to invoke Lambda function',
        issues: [],
      },
      resourceType: 'Observation',
      resourceId: 'bp-1',
      correlationId: 'ehr-batch-42',
      source: 'fhir.upstream',
      detailType: 'FHIR Resource Changed',
      consumer: 'ingest-fhir-event',
      payload: fhirEvent,
    });
  });

  it('records a Lambda invocation that failed after its retries, with the condition and error type', () => {
    const entry = deadLetterFromQueueMessage(JSON.stringify(invocationRecord), {}, 'msg-2', RECEIVED_AT);

    expect(entry).toEqual({
      id: `delivery-${fhirEvent.id}`,
      receivedAt: '2025-06-01T12:00:00.000Z',
      origin: 'delivery-failure',
      rejection: {
        code: 'processing-failed',
        message: 'processing failed after retries (RetriesExhausted): TransientStoreError',
        issues: [],
      },
      resourceType: 'Observation',
      resourceId: 'bp-1',
      correlationId: 'ehr-batch-42',
      source: 'fhir.upstream',
      detailType: 'FHIR Resource Changed',
      consumer: 'ingest-fhir-event',
      payload: fhirEvent,
    });
  });

  it('keeps a platform event whole, with its source, detail-type and the function that failed it', () => {
    const factsChanged = {
      ...fhirEvent,
      id: 'facts-1',
      source: 'patient-outreach',
      'detail-type': 'Patient Facts Changed',
      detail: { patientId: 'p1', occurredAt: '2025-06-01T11:59:57Z', changes: [] },
    };
    const record = {
      ...invocationRecord,
      requestContext: {
        ...invocationRecord.requestContext,
        functionArn: 'arn:aws:lambda:eu-west-1:111122223333:function:apply-consent-preferences',
      },
      requestPayload: factsChanged,
    };

    const entry = deadLetterFromQueueMessage(JSON.stringify(record), {}, 'msg-5', RECEIVED_AT);

    expect(entry).toMatchObject({
      id: 'delivery-facts-1',
      source: 'patient-outreach',
      detailType: 'Patient Facts Changed',
      consumer: 'apply-consent-preferences',
      payload: factsChanged,
    });
  });

  it('records an event a queued consumer failed on every receive, naming its queue', () => {
    const attributes = {
      DeadLetterQueueSourceArn: 'arn:aws:sqs:eu-west-1:111122223333:ApplyConsentPreferencesQueue',
    };

    const entry = deadLetterFromQueueMessage(JSON.stringify(fhirEvent), attributes, 'msg-6', RECEIVED_AT);

    expect(entry).toMatchObject({
      id: `delivery-${fhirEvent.id}`,
      rejection: { message: 'processing failed on every receive from queue ApplyConsentPreferencesQueue' },
      consumer: 'ApplyConsentPreferencesQueue',
      payload: fhirEvent,
    });
  });

  it('gives both shapes of the same event the same id, so it is recorded once', () => {
    const fromEventBridge = deadLetterFromQueueMessage(
      JSON.stringify(fhirEvent),
      eventBridgeAttributes,
      'a',
      RECEIVED_AT,
    );
    const fromLambda = deadLetterFromQueueMessage(JSON.stringify(invocationRecord), {}, 'b', RECEIVED_AT);

    expect(fromLambda.id).toBe(fromEventBridge.id);
  });

  it('keeps the error message of a failed invocation out of the reason', () => {
    const record = {
      ...invocationRecord,
      responsePayload: { errorType: 'Error', errorMessage: 'cannot read Quixotebury +1 555 0142' },
    };

    const entry = deadLetterFromQueueMessage(JSON.stringify(record), {}, 'msg-3', RECEIVED_AT);

    expect(entry.rejection.message).toBe('processing failed after retries (RetriesExhausted): Error');
  });

  it('falls back to the queue message id and keeps the raw body when the body is not JSON', () => {
    const entry = deadLetterFromQueueMessage('not json at all', { ERROR_CODE: 'THROTTLED' }, 'msg-4', RECEIVED_AT);

    expect(entry).toMatchObject({
      id: 'queue-msg-4',
      rejection: { code: 'processing-failed', message: 'EventBridge could not deliver the event: THROTTLED' },
      payload: 'not json at all',
    });
  });

  it('keeps the reason to at most 500 characters', () => {
    const attributes = { ERROR_CODE: 'SDK_CLIENT_ERROR', ERROR_MESSAGE: 'x'.repeat(2_000) };

    const entry = deadLetterFromQueueMessage(JSON.stringify(fhirEvent), attributes, 'msg-5', RECEIVED_AT);

    expect(entry.rejection.message).toHaveLength(500);
  });
});
