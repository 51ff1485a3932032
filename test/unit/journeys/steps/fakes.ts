import type * as fhir4 from 'fhir/r4';
import type { ChoiceRule } from '../../../../lambdas/domain/journeys/asl-types';
import { type CompileTarget, compileJourney } from '../../../../lambdas/domain/journeys/compile-journey';
import type { JourneyDefinition } from '../../../../lambdas/domain/journeys/definition-schema';
import type { JourneyPatientReader } from '../../../../lambdas/domain/journeys/steps/ports';
import type { Logger } from '../../../../lambdas/domain/ports';

/** In-memory fakes shared by the journey step tests. */

export const ids = {
  patientId: 'p-1',
  journeyId: 'appointment-reminders',
  journeyVersion: 3,
  executionId: 'exec-123',
  stepId: 'wait-for-visit',
} as const;

export function patientsWith(
  resources: readonly fhir4.FhirResource[],
  patient?: fhir4.Patient,
): JourneyPatientReader & {
  reads: number;
} {
  const reader = {
    reads: 0,
    async getPatient(patientId: string) {
      return patient?.id === patientId ? patient : undefined;
    },
    async getResource(_patientId: string, resourceType: string, id: string) {
      reader.reads++;
      return resources.find((r) => r.resourceType === resourceType && r.id === id);
    },
  };
  return reader;
}

export interface LogLine {
  readonly level: string;
  readonly message: string;
  readonly fields?: Record<string, unknown>;
}

export function recordingLogger(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  return {
    lines,
    info: (message, fields) => lines.push({ level: 'info', message, fields }),
    warn: (message, fields) => lines.push({ level: 'warn', message, fields }),
    error: (message, fields) => lines.push({ level: 'error', message, fields }),
  };
}

const branchTarget: CompileTarget = {
  journeyVersion: 1,
  functions: {
    sendMessage: 'send',
    resolveWaitTime: 'resolve',
    registerWait: 'register',
    createActivity: 'activity',
    updateAttribute: 'attribute',
    checkExit: 'exit',
    evaluateCondition: 'condition',
  },
  patientsTable: 'Patients',
};

/** The Choice rule the compiler writes for a branch on `score = equals`: the path it reads and how it compares. */
export function attributeBranchRule(equals: string | number | boolean): ChoiceRule {
  const definition = {
    schemaVersion: 1,
    id: 'attribute-branch',
    name: 'Attribute branch',
    entry: { staffRequest: {} },
    reEntry: { policy: 'always' },
    start: 'check',
    steps: {
      check: { type: 'branch', on: { attribute: { name: 'score', equals } }, next: { true: 'done', false: 'done' } },
      done: { type: 'exit' },
    },
  } as unknown as JourneyDefinition;
  const choice = compileJourney(definition, branchTarget).States['Branch check?'];
  const rule = choice?.Type === 'Choice' ? choice.Choices[2] : undefined;
  if (rule === undefined) throw new Error('no comparison rule for the attribute branch');
  return rule;
}
