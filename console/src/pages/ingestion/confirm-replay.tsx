import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { dataOf } from '../../api/client';
import { formatInstant } from '../../app/format';
import { useApi } from '../../app/session';

/** The outcome of a replay, as the dead-letters tab shows it. */
export interface Notice {
  readonly type: 'success' | 'error' | 'info';
  readonly header: string;
  readonly content: string;
}

export type ReplayRequest = { readonly kind: 'one'; readonly id: string } | { readonly kind: 'all' };

/** Replay-all answers a cursor while open entries remain past the ones it examined; this many calls at most. */
const MAX_REPLAY_CALLS = 20;

/** Asks before putting events back on the bus, then does it and reports what happened (a 409's reason too). */
export function ConfirmReplay(props: {
  request: ReplayRequest;
  onCancel: () => void;
  onDone: (outcome: Notice) => void;
  onFailed: (error: unknown) => void;
}) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const { request } = props;

  const replay = async () => {
    setBusy(true);
    try {
      props.onDone(request.kind === 'one' ? await replayOne(request.id) : await replayAll());
    } catch (error) {
      props.onFailed(error);
    } finally {
      setBusy(false);
    }
  };
  const replayOne = async (id: string): Promise<Notice> => {
    const done = await dataOf(api.POST('/ingestion/dead-letters/{id}/replay', { params: { path: { id } } }));
    return {
      type: 'success',
      header: 'Replayed',
      content: `Dead letter ${id} is back on the bus (${formatInstant(done.replayedAt)}); it is listed under Replayed.`,
    };
  };
  const replayAll = async (): Promise<Notice> => {
    const total = { examined: 0, replayed: 0, skipped: 0, unreplayable: 0 };
    let cursor: string | undefined;
    let calls = 0;
    do {
      const round = await dataOf(
        api.POST('/ingestion/dead-letters/replay', { params: { query: cursor ? { cursor } : {} } }),
      );
      total.examined += round.examined;
      total.replayed += round.replayed;
      total.skipped += round.skipped;
      total.unreplayable += round.unreplayable;
      cursor = round.cursor;
      calls++;
    } while (cursor && calls < MAX_REPLAY_CALLS);
    return {
      type: total.unreplayable > 0 ? 'info' : 'success',
      header: `Replayed ${total.replayed} of ${total.examined} open dead letters`,
      content: [
        total.unreplayable > 0
          ? `${total.unreplayable} kept no event that can be replayed (inspect them for the reason).`
          : '',
        total.skipped > 0 ? `${total.skipped} were left alone.` : '',
        cursor ? 'More remain: replay all again to continue.' : '',
      ]
        .filter(Boolean)
        .join(' '),
    };
  };

  return (
    <Modal
      visible
      onDismiss={props.onCancel}
      header={request.kind === 'one' ? 'Replay this dead letter?' : 'Replay every open dead letter?'}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={props.onCancel} disabled={busy}>
              Cancel
            </Button>
            <Button variant="primary" onClick={() => void replay()} loading={busy}>
              {request.kind === 'one' ? 'Replay' : 'Replay all'}
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      {request.kind === 'one' ? (
        <>
          Dead letter <code>{request.id}</code> goes back on the bus under its original source and detail-type. Only do
          this once the cause is fixed, or it is rejected again.
        </>
      ) : (
        'Every open dead letter that kept its event goes back on the bus. Only do this once the cause is fixed.'
      )}
    </Modal>
  );
}
