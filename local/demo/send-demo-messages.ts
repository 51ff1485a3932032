import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoPatientDirectory } from '../../lambdas/adapters/dynamodb/patient-directory';
import { DynamoMembershipStore } from '../../lambdas/adapters/dynamodb/segment-membership-store';
import type { SendOutcome } from '../../lambdas/domain/messaging/send-ports';
import { localDynamoClient } from '../dynamodb/dynamodb-local';
import type { LocalStack } from '../local-stack';

const PER_SEGMENT = 15;

/**
 * A first batch of messages for the demo, sent as staff would (one-off sends through the same policy):
 * appointment reminders to the upcoming-appointment segment and flu vaccination care-gap messages. The
 * causes are fixed per patient, so a restart does not send them again. Returns the outcome counts.
 */
export async function sendDemoMessages(stack: LocalStack): Promise<Record<SendOutcome['outcome'], number>> {
  const client = DynamoDBDocumentClient.from(localDynamoClient(stack.endpoints.dynamodb), {
    marshallOptions: { removeUndefinedValues: true },
  });
  const memberships = new DynamoMembershipStore(client, stack.tables.patients);
  const directory = new DynamoPatientDirectory(client, stack.tables.patients);
  const counts: Record<SendOutcome['outcome'], number> = { sent: 0, skipped: 0, deferred: 0, failed: 0, 'in-doubt': 0 };
  const count = (outcome: SendOutcome) => {
    counts[outcome.outcome]++;
  };

  const upcoming = await memberships.members('upcoming-appointment-7d', PER_SEGMENT);
  for (const { patientId } of upcoming.items) {
    const now = stack.clock.now().toISOString();
    const appointment = (await directory.listResources(patientId, 'Appointment'))
      .filter((a) => a.facts.status === 'booked' && (a.facts.date ?? '') > now)
      .sort((a, b) => (a.facts.date ?? '').localeCompare(b.facts.date ?? ''))[0];
    if (!appointment) continue;
    count(
      await stack.sendMessage({
        patientId,
        cause: { kind: 'staff', requestId: `demo-reminder-${appointment.resourceId}` },
        templateId: 'appointment-reminder-sms',
        intent: { topic: 'appointment-reminders', channels: ['sms', 'email'], fallback: true, quietHours: 'defer' },
        triggeringResource: { resourceType: 'Appointment', id: appointment.resourceId },
      }),
    );
  }
  const fluDue = await memberships.members('influenza-vaccine-due-65', PER_SEGMENT);
  for (const { patientId } of fluDue.items) {
    count(
      await stack.sendMessage({
        patientId,
        cause: { kind: 'staff', requestId: `demo-flu-2026-${patientId}` },
        templateId: 'flu-vaccine',
        intent: { topic: 'care-gaps', channels: ['sms', 'email', 'letter'], fallback: true, quietHours: 'defer' },
      }),
    );
  }
  await stack.deliverFeedback();
  return counts;
}
