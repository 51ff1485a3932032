import type { SendRequestDetail } from '../events/messaging-event-schemas';
import { validateSendRequest } from '../validation/generated/validators';
import { typedValidator } from '../validation/validator';
import type { MessageCause } from './message';
import type { SendRequest } from './send-ports';

/** A send request that breaks its contract: a defect of the caller, never retried (Step Functions' Catch takes it). */
export class InvalidSendRequestError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`the send request is invalid: ${problems.join('; ')}`);
    this.name = 'InvalidSendRequestError';
  }
}

const validate = typedValidator<SendRequestDetail>(validateSendRequest);

/** Checks a send request (a Step Functions task input or a Message Requested detail) against its schema. */
export function parseSendRequest(input: unknown): SendRequest {
  if (!validate(input)) {
    throw new InvalidSendRequestError(
      (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`),
    );
  }
  return { ...input, cause: input.cause as MessageCause };
}
