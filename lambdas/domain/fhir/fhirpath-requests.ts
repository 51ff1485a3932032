import type * as fhir4 from 'fhir/r4';
import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import { parserOf } from '../journeys/steps/step-input';
import { validateFhirPathRequest } from '../validation/generated/validators';
import type { FhirPathService } from './fhirpath-port';

/** A batch is one request's worth of expressions: a definition's conditions, a view's goals. */
const MAX_BATCH = 500;
const expression = { type: 'string', minLength: 1, maxLength: 4_000 } as const;
const resource = {
  type: 'object',
  required: ['resourceType'],
  properties: { resourceType: { type: 'string' } },
} as const;

/** What EvaluateFhirPath is invoked with: checks of expressions, or journey conditions over changes. */
export const fhirPathRequestSchema = {
  oneOf: [
    {
      type: 'object',
      additionalProperties: false,
      required: ['check'],
      properties: {
        check: {
          type: 'array',
          maxItems: MAX_BATCH,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['expression', 'context'],
            properties: { expression, context: { type: 'string', enum: ['segment', 'change', 'branch'] } },
          },
        },
      },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['evaluate'],
      properties: {
        evaluate: {
          type: 'array',
          maxItems: MAX_BATCH,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['condition', 'change'],
            properties: {
              condition: expression,
              change: {
                type: 'object',
                additionalProperties: false,
                properties: { current: resource, previous: resource },
              },
            },
          },
        },
      },
    },
  ],
} as const satisfies JSONSchema;

export type FhirPathRequest = FromSchema<typeof fhirPathRequestSchema>;
export type FhirPathAnswer =
  | { readonly problems: readonly (string | null)[] }
  | { readonly results: readonly (boolean | string)[] };

const parseRequest = parserOf<FhirPathRequest>('evaluateFhirPath', validateFhirPathRequest);

/** EvaluateFhirPath's answer: each check's problem (null when it compiles), or each condition's result. */
export async function answerFhirPathRequest(input: unknown, fhirPath: FhirPathService): Promise<FhirPathAnswer> {
  const request = parseRequest(input);
  if ('check' in request) {
    return { problems: (await fhirPath.problems(request.check)).map((problem) => problem ?? null) };
  }
  const requests = request.evaluate.map(({ condition, change }) => ({
    condition,
    change: change as { current?: fhir4.FhirResource; previous?: fhir4.FhirResource },
  }));
  return { results: await fhirPath.evaluateChanges(requests) };
}
