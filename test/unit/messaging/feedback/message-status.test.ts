import { nextStatus } from '../../../../lambdas/domain/messaging/feedback/message-status';
import { MESSAGE_STATUSES, type MessageStatus } from '../../../../lambdas/domain/messaging/message';

describe('nextStatus', () => {
  it.each<[MessageStatus, MessageStatus, MessageStatus]>([
    ['sent', 'delayed', 'delayed'],
    ['sent', 'delivered', 'delivered'],
    ['delayed', 'delivered', 'delivered'],
    ['delivered', 'opened', 'opened'],
    ['opened', 'clicked', 'clicked'],
    ['sent', 'clicked', 'clicked'],
    ['delivered', 'delayed', 'delivered'],
    ['opened', 'delivered', 'opened'],
    ['clicked', 'opened', 'clicked'],
    ['delivered', 'delivered', 'delivered'],
  ])('progress: %s observed %s is %s', (current, observed, expected) => {
    expect(nextStatus(current, observed)).toBe(expected);
  });

  it.each<[MessageStatus, MessageStatus, MessageStatus]>([
    ['sent', 'bounced', 'bounced'],
    ['delivered', 'bounced', 'bounced'],
    ['delivered', 'complained', 'complained'],
    ['clicked', 'complained', 'complained'],
    ['sent', 'rejected', 'rejected'],
    ['delayed', 'failed', 'failed'],
    ['bounced', 'delivered', 'bounced'],
    ['complained', 'opened', 'complained'],
    ['failed', 'delivered', 'failed'],
    ['bounced', 'rejected', 'bounced'],
    ['bounced', 'complained', 'complained'],
    ['complained', 'bounced', 'complained'],
  ])('terminal: %s observed %s is %s', (current, observed, expected) => {
    expect(nextStatus(current, observed)).toBe(expected);
  });

  it.each<[MessageStatus, MessageStatus, MessageStatus]>([
    ['in-doubt', 'delivered', 'delivered'],
    ['in-doubt', 'delayed', 'delayed'],
    ['in-doubt', 'bounced', 'bounced'],
    ['claimed', 'delivered', 'delivered'],
    ['retrying', 'delivered', 'delivered'],
    ['in-doubt', 'sent', 'sent'],
  ])('a claim is reconciled by feedback: %s observed %s is %s', (current, observed, expected) => {
    expect(nextStatus(current, observed)).toBe(expected);
  });

  it.each(MESSAGE_STATUSES.flatMap((observed) => [['skipped', observed] as const, ['deferred', observed] as const]))(
    'policy outcomes never change: %s observed %s',
    (current, observed) => {
      expect(nextStatus(current, observed)).toBe(current);
    },
  );

  it.each<MessageStatus>(['claimed', 'retrying', 'in-doubt', 'skipped', 'deferred'])(
    'an observation that is not feedback (%s) changes nothing',
    (observed) => {
      expect(nextStatus('delivered', observed)).toBe('delivered');
    },
  );
});
