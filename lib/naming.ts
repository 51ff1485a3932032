import type { OutreachSettings } from './settings';

/** Prefix of stack names; one deployment per stage can share an account. */
const STACK_PREFIX = 'PatientOutreach';
/** Prefix of the few physical names upstream systems need to know (event bus, schema registry). */
const RESOURCE_PREFIX = 'patient-outreach';

export const stackName = (settings: OutreachSettings, part: string): string =>
  `${STACK_PREFIX}-${settings.stage}-${part}`;

export const resourceName = (settings: OutreachSettings, part?: string): string =>
  [RESOURCE_PREFIX, settings.stage, part].filter(Boolean).join('-');
