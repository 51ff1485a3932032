/**
 * Who the messages come from: the name, phone, address and website templates print, and the words of the
 * SMS HELP answer. Loaded by the send function (settings), passed to rendering as a value.
 */
export interface OrganisationSettings {
  readonly name: string;
  /** As patients should dial it, e.g. `(555) 010-0100`. */
  readonly phone: string;
  /** One line, or lines joined by `\n`. */
  readonly address: string;
  readonly website?: string;
  /** The SMS HELP answer; a default built from the name and phone is used when absent. */
  readonly smsHelpText?: string;
  /** BCP-47 locale for dates when the patient states no language, e.g. `en-US`. */
  readonly defaultLocale: string;
}

/** Fictional values for demos, previews and tests (555-01xx numbers are reserved for fiction). */
export const DEFAULT_ORGANISATION: OrganisationSettings = {
  name: 'Riverside Community Health',
  phone: '(555) 010-0100',
  address: '100 Example Avenue, Springfield, ST 00000',
  website: 'https://riverside-health.example.org',
  smsHelpText: 'Riverside Community Health: call (555) 010-0100 for help. Reply STOP to opt out.',
  defaultLocale: 'en-US',
};

/** The HELP answer when the organisation wrote none: who is texting, how to reach a person, how to stop. */
export function defaultHelpText(organisation: OrganisationSettings): string {
  return `${organisation.name}: for help call ${organisation.phone}. Reply STOP to opt out.`;
}
