import { type App, Stack, Stage, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, HIPAASecurityChecks, type NagPack } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { createOutreachStacks } from '../../lib/outreach-app';
import { settingsOf, synthesizeOutreach, testApp, WITHOUT_BUNDLING } from './outreach-app.fixture';

interface Acknowledgment {
  readonly path: string;
  readonly ruleId: string;
  readonly reason: string;
  readonly scope: IConstruct;
}

const packs = (): NagPack[] => [new AwsSolutionsChecks(), new HIPAASecurityChecks()];

/** Every acknowledgment recorded in the tree, wherever it was made. */
function acknowledgmentsIn(root: IConstruct): Acknowledgment[] {
  return root.node.findAll().flatMap((scope) =>
    scope.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([qualifiedId, reason]) => ({
          path: scope.node.path,
          ruleId: qualifiedId.replace(/^annotation::/i, ''),
          reason,
          scope,
        })),
      ),
  );
}

/** `ruleId → construct paths` of every finding, as cdk-nag reports them when nothing is acknowledged. */
function findingsIgnoringAcknowledgments(): Map<string, string[]> {
  const acknowledge = jest.spyOn(Validations.prototype, 'acknowledge').mockImplementation(() => undefined);
  try {
    const app = testApp(WITHOUT_BUNDLING);
    createOutreachStacks(app, settingsOf(app));
    const findings = new Map<string, string[]>();
    for (const violation of packs().flatMap((pack) => pack.validateScope(app).violations)) {
      const paths = violation.violatingResources.map((resource) => resource.constructPath ?? '');
      findings.set(violation.ruleName, [...(findings.get(violation.ruleName) ?? []), ...paths]);
    }
    return findings;
  } finally {
    acknowledge.mockRestore();
  }
}

describe('compliance with the AwsSolutions and HIPAA Security packs', () => {
  let app: App;
  beforeAll(() => {
    // Synthesis itself fails on an unacknowledged finding, printing the cdk-nag report.
    app = synthesizeOutreach().app;
  }, 180_000);

  it('leaves no error or warning unacknowledged', () => {
    const violations = packs().flatMap((pack) => pack.validateScope(app).violations);
    expect(
      violations.map((v) => `${v.ruleName} at ${v.violatingResources.map((r) => r.constructPath).join(', ')}`),
    ).toEqual([]);
  });

  it('acknowledges findings on the resources that have them, never on a whole stack or the app', () => {
    const acknowledgments = acknowledgmentsIn(app);
    expect(acknowledgments.length).toBeGreaterThan(0);
    for (const { scope, path } of acknowledgments) {
      expect({ path, tooBroad: scope === app || Stage.isStage(scope) || Stack.isStack(scope) }).toEqual({
        path,
        tooBroad: false,
      });
    }
  });

  it('gives every acknowledgment a written reason', () => {
    for (const { path, ruleId, reason } of acknowledgmentsIn(app)) {
      expect({ path, ruleId, reasonIsSpecific: reason.trim().length >= 60 }).toEqual({
        path,
        ruleId,
        reasonIsSpecific: true,
      });
    }
  });

  it('acknowledges only findings that exist, so none hides a future one', () => {
    const findings = findingsIgnoringAcknowledgments();
    for (const { path, ruleId } of acknowledgmentsIn(app)) {
      const onThisScope = (findings.get(ruleId) ?? []).filter((finding) => finding.startsWith(`${path}/`));
      expect({ path, ruleId, found: onThisScope.length > 0 }).toEqual({ path, ruleId, found: true });
    }
  });
});
