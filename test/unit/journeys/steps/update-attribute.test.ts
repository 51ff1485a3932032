import { marshall } from '@aws-sdk/util-dynamodb';
import type { ChoiceRule } from '../../../../lambdas/domain/journeys/asl-types';
import type { AttributeStore, PatientAttribute } from '../../../../lambdas/domain/journeys/steps/ports';
import { InvalidStepPayloadError } from '../../../../lambdas/domain/journeys/steps/step-input';
import { updateAttribute } from '../../../../lambdas/domain/journeys/steps/update-attribute';
import { attributeBranchRule, ids, recordingLogger } from './fakes';

const NOW = new Date('2026-03-01T12:00:00.000Z');

function deps() {
  const written: PatientAttribute[] = [];
  const attributes: AttributeStore = {
    put: async (attribute) => void written.push(attribute),
    get: async () => undefined,
  };
  return { attributes, written, clock: { now: () => NOW }, logger: recordingLogger() };
}

/** The value as the branch's DynamoDB query returns it, read at the rule's path, compared as the rule says. */
function branchMatches(rule: ChoiceRule, stored: PatientAttribute['value']): boolean {
  const item = { items: [marshall({ value: stored })] };
  const type = String(rule.Variable).split('.').pop() as string;
  const read = (item.items[0]?.value as Record<string, unknown> | undefined)?.[type];
  if ('BooleanEquals' in rule) return read === rule.BooleanEquals;
  return read === rule.StringEquals;
}

const write = (value: string | number | boolean) => ({ ...ids, stepId: 'mark', attribute: { name: 'score', value } });

it('writes the attribute with when and by which journey step', async () => {
  const d = deps();

  await updateAttribute(write('fr'), d);

  expect(d.written).toEqual([
    {
      patientId: ids.patientId,
      name: 'score',
      value: 'fr',
      updatedAt: NOW.toISOString(),
      journeyId: ids.journeyId,
      stepId: 'mark',
    },
  ]);
});

it.each([
  ['a number', 3, 3, true],
  ['a decimal', 2.5, 2.5, true],
  ['a boolean', true, true, true],
  ['a false boolean', false, false, true],
  ['a string', 'fr', 'fr', true],
  ['a different number', 4, 3, false],
  ['a boolean against a different one', false, true, false],
])('stores %s so the compiled branch compares it as the journey wrote it', async (_, value, equals, matches) => {
  const d = deps();

  await updateAttribute(write(value), d);

  const stored = d.written[0]?.value;
  expect(stored).toBe(value);
  expect(branchMatches(attributeBranchRule(equals), stored as PatientAttribute['value'])).toBe(matches);
});

it('refuses an attribute whose value is an object', async () => {
  const d = deps();

  await expect(updateAttribute({ ...write('x'), attribute: { name: 'score', value: {} } }, d)).rejects.toBeInstanceOf(
    InvalidStepPayloadError,
  );
  expect(d.written).toEqual([]);
});
