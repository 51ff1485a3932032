import {
  fhirResourceChangedDetailSchema,
  patientEngagementRecordedDetailSchema,
  patientFactsChangedDetailSchema,
  segmentMembershipChangedDetailSchema,
} from '../lambdas/domain/events/event-schemas';
import { patientRepliedDetailSchema, sendRequestSchema } from '../lambdas/domain/events/messaging-event-schemas';
import { fhirPathRequestSchema } from '../lambdas/domain/fhir/fhirpath-requests';
import { JOURNEY_STEP_TYPES, STEP_SCHEMAS } from '../lambdas/domain/journeys/definition-schema';
import { bulkEnrolmentPageSchema, memberPageRequestSchema } from '../lambdas/domain/journeys/enrolment/bulk-enrolment';
import { sendStepPayloadSchema } from '../lambdas/domain/journeys/steps/send-step';
import {
  createActivityPayloadSchema,
  evaluateConditionPayloadSchema,
  resolveWaitTimePayloadSchema,
  updateAttributePayloadSchema,
} from '../lambdas/domain/journeys/steps/step-input';
import { journeyEnvelopeSchema } from '../lambdas/domain/journeys/validate-journey';
import { checkExitPayloadSchema, registerWaitPayloadSchema } from '../lambdas/domain/journeys/waits/wait-input';
import { inboundSmsSchema } from '../lambdas/domain/messaging/feedback/inbound-sms';
import { sesFeedbackEventSchema } from '../lambdas/domain/messaging/feedback/ses-events';
import { smsDeliveryEventSchema } from '../lambdas/domain/messaging/feedback/sms-events';
import { sendingPolicySettingsSchema } from '../lambdas/domain/messaging/policy/defaults';
import { SETTING_FORMATS } from '../lambdas/domain/messaging/policy/setting-formats';
import { organisationSettingsSchema } from '../lambdas/domain/messaging/settings';
import { templateDefinitionSchema } from '../lambdas/domain/messaging/templates/template-schema';
import { finishInputSchema, pageInputSchema, startInputSchema } from '../lambdas/domain/segments/computation';
import { segmentDefinitionSchema, staticSegmentSchema } from '../lambdas/domain/segments/definition-schema';
import { generateValidatorModule } from '../lambdas/domain/validation/ajv';

const pascal = (kebab: string) => kebab.replace(/(^|-)([a-z])/g, (_, _dash, letter: string) => letter.toUpperCase());

/**
 * Every schema the domain validates with, by the name of its validator in
 * `lambdas/domain/validation/generated/validators.ts` (written by `npm run schemas`). The API's route schemas
 * are not here: the dispatcher compiles each on the route's first request.
 */
export const VALIDATED_SCHEMAS: Readonly<Record<string, object>> = {
  validateFhirResourceChanged: fhirResourceChangedDetailSchema,
  validatePatientFactsChanged: patientFactsChangedDetailSchema,
  validateSegmentMembershipChanged: segmentMembershipChangedDetailSchema,
  validatePatientEngagementRecorded: patientEngagementRecordedDetailSchema,
  validatePatientReplied: patientRepliedDetailSchema,
  validateSendRequest: sendRequestSchema,
  validateSesFeedbackEvent: sesFeedbackEventSchema,
  validateSmsDeliveryEvent: smsDeliveryEventSchema,
  validateInboundSms: inboundSmsSchema,
  validateOrganisationSettings: organisationSettingsSchema,
  validateTemplateDefinition: templateDefinitionSchema,
  validateSegmentDefinition: segmentDefinitionSchema,
  validateStaticSegment: staticSegmentSchema,
  validateStartComputationInput: startInputSchema,
  validateComputePageInput: pageInputSchema,
  validateFinishComputationInput: finishInputSchema,
  validateJourneyEnvelope: journeyEnvelopeSchema,
  ...Object.fromEntries(JOURNEY_STEP_TYPES.map((type) => [`validateJourneyStep${pascal(type)}`, STEP_SCHEMAS[type]])),
  validateResolveWaitTimePayload: resolveWaitTimePayloadSchema,
  validateEvaluateConditionPayload: evaluateConditionPayloadSchema,
  validateCreateActivityPayload: createActivityPayloadSchema,
  validateUpdateAttributePayload: updateAttributePayloadSchema,
  validateSendStepPayload: sendStepPayloadSchema,
  validateRegisterWaitPayload: registerWaitPayloadSchema,
  validateCheckExitPayload: checkExitPayloadSchema,
  validateMemberPageRequest: memberPageRequestSchema,
  validateBulkEnrolmentPage: bulkEnrolmentPageSchema,
  validateFhirPathRequest: fhirPathRequestSchema,
};

/** The sending-policy schema names formats of its own (`setting-formats.ts`), so it has a module of its own. */
export const POLICY_VALIDATED_SCHEMAS: Readonly<Record<string, object>> = {
  validateSendingPolicySettingsShape: sendingPolicySettingsSchema,
};

const GENERATED = 'lambdas/domain/validation/generated';
const HEADER = [
  '// @ts-nocheck',
  '// Written by `npm run schemas` from scripts/validated-schemas.ts with the option set of',
  '// lambdas/domain/validation/ajv.ts; test/unit/validation/generated-validators.test.ts keeps it current.',
  '',
].join('\n');

/** Each generated module: its path from the repository root and its source. */
export function generatedValidatorModules(): { readonly path: string; readonly source: string }[] {
  return [
    { path: `${GENERATED}/validators.ts`, source: HEADER + generateValidatorModule(VALIDATED_SCHEMAS) },
    {
      path: `${GENERATED}/policy-validators.ts`,
      source:
        HEADER +
        generateValidatorModule(POLICY_VALIDATED_SCHEMAS, {
          from: '../../messaging/policy/setting-formats',
          exportName: 'SETTING_FORMATS',
          formats: SETTING_FORMATS,
        }),
    },
  ];
}
