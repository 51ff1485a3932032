import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { PatientApiServices } from '../../domain/patients/ports';
import type { Clock } from '../../domain/ports';
import { DynamoPatientDirectory } from './patient-directory';
import { DynamoPreferenceStore } from './preference-store';

/** The patient routes' services on the Patients table, for the API handler and the local API server. */
export function dynamoPatientApiServices(
  client: DynamoDBDocumentClient,
  patientsTable: string,
  clock: Clock,
): Omit<PatientApiServices, 'patientSegments' | 'patientMessages' | 'patientJourneys'> {
  return {
    patientDirectory: new DynamoPatientDirectory(client, patientsTable),
    patientPreferences: new DynamoPreferenceStore(client, patientsTable),
    clock,
  };
}
