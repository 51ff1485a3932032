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

/**
 * Every policy check of a message, compactly: per channel, the rules that passed in one line, each failed rule on
 * its own line with its reason and detail (the message page lists every check with its detail).
 */
export function PolicyChecks({ checks }: { checks: readonly PolicyCheck[] }) {
  if (checks.length === 0) return <span>No checks recorded</span>;
  const channels = [...new Set(checks.map((check) => check.channel))];
  return (
    <SpaceBetween size="xxxs">
      {channels.flatMap((channel) => {
        const passed = checks.filter((check) => check.channel === channel && check.passed);
        const failed = checks.filter((check) => check.channel === channel && !check.passed);
        return [
          passed.length > 0 && (
            <StatusIndicator key={`${channel}-passed`} type="success">
              {channel} passed: {passed.map((check) => check.rule).join(', ')}
            </StatusIndicator>
          ),
          ...failed.map((check) => (
            <StatusIndicator key={`${channel}-${check.rule}-${check.detail ?? ''}`} type="error">
              {channel} failed {check.rule}
              {check.reason && check.reason !== check.rule ? ` (${check.reason})` : ''}
              {check.detail ? ` — ${check.detail}` : ''}
            </StatusIndicator>
          )),
        ].filter(Boolean);
      })}
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
