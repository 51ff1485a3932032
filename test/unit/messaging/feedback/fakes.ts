import type { InboundSms } from '../../../../lambdas/domain/messaging/feedback/inbound-sms';
import type { MessageRecord } from '../../../../lambdas/domain/messaging/ports';
import type { Logger } from '../../../../lambdas/domain/ports';
import { InMemoryMessageOutbox } from '../../../support/messaging-fakes';

/** The shared message log fake, holding these records. */
export function messageLogOf(...records: MessageRecord[]): InMemoryMessageOutbox {
  const log = new InMemoryMessageOutbox();
  for (const record of records) log.records.set(record.messageId, record);
  return log;
}

/** Keeps what was logged, so tests can assert that no contact detail or text reaches a log line. */
export class RecordingLogger implements Logger {
  readonly lines: { level: string; message: string; ids?: Record<string, unknown> }[] = [];
  info(message: string, ids?: Record<string, unknown>): void {
    this.lines.push({ level: 'info', message, ...(ids ? { ids } : {}) });
  }
  warn(message: string, ids?: Record<string, unknown>): void {
    this.lines.push({ level: 'warn', message, ...(ids ? { ids } : {}) });
  }
  error(message: string, ids?: Record<string, unknown>): void {
    this.lines.push({ level: 'error', message, ...(ids ? { ids } : {}) });
  }
  text(): string {
    return JSON.stringify(this.lines);
  }
}

export function messageRecord(overrides: Partial<MessageRecord> = {}): MessageRecord {
  return {
    messageId: 'msg-1',
    patientId: 'p1',
    cause: { kind: 'campaign', campaignId: 'flu-2026' },
    templateId: 'flu-invite',
    topic: 'campaigns',
    channel: 'email',
    status: 'sent',
    checks: [],
    addressKey: 'email:00112233445566778899aabbccddeeff',
    providerMessageId: 'ses-1',
    createdAt: '2026-11-25T09:00:00.000Z',
    updatedAt: '2026-11-25T09:00:01.000Z',
    events: [],
    revision: 1,
    ...overrides,
  };
}

/** A two-way SMS payload as End User Messaging publishes it. */
export function inboundSms(
  from: string,
  body: string,
  inboundMessageId = 'cae173d2-66b9-564c-8309-21f858e9fb84',
): InboundSms {
  return {
    originationNumber: from,
    destinationNumber: '+12125550101',
    messageKeyword: 'KEYWORD_123456789012',
    messageBody: body,
    inboundMessageId,
    previousPublishedMessageId: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  };
}
