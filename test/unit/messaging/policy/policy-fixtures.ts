import type * as fhir4 from 'fhir/r4';
import { TIMEZONE_EXTENSION_URL } from '../../../../lambdas/domain/fhir/facts';
import { DEFAULT_SENDING_POLICY } from '../../../../lambdas/domain/messaging/policy/defaults';
import type { PolicyInput, SendIntent } from '../../../../lambdas/domain/messaging/policy-types';
import type {
  Channel,
  PreferenceRecord,
  PreferenceStatus,
  Topic,
} from '../../../../lambdas/domain/patients/preferences';
import { testAddressKeyOf } from '../../../support/address-keys';

export const MOBILE = '(617) 555-0123';
export const MOBILE_E164 = '+16175550123';
export const EMAIL = 'Pat.Doe@Example.org';

export function patientWith(overrides: Partial<fhir4.Patient> = {}, zone?: string): fhir4.Patient {
  return {
    resourceType: 'Patient',
    id: 'p1',
    telecom: [
      { system: 'phone', use: 'mobile', value: MOBILE },
      { system: 'email', value: EMAIL },
    ],
    address: [{ use: 'home', line: ['1 Main St'], city: 'Boston', state: 'MA', postalCode: '02110' }],
    ...(zone ? { extension: [{ url: TIMEZONE_EXTENSION_URL, valueCode: zone }] } : {}),
    ...overrides,
  };
}

export function preference(
  channel: Channel,
  topic: Topic,
  status: PreferenceStatus,
  at = '2024-01-01T00:00:00Z',
): PreferenceRecord {
  return {
    changeId: `c-${channel}-${topic}-${at}`,
    patientId: 'p1',
    channel,
    topic,
    status,
    source: 'staff',
    actor: 'staff-1',
    at,
  };
}

export function intent(overrides: Partial<SendIntent> = {}): SendIntent {
  return { topic: 'appointment-reminders', channels: ['sms'], fallback: false, quietHours: 'defer', ...overrides };
}

/** Noon in New York on an ordinary June day: inside no default quiet hours. */
export const NOON_NEW_YORK = new Date('2024-06-12T16:00:00Z');

export function policyInput(overrides: Partial<PolicyInput> = {}): PolicyInput {
  return {
    now: NOON_NEW_YORK,
    patient: patientWith(),
    devices: [],
    preferences: [],
    addressOptOuts: new Set(),
    suppressed: new Set(),
    addressKeyOf: testAddressKeyOf,
    recentSends: {},
    templateChannels: new Set<Channel>(['sms', 'email', 'push', 'letter']),
    intent: intent(),
    settings: DEFAULT_SENDING_POLICY,
    ...overrides,
  };
}
