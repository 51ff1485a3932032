import { ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** A command as the document client is handed it: its input is what a predicate looks at. */
export interface SentCommand {
  readonly input: Record<string, unknown>;
}

/**
 * Fault injection for in-process handlers: every document-client command that `applies` to answers
 * ProvisionedThroughputExceeded while `throttled()` holds (the SDK's own retries already spent), as DynamoDB
 * does to a hot partition. Everything else goes through to DynamoDB Local. Returns the restore function.
 */
export function throttleDynamoDb(throttled: () => boolean, applies: (command: SentCommand) => boolean): () => void {
  const send = DynamoDBDocumentClient.prototype.send;
  const spy = jest.spyOn(DynamoDBDocumentClient.prototype, 'send').mockImplementation(function (
    this: DynamoDBDocumentClient,
    ...args: unknown[]
  ) {
    const command = args[0] as SentCommand;
    if (throttled() && applies(command)) {
      return Promise.reject(
        new ProvisionedThroughputExceededException({
          message: 'Rate of requests exceeds the allowed throughput',
          $metadata: {},
        }),
      );
    }
    return (send as (...a: unknown[]) => Promise<unknown>).apply(this, args);
  } as never);
  return () => spy.mockRestore();
}

/** Whether a command writes a communication preference (the preference recorder's transaction). */
export function writesPreference(command: SentCommand): boolean {
  const items = (command.input.TransactItems ?? []) as { Put?: { Item?: { sk?: unknown } } }[];
  return items.some((item) => String(item.Put?.Item?.sk ?? '').startsWith('PREF'));
}
