import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import aslValidator from 'asl-validator';

const folder = join(__dirname, '..', '..', '..', 'statemachines');

describe('hand-written state machines', () => {
  it.each(readdirSync(folder).filter((f) => f.endsWith('.asl.json')))('%s is valid Amazon States Language', (file) => {
    const definition = JSON.parse(readFileSync(join(folder, file), 'utf8'));

    const { isValid, errors } = aslValidator(definition, { checkArn: false, checkPaths: true });

    expect(errors).toEqual([]);
    expect(isValid).toBe(true);
  });

  it('retries transient faults on every Lambda task and catches failures of listing and of each file', () => {
    const definition = JSON.parse(readFileSync(join(folder, 'bulk-import.asl.json'), 'utf8'));
    const tasks: [string, { Type: string; Retry?: unknown[]; Catch?: unknown[] }][] = [
      ...Object.entries(definition.States),
      ...Object.entries(definition.States['Import each file'].ItemProcessor.States),
    ].filter(([, state]) => (state as { Type: string }).Type === 'Task') as never;

    expect(tasks.map(([name]) => name).sort()).toEqual(['Import file', 'List import files', 'Summarize import']);
    for (const [, state] of tasks) expect(state.Retry?.length).toBeGreaterThan(0);
    for (const [name, state] of tasks.filter(([n]) => n !== 'Summarize import')) {
      expect([name, state.Catch?.length]).toEqual([name, 1]);
    }
  });
});
