import { readFileSync } from 'node:fs';
import { PERMISSIONS, ROLE_PERMISSIONS, ROLES } from '../../lambdas/domain/access/roles';
import { repoPath } from '../../lib/paths';

/** The role matrix table of docs/api.md: the header's roles, and per permission the roles ticked. */
function documentedMatrix(): { roles: string[]; rows: Map<string, string[]> } {
  const lines = readFileSync(repoPath('docs', 'api.md'), 'utf8').split('\n');
  const cells = (line: string) =>
    line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
  const headerIndex = lines.findIndex((line) => line.startsWith('| permission |'));
  const roles = cells(lines[headerIndex] ?? '').slice(1);
  const rows = new Map<string, string[]>();
  for (const line of lines.slice(headerIndex + 2)) {
    if (!line.startsWith('|')) break;
    const [permission = '', ...ticks] = cells(line);
    rows.set(
      permission.replace(/`/g, ''),
      roles.filter((_, i) => ticks[i] === '✓'),
    );
  }
  return { roles, rows };
}

describe('the role matrix in docs/api.md', () => {
  it('has a column per role and a row per permission', () => {
    const { roles, rows } = documentedMatrix();
    expect(roles).toEqual([...ROLES]);
    expect([...rows.keys()].sort()).toEqual(Object.keys(PERMISSIONS).sort());
  });

  it('ticks exactly the permissions roles.ts grants each role', () => {
    const { rows } = documentedMatrix();
    for (const [permission, roles] of rows) {
      const granted = ROLES.filter((role) => (ROLE_PERMISSIONS[role] as readonly string[]).includes(permission));
      expect({ permission, roles }).toEqual({ permission, roles: granted });
    }
  });
});
