import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator, { type StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';
import type { ResponseOf } from '../../api/types';

export type MessageView = ResponseOf<'getMessage'>;
export type MessageStatus = MessageView['status'];
export type PolicyCheck = MessageView['checks'][number];

/** How each status reads at a glance: sent or better is good, policy outcomes are neutral, faults are errors. */
const STATUS_LOOK: Record<MessageStatus, StatusIndicatorProps.Type> = {
  claimed: 'in-progress',
  sent: 'success',
  delivered: 'success',
  delayed: 'pending',
  opened: 'success',
  clicked: 'success',
  bounced: 'error',
  complained: 'warning',
  rejected: 'error',
  failed: 'error',
  skipped: 'stopped',
  deferred: 'pending',
  retrying: 'in-progress',
  'in-doubt': 'warning',
};

/** A message status; `reason` (why policy stopped or moved it) is shown with it. */
export function MessageStatusIndicator({ status, reason }: { status: string; reason?: string }) {
  const type = STATUS_LOOK[status as MessageStatus] ?? 'info';
  return (
    <StatusIndicator type={type}>
      {status}
      {reason ? ` (${reason})` : ''}
    </StatusIndicator>
  );
}

/** Every policy check of a message, in the order policy ran them: channel, rule, verdict and its detail. */
export function PolicyChecks({ checks }: { checks: readonly PolicyCheck[] }) {
  if (checks.length === 0) return <span>No checks recorded</span>;
  return (
    <SpaceBetween size="xxxs">
      {checks.map((check, index) => (
        // A message may check the same rule on the same channel twice (a fallback); the position keeps them apart.
        // biome-ignore lint/suspicious/noArrayIndexKey: checks have no id and never reorder
        <StatusIndicator key={index} type={check.passed ? 'success' : 'error'}>
          {check.channel} · {check.rule}:{' '}
          {check.passed ? 'passed' : `failed${check.reason ? ` (${check.reason})` : ''}`}
          {check.detail ? ` — ${check.detail}` : ''}
        </StatusIndicator>
      ))}
    </SpaceBetween>
  );
}

/** What caused a message, as a person reads it. */
export function causeOf(cause: Record<string, unknown>): string {
  switch (cause.kind) {
    case 'journey':
      return `Journey ${String(cause.journeyId)} v${String(cause.journeyVersion)}, step ${String(cause.stepId)}`;
    case 'campaign':
      return `Campaign ${String(cause.campaignId)}`;
    case 'staff':
      return `Sent by staff (request ${String(cause.requestId)})`;
    case 'auto-reply':
      return 'Automatic reply';
    default:
      return String(cause.kind ?? 'unknown');
  }
}
