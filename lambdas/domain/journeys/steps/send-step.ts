import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import { parseSendRequest } from '../../messaging/parse-send-request';
import { sendMessage } from '../../messaging/send-message';
import type { SendDependencies, SendOutcome, SendRequest } from '../../messaging/send-ports';
import { validateSendStepPayload } from '../../validation/generated/validators';
import { journeyEventSchema } from '../definition-schema';
import { checkExitWithoutConditions, type ExitEventsDependencies } from '../waits/check-exit';
import { type CheckExitPayload, instant } from '../waits/wait-input';
import { InvalidStepPayloadError, parserOf } from './step-input';

/**
 * A journey's send step as one task: the exit check, then the send. One Lambda call instead of two, and no Choice
 * between them, saves two state transitions per send; the check also runs later than before, right before the
 * send, so an exit event has less time to slip in between. The function that sends carries no FHIRPath: when only
 * a FHIR exit condition can decide, it asks the exit check function (`checkExit`), still right before the send.
 */
export const sendStepPayloadSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['request'],
  // The request is checked against its own schema (`parseSendRequest`).
  properties: {
    request: { type: 'object' },
    exitWhen: { type: 'array', items: journeyEventSchema },
    enrolledAt: instant,
  },
  dependencies: { exitWhen: ['enrolledAt'] },
} as const satisfies JSONSchema;

type SendStepPayload = FromSchema<typeof sendStepPayloadSchema>;
const parseSendStepPayload = parserOf<SendStepPayload>('sendStep', validateSendStepPayload);

/**
 * What the send step answers, and so what the execution history keeps: a code, an id and an instant. Every field is
 * always there (null when it does not apply), so the task's ResultSelector narrows the answer without a Pass state.
 */
export interface SendStepAnswer {
  readonly outcome: SendOutcome['outcome'] | 'exited';
  /** Null when an exit criterion stopped the step before any message existed. */
  readonly messageId: string | null;
  /** Deferred: when to run the step again (the message id stays the same). Else null. */
  readonly until: string | null;
  /** Why it was skipped, deferred or failed (a code; the state machine selects the three fields above only). */
  readonly reason?: SendOutcome['reason'];
}

export const EXITED_ANSWER: SendStepAnswer = { outcome: 'exited', messageId: null, until: null };

export function sendStepAnswer(outcome: SendOutcome): SendStepAnswer {
  return {
    outcome: outcome.outcome,
    messageId: outcome.messageId,
    until: outcome.until ?? null,
    ...(outcome.reason ? { reason: outcome.reason } : {}),
  };
}

export interface SendStep {
  readonly request: SendRequest;
  /** The exit check to run first; absent when the journey has no exit criteria. */
  readonly exitCheck?: CheckExitPayload;
}

/** The send step's payload: the send request (a journey cause) and, with exit criteria, what the check needs. */
export function parseSendStep(input: unknown): SendStep {
  const payload = parseSendStepPayload(input);
  const request = parseSendRequest(payload.request);
  if (payload.exitWhen === undefined || payload.enrolledAt === undefined) return { request };
  const { cause } = request;
  if (cause.kind !== 'journey') throw new InvalidStepPayloadError('sendStep', ['/request/cause is not a journey']);
  return {
    request,
    exitCheck: {
      patientId: request.patientId,
      journeyId: cause.journeyId,
      journeyVersion: cause.journeyVersion,
      executionId: cause.executionId,
      stepId: cause.stepId,
      ...(request.triggeringResource ? { triggeringResource: request.triggeringResource } : {}),
      exitWhen: payload.exitWhen,
      enrolledAt: payload.enrolledAt,
    },
  };
}

/** The whole exit check, FHIR conditions included (the CheckJourneyExit function). */
export type ExitCheck = (payload: CheckExitPayload) => Promise<{ readonly exit: boolean }>;

export interface SendStepDependencies {
  readonly exits: ExitEventsDependencies;
  /** Asked only when an exit criterion's FHIR condition decides whether the step exits. */
  readonly checkExit: ExitCheck;
  /** Built on first use: a step that exits needs none of it. */
  readonly sending: () => Promise<SendDependencies>;
}

/** Runs a journey's send step: `exited` without sending when an exit criterion happened since enrolment. */
export async function sendJourneyStep(input: unknown, deps: SendStepDependencies): Promise<SendStepAnswer> {
  const step = parseSendStep(input);
  if (step.exitCheck !== undefined && (await exits(step.exitCheck, deps))) return EXITED_ANSWER;
  return sendStepAnswer(await sendMessage(step.request, await deps.sending()));
}

async function exits(payload: CheckExitPayload, deps: SendStepDependencies): Promise<boolean> {
  const answer = await checkExitWithoutConditions(payload, deps.exits);
  return answer === 'undecided' ? (await deps.checkExit(payload)).exit : answer;
}
