import { App } from 'aws-cdk-lib';
import { createOutreachStacks } from '../lib/outreach-app';
import { type OutreachSettings, readSettings, SettingsError } from '../lib/settings';

const app = new App();
// With credentials the CLI resolves account and region; without, the stacks stay environment-agnostic
// (the CLI still sets a default region then, which alone would half-pin the templates).
const account = process.env.CDK_DEFAULT_ACCOUNT;
createOutreachStacks(app, settingsOrExit(app), account ? { account, region: process.env.CDK_DEFAULT_REGION } : {});

/** Bad context is the operator's to fix: say what is wrong, without a stack trace. */
function settingsOrExit(app: App): OutreachSettings {
  try {
    return readSettings((key) => app.node.tryGetContext(key));
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
