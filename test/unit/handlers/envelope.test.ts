import { detailOf, invocationOf, queuedEventOf } from '../../../lambdas/handlers/envelope';

/** One way to unwrap what a function was invoked with: rule envelope, direct payload, SQS message body. */
const EVENT = {
  version: '0',
  id: 'evt-1',
  source: 'patient-outreach',
  'detail-type': 'Message Requested',
  time: '2026-12-07T10:00:00Z',
  detail: { patientId: 'p1', templateId: 'flu-invite' },
};

describe('invocationOf', () => {
  it('reads an EventBridge envelope by its detail-type', () => {
    expect(invocationOf(EVENT)).toEqual({
      kind: 'event',
      id: 'evt-1',
      source: 'patient-outreach',
      detailType: 'Message Requested',
      time: '2026-12-07T10:00:00Z',
      detail: EVENT.detail,
    });
  });

  it.each([
    ['a request object', { patientId: 'p1', templateId: 'flu-invite' }],
    ['a bulk enrolment page', { journeyId: 'j1', segmentId: 's1', items: [] }],
    ['null', null],
    ['a string', 'detail-type'],
  ])('takes %s as a direct invocation, untouched', (_, payload) => {
    expect(invocationOf(payload)).toEqual({ kind: 'direct', payload });
  });

  it('keeps an envelope whose fields are not strings, without them (validation then says what is missing)', () => {
    expect(invocationOf({ 'detail-type': 7, source: ['x'], detail: { a: 1 } })).toEqual({
      kind: 'event',
      detailType: undefined,
      detail: { a: 1 },
    });
  });
});

describe('detailOf', () => {
  it('is the same request from the rule and from a journey task', () => {
    expect(detailOf(EVENT)).toEqual(detailOf(EVENT.detail));
  });
});

describe('queuedEventOf', () => {
  it('reads the EventBridge event an SQS message carries', () => {
    expect(queuedEventOf(JSON.stringify(EVENT))).toMatchObject({
      detailType: 'Message Requested',
      detail: EVENT.detail,
    });
  });

  it.each([
    ['a body that is not JSON', '{"resourceType":', '{"resourceType":'],
    ['JSON that is no envelope', '{"resourceType":"Patient"}', { resourceType: 'Patient' }],
  ])('keeps %s whole as the detail, for the dead-letter store', (_, body, detail) => {
    expect(queuedEventOf(body)).toEqual({ kind: 'event', detailType: undefined, detail });
  });
});
