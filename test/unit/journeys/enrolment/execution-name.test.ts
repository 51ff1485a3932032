import {
  executionNameOf,
  MAX_EXECUTION_NAME_LENGTH,
} from '../../../../lambdas/domain/journeys/enrolment/execution-name';

const STEP_FUNCTIONS_NAME = /^[A-Za-z0-9_-]{1,80}$/;

describe('executionNameOf', () => {
  it('starts with the journey id and version, for people reading the console', () => {
    expect(executionNameOf({ journeyId: 'flu-vaccination', journeyVersion: 3, patientId: 'p1' })).toMatch(
      /^flu-vaccination-v3-[0-9a-f]+$/,
    );
  });

  it('stays within 80 of the characters Step Functions allows, for the longest journey id and odd patient ids', () => {
    const name = executionNameOf({
      journeyId: 'j'.repeat(48),
      journeyVersion: 123_456_789,
      patientId: 'Patient.with.dots-and-a-very-long-id-0123456789012345678901234567890',
      entryKey: 'Appointment/ä b#c',
    });

    expect(name.length).toBeLessThanOrEqual(MAX_EXECUTION_NAME_LENGTH);
    expect(name).toMatch(STEP_FUNCTIONS_NAME);
  });

  it('gives the same name for the same journey, version, patient and key', () => {
    const parts = {
      journeyId: 'appointment-reminders',
      journeyVersion: 2,
      patientId: 'p1',
      entryKey: 'Appointment/a1',
    };

    expect(executionNameOf({ ...parts })).toBe(executionNameOf({ ...parts }));
  });

  it('gives the first run the name of the triple, and later runs names of their own', () => {
    const parts = { journeyId: 'welcome', journeyVersion: 1, patientId: 'p1' };

    expect(executionNameOf({ ...parts, run: 1 })).toBe(executionNameOf(parts));
    expect(executionNameOf({ ...parts, run: 2 })).not.toBe(executionNameOf(parts));
  });

  it('never gives two different runs the same name over a sample', () => {
    const names = new Set<string>();
    let count = 0;
    for (const journeyId of ['a', 'a-1', 'b']) {
      for (const journeyVersion of [1, 2, 11]) {
        for (let p = 0; p < 200; p++) {
          for (const entryKey of [undefined, 'Appointment/1', 'Appointment/11']) {
            names.add(
              executionNameOf({
                journeyId,
                journeyVersion,
                patientId: `p${p}`,
                ...(entryKey !== undefined ? { entryKey } : {}),
              }),
            );
            count++;
          }
        }
      }
    }

    expect(names.size).toBe(count);
  });

  it('tells apart parts that would read the same when joined', () => {
    expect(executionNameOf({ journeyId: 'j', journeyVersion: 1, patientId: 'p1', entryKey: '2' })).not.toBe(
      executionNameOf({ journeyId: 'j', journeyVersion: 1, patientId: 'p12' }),
    );
  });
});
