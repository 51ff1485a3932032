import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { ResponseOf } from '../../api/types';

type JourneyRecord = ResponseOf<'getJourney'>['journey'];
export type StatusAction = 'publish' | 'pause' | 'resume' | 'archive';

const CONFIRMATIONS: Record<StatusAction, { title: string; text: (journey: JourneyRecord) => string; button: string }> =
  {
    publish: {
      title: 'Publish this version?',
      text: (journey) =>
        `Version ${journey.latestVersion} goes live: new enrolments start it; runs in flight keep their version.`,
      button: 'Publish',
    },
    pause: {
      title: 'Pause the journey?',
      text: () => 'No one new is enrolled until you resume it; runs in flight continue to their end.',
      button: 'Pause',
    },
    resume: {
      title: 'Resume the journey?',
      text: (journey) => `New enrolments start version ${journey.publishedVersion ?? journey.latestVersion} again.`,
      button: 'Resume',
    },
    archive: {
      title: 'Archive the journey?',
      text: () => 'This ends it for good: no new enrolments or versions, and every running execution is stopped.',
      button: 'Archive',
    },
  };

/** The status changes the journey's status allows, each behind a confirmation. */
export function actionsFor(journey: JourneyRecord): StatusAction[] {
  const newer = journey.publishedVersion === undefined || journey.latestVersion > journey.publishedVersion;
  switch (journey.status) {
    case 'draft':
      return ['publish', 'archive'];
    case 'active':
      return [...(newer ? (['publish'] as const) : []), 'pause', 'archive'];
    case 'paused':
      return ['resume', ...(newer ? (['publish'] as const) : []), 'archive'];
    case 'archived':
      return [];
  }
}

export function StatusButtons({
  journey,
  disabledReason,
  onConfirm,
}: {
  journey: JourneyRecord;
  /** Why status changes wait (unsaved edits): the buttons are disabled with it. */
  disabledReason?: string;
  onConfirm: (action: StatusAction) => Promise<void>;
}) {
  const [asking, setAsking] = useState<StatusAction>();
  const [working, setWorking] = useState(false);
  const confirmation = asking ? CONFIRMATIONS[asking] : undefined;
  return (
    <>
      {actionsFor(journey).map((action) => (
        <Button
          key={action}
          disabled={Boolean(disabledReason)}
          disabledReason={disabledReason}
          onClick={() => setAsking(action)}
        >
          {CONFIRMATIONS[action].button}
        </Button>
      ))}
      <Modal
        visible={Boolean(asking)}
        onDismiss={() => setAsking(undefined)}
        header={confirmation?.title}
        footer={
          <Box float="right">
            <SpaceBetween direction="horizontal" size="xs">
              <Button variant="link" onClick={() => setAsking(undefined)}>
                Cancel
              </Button>
              <Button
                variant="primary"
                loading={working}
                onClick={async () => {
                  if (!asking) return;
                  setWorking(true);
                  try {
                    await onConfirm(asking);
                  } finally {
                    setWorking(false);
                    setAsking(undefined);
                  }
                }}
              >
                {confirmation?.button}
              </Button>
            </SpaceBetween>
          </Box>
        }
      >
        {confirmation && journey ? confirmation.text(journey) : null}
      </Modal>
    </>
  );
}
