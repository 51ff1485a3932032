import type * as fhir4 from 'fhir/r4';
import { OUTREACH_TOPIC_SYSTEM } from '../../lambdas/domain/patients/consent-preferences';

/** A Consent that opts a patient out of one outreach topic by SMS (or revokes that consent). */
export function smsOptOut(id: string, patientId: string, topic: string): fhir4.Consent {
  return {
    resourceType: 'Consent',
    id,
    status: 'active',
    scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' }] },
    category: [{ coding: [{ system: OUTREACH_TOPIC_SYSTEM, code: topic }] }],
    patient: { reference: `Patient/${patientId}` },
    dateTime: '2026-11-20T10:00:00Z',
    provision: {
      type: 'deny',
      code: [{ coding: [{ system: 'http://hl7.org/fhir/contact-point-system', code: 'sms' }] }],
    },
  };
}
