import Container from '@cloudscape-design/components/container';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import StatusIndicator, { type StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';
import type { ResponseOf } from '../../api/types';
import { formatInstant } from '../../app/format';

type Detail = ResponseOf<'getSegment'>;

const STATUS: Record<string, StatusIndicatorProps.Type> = { draft: 'pending', active: 'success', archived: 'stopped' };

export function StatusOf({ status }: { readonly status: string }) {
  return <StatusIndicator type={STATUS[status] ?? 'info'}>{status}</StatusIndicator>;
}

/** A segment's record at a glance, with the progress of its latest full computation. */
export function SegmentStatus({ segment, computation }: Pick<Detail, 'segment' | 'computation'>) {
  return (
    <Container>
      <KeyValuePairs
        columns={4}
        items={[
          { label: 'Status', value: <StatusOf status={segment.status} /> },
          { label: 'Id', value: <code>{segment.segmentId}</code> },
          { label: 'Kind', value: segment.kind === 'static' ? 'static list' : 'dynamic' },
          { label: 'Latest version', value: segment.latestVersion },
          { label: 'Active version', value: segment.activeVersion ?? '—' },
          { label: 'Updated', value: formatInstant(segment.updatedAt) },
          {
            label: 'Latest computation',
            value: computation ? (
              <StatusIndicator
                type={
                  computation.status === 'completed'
                    ? 'success'
                    : computation.status === 'failed'
                      ? 'error'
                      : 'in-progress'
                }
              >
                {computation.status} ({computation.reason}), {computation.shardsDone}/{computation.shards} shards
                {computation.entered !== undefined
                  ? `, ${computation.entered} entered, ${computation.exited ?? 0} left`
                  : ''}
              </StatusIndicator>
            ) : (
              'none yet'
            ),
          },
        ]}
      />
    </Container>
  );
}
