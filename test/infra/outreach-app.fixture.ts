import { readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { createOutreachStacks, type OutreachStacks } from '../../lib/outreach-app';
import { repoPath } from '../../lib/paths';
import { type OutreachSettings, readSettings } from '../../lib/settings';

/** The context of `cdk.json` (feature flags included), so tests synthesise what `cdk synth` does. */
const CDK_JSON_CONTEXT: Record<string, unknown> = JSON.parse(readFileSync(repoPath('cdk.json'), 'utf8')).context;

export const TEST_CONTEXT = { stage: 'test', upstreamEventSource: 'ehr.test-hospital' } as const;

export function testApp(context: Record<string, unknown> = {}): App {
  return new App({ context: { ...CDK_JSON_CONTEXT, ...TEST_CONTEXT, ...context } });
}

/** Skips esbuild: for tests about the construct tree, not the bundles. */
export const WITHOUT_BUNDLING = { 'aws:cdk:bundling-stacks': [] } as const;

export function settingsOf(app: App): OutreachSettings {
  return readSettings((key) => app.node.tryGetContext(key));
}

export interface SynthesizedOutreach {
  readonly app: App;
  readonly settings: OutreachSettings;
  readonly stacks: OutreachStacks;
  readonly data: Template;
  readonly events: Template;
  readonly ingestion: Template;
  readonly api: Template;
  readonly console: Template;
}

/**
 * Builds and synthesises the whole app as `bin/app.ts` does, cdk-nag packs included, so synthesis
 * itself fails on an unacknowledged finding.
 */
export function synthesizeOutreach(context: Record<string, unknown> = {}): SynthesizedOutreach {
  const app = testApp(context);
  const settings = settingsOf(app);
  const stacks = createOutreachStacks(app, settings);
  app.synth();
  return {
    app,
    settings,
    stacks,
    data: Template.fromStack(stacks.data),
    events: Template.fromStack(stacks.events),
    ingestion: Template.fromStack(stacks.ingestion),
    api: Template.fromStack(stacks.api),
    console: Template.fromStack(stacks.console),
  };
}
