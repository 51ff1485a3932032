import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

jest.setTimeout(120_000);

it('stops DynamoDB Local when the process that started it crashes', () => {
  const module = join(__dirname, '..', '..', 'local', 'dynamodb', 'dynamodb-local');
  // Starts DynamoDB Local, prints its pid, then dies of an uncaught error without stopping it.
  const script = `
    const { startDynamoDbLocal } = require(${JSON.stringify(module)});
    startDynamoDbLocal().then(() => {
      const { execSync } = require('node:child_process');
      console.log(execSync('pgrep -f -P ' + process.pid + ' DynamoDBLocal').toString().trim());
      setImmediate(() => { throw new Error('crash'); });
    });
  `;

  const run = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { encoding: 'utf8' });
  const children = run.stdout.trim().split(/\s+/).filter(Boolean);
  const isAlive = (pid: string) => spawnSync('kill', ['-0', pid]).status === 0;
  // SIGTERM went out as the process exited; Java takes a moment to go.
  for (let tries = 0; tries < 50 && children.some(isAlive); tries++) spawnSync('sleep', ['0.1']);
  const alive = children.filter(isAlive);
  for (const pid of alive) spawnSync('kill', ['-9', pid]);

  expect(run.status).not.toBe(0);
  expect(children.length).toBeGreaterThan(0);
  expect(alive).toEqual([]);
});
