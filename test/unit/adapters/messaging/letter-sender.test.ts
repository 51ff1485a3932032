import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { FolderLetterStorage } from '../../../../lambdas/adapters/messaging/folder-letter-storage';
import { LetterSender } from '../../../../lambdas/adapters/messaging/letter-sender';
import { S3LetterStorage } from '../../../../lambdas/adapters/messaging/s3-letter-storage';
import { closeLetterBatch, csvField, manifestCsv } from '../../../../lambdas/domain/messaging/letter-batch';
import { type OutboundMessage, TransientSendError } from '../../../../lambdas/domain/messaging/ports';

const s3Client = new S3Client({ region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
const s3 = mockClient(s3Client);
let root: string;

function letter(messageId: string, address: string, at = '2026-11-25T23:30:00Z'): OutboundMessage {
  return {
    messageId,
    patientId: `p-${messageId}`,
    topic: 'care-gaps',
    to: { channel: 'letter', address, addressKey: `ak-${messageId}` },
    rendered: { channel: 'letter', html: `<p>Dear patient (${messageId})</p>` },
    at: new Date(at),
  };
}

beforeEach(() => {
  s3.reset();
  root = mkdtempSync(join(tmpdir(), 'letters-'));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('LetterSender with a folder', () => {
  it("writes the letter and its entry under the send's UTC day", async () => {
    const sender = new LetterSender(new FolderLetterStorage(root));

    const result = await sender.send(letter('msg-a', 'Ada Lovelace\n1 Main St\nSpringfield ST 00000'));

    expect(result).toEqual({ outcome: 'accepted', providerMessageId: 'letter:2026-11-25/msg-a' });
    expect(readFileSync(join(root, 'letters/2026-11-25/msg-a.html'), 'utf8')).toBe('<p>Dear patient (msg-a)</p>');
    expect(JSON.parse(readFileSync(join(root, 'letters/2026-11-25/entries/msg-a.json'), 'utf8'))).toEqual({
      messageId: 'msg-a',
      patientId: 'p-msg-a',
      topic: 'care-gaps',
      recipient: ['Ada Lovelace', '1 Main St', 'Springfield ST 00000'],
      pages: 1,
      file: 'letters/2026-11-25/msg-a.html',
    });
  });

  it('leaves no temporary files behind', async () => {
    await new LetterSender(new FolderLetterStorage(root)).send(letter('msg-a', 'A\nB'));

    expect(readdirSync(join(root, 'letters/2026-11-25/entries'))).toEqual(['msg-a.json']);
  });

  it('refuses a letter with no address lines', async () => {
    const result = await new LetterSender(new FolderLetterStorage(root)).send(letter('msg-a', ' \n '));

    expect(result).toMatchObject({ outcome: 'refused', reason: 'invalid-address' });
  });
});

describe('closeLetterBatch', () => {
  it('writes a manifest row per letter of the day, quoting commas and quotes', async () => {
    const storage = new FolderLetterStorage(root);
    const sender = new LetterSender(storage);
    await sender.send(letter('msg-b', 'Bob "Bobby" Jones\nFlat 2, 3 High St\nTown'));
    await sender.send(letter('msg-a', 'Ada Lovelace\n1 Main St'));
    await sender.send(letter('msg-c', 'Next day', '2026-11-26T00:00:01Z'));

    const closed = await closeLetterBatch(storage, '2026-11-25');

    expect(closed).toEqual({ letters: 2, manifestKey: 'letters/2026-11-25/manifest.csv' });
    expect(readFileSync(join(root, closed.manifestKey), 'utf8').split('\r\n')).toEqual([
      'message_id,patient_id,topic,pages,address_1,address_2,address_3,address_4,address_5,address_6,file',
      'msg-a,p-msg-a,care-gaps,1,Ada Lovelace,1 Main St,,,,,letters/2026-11-25/msg-a.html',
      'msg-b,p-msg-b,care-gaps,1,"Bob ""Bobby"" Jones","Flat 2, 3 High St",Town,,,,letters/2026-11-25/msg-b.html',
      '',
    ]);
  });

  it('writes the same manifest when closed again', async () => {
    const storage = new FolderLetterStorage(root);
    await new LetterSender(storage).send(letter('msg-a', 'Ada Lovelace\n1 Main St'));
    const first = await closeLetterBatch(storage, '2026-11-25');
    const before = readFileSync(join(root, first.manifestKey), 'utf8');

    const second = await closeLetterBatch(storage, '2026-11-25');

    expect(second).toEqual(first);
    expect(readFileSync(join(root, second.manifestKey), 'utf8')).toBe(before);
  });

  it('writes a header-only manifest for a day without letters', async () => {
    const closed = await closeLetterBatch(new FolderLetterStorage(root), '2026-11-24');

    expect(closed.letters).toBe(0);
    expect(readFileSync(join(root, closed.manifestKey), 'utf8').split('\r\n')).toHaveLength(2);
  });
});

describe('manifestCsv', () => {
  it('keeps the lines beyond the sixth in the last address column', () => {
    const csv = manifestCsv([
      {
        messageId: 'm',
        patientId: 'p',
        topic: 'general',
        recipient: ['1', '2', '3', '4', '5', '6', '7'],
        pages: 1,
        file: 'f',
      },
    ]);

    expect(csv.split('\r\n')[1]).toBe('m,p,general,1,1,2,3,4,5,"6, 7",f');
  });
});

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('S3LetterStorage', () => {
  const storage = new S3LetterStorage(s3Client, 'letters-bucket', 'arn:aws:kms:us-east-1:111122223333:key/k');

  it('puts letters encrypted with the platform key', async () => {
    s3.on(PutObjectCommand).resolves({});

    await new LetterSender(storage).send(letter('msg-a', 'A\nB'));

    expect(s3).toHaveReceivedCommandTimes(PutObjectCommand, 2);
    expect(s3).toHaveReceivedCommandWith(PutObjectCommand, {
      Bucket: 'letters-bucket',
      Key: 'letters/2026-11-25/msg-a.html',
      ContentType: 'text/html; charset=utf-8',
      ServerSideEncryption: 'aws:kms',
      SSEKMSKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k',
    });
  });

  it.each([
    ['SlowDown', new S3ServiceException({ name: 'SlowDown', $fault: 'server', $metadata: { httpStatusCode: 503 } })],
    ['a time-out', Object.assign(new Error('socket timed out'), { name: 'TimeoutError' })],
    ['a 500', new S3ServiceException({ name: 'InternalError', $fault: 'server', $metadata: { httpStatusCode: 500 } })],
    ['a dropped connection', Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })],
  ])('makes the send throw TransientSendError after one put on %s', async (_case, fault) => {
    s3.on(PutObjectCommand).rejects(fault);

    await expect(new LetterSender(storage).send(letter('msg-a', 'A\nB'))).rejects.toBeInstanceOf(TransientSendError);
    expect(s3).toHaveReceivedCommandTimes(PutObjectCommand, 1);
  });

  it('lets access denied through unchanged: a retry will not cure it', async () => {
    s3.on(PutObjectCommand).rejects(
      new S3ServiceException({ name: 'AccessDenied', $fault: 'client', $metadata: { httpStatusCode: 403 } }),
    );

    await expect(new LetterSender(storage).send(letter('msg-a', 'A\nB'))).rejects.toMatchObject({
      name: 'AccessDenied',
    });
  });
});
