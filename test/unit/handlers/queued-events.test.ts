import type { SQSEvent } from 'aws-lambda';
import { silentLogger } from '../../../lambdas/domain/ports';
import { consumeQueuedEvents, type PlatformEvent } from '../../../lambdas/handlers/queued-events';

function batchOf(...events: { id: string; detail: unknown }[]): SQSEvent {
  return {
    Records: events.map((event) => ({
      messageId: `msg-${event.id}`,
      receiptHandle: 'r',
      body: JSON.stringify({ ...event, source: 'patient-outreach', 'detail-type': 'Patient Replied' }),
      attributes: { ApproximateReceiveCount: '1' } as never,
      messageAttributes: {},
      md5OfBody: '',
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:q',
      awsRegion: 'us-east-1',
    })),
  };
}

describe('consumeQueuedEvents', () => {
  it('hands each message body over as the EventBridge event, in order', async () => {
    const seen: PlatformEvent[] = [];
    const consume = consumeQueuedEvents(async (event) => void seen.push(event), silentLogger);

    const answer = await consume(batchOf({ id: 'e1', detail: { n: 1 } }, { id: 'e2', detail: { n: 2 } }));

    expect(seen.map((e) => [e.id, e['detail-type'], e.detail])).toEqual([
      ['e1', 'Patient Replied', { n: 1 }],
      ['e2', 'Patient Replied', { n: 2 }],
    ]);
    expect(answer).toEqual({ batchItemFailures: [] });
  });

  it('reports only the messages whose event threw, so SQS delivers those again', async () => {
    const consume = consumeQueuedEvents(async (event) => {
      if (event.id === 'e2') throw new Error('throttled');
    }, silentLogger);

    const answer = await consume(batchOf({ id: 'e1', detail: {} }, { id: 'e2', detail: {} }, { id: 'e3', detail: {} }));

    expect(answer).toEqual({ batchItemFailures: [{ itemIdentifier: 'msg-e2' }] });
  });
});
