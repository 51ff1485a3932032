import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useState } from 'react';
import { ApiProblem } from '../../api/problem';
import { ErrorAlert } from '../../app/page-states';
import { CHANNEL_LABELS, type Channel, type Preview } from './template-draft';
import type { DraftPreview } from './use-draft-preview';

export interface PreviewTarget {
  readonly mode: 'sample' | 'patient';
  readonly patientId: string;
}

const WIDTHS = { phone: 375, desktop: 720 } as const;

/** The rendered draft for the channel and language being edited, with who it is rendered for. */
export function TemplatePreview({
  channel,
  language,
  preview,
  target,
  onTargetChange,
}: {
  channel: Channel | undefined;
  language: string;
  preview: DraftPreview;
  target: PreviewTarget;
  onTargetChange: (target: PreviewTarget) => void;
}) {
  const shown = preview.result?.previews.find((p) => p.channel === channel);
  const invalid = preview.problem instanceof ApiProblem && preview.problem.status === 400;
  const patientProblem =
    preview.problem instanceof ApiProblem && preview.problem.status === 404 ? 'No patient with this id.' : undefined;
  return (
    <Container
      header={
        <Header
          variant="h2"
          description={`${channel ? CHANNEL_LABELS[channel] : 'No channel'} in ${language}, as the unsaved draft renders`}
          actions={preview.rendering ? <StatusIndicator type="loading">Rendering</StatusIndicator> : undefined}
        >
          Preview
        </Header>
      }
    >
      <SpaceBetween size="m">
        <SegmentedControl
          label="Render with"
          selectedId={target.mode}
          options={[
            { id: 'sample', text: 'Sample data' },
            { id: 'patient', text: 'A patient' },
          ]}
          onChange={({ detail }) => onTargetChange({ ...target, mode: detail.selectedId as PreviewTarget['mode'] })}
        />
        {target.mode === 'patient' && (
          <FormField
            label="Patient id"
            description="Rendering for a patient shows their data; it is recorded in the audit trail."
            errorText={patientProblem}
          >
            <Input
              value={target.patientId}
              onChange={({ detail }) => onTargetChange({ ...target, patientId: detail.value.trim() })}
              placeholder="e.g. demo-0001"
            />
          </FormField>
        )}
        {invalid && (
          <Alert type="warning">
            The draft has errors (shown next to their fields){shown ? ': this is the last version that rendered.' : '.'}
          </Alert>
        )}
        {preview.problem !== undefined && !invalid && !patientProblem && <ErrorAlert error={preview.problem} />}
        {shown ? (
          <RenderedPart preview={shown} />
        ) : (
          !preview.rendering &&
          !invalid &&
          !patientProblem && <Box color="text-status-inactive">Nothing to preview for this channel yet.</Box>
        )}
      </SpaceBetween>
    </Container>
  );
}

function RenderedPart({ preview }: { preview: Preview }) {
  const { rendered } = preview;
  switch (preview.channel) {
    case 'email':
      return (
        <SpaceBetween size="s">
          <KeyValuePairs items={[{ label: 'Subject', value: rendered.subject ?? '' }]} />
          <HtmlAtWidths html={rendered.html ?? ''} what="Email" />
          <ExpandableSection headerText="Plain-text alternative">
            <pre style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{rendered.text}</pre>
          </ExpandableSection>
        </SpaceBetween>
      );
    case 'sms':
      return <SmsPreview text={rendered.text ?? ''} encoding={rendered.encoding} segments={rendered.segments} />;
    case 'push':
      return (
        <KeyValuePairs
          items={[
            { label: 'Title', value: rendered.title ?? '' },
            { label: 'Body', value: rendered.body ?? '' },
          ]}
        />
      );
    case 'letter':
      return <HtmlAtWidths html={rendered.html ?? ''} what="Letter" />;
  }
}

/** The rendered text, its encoding and the parts it is billed as (the API counts them as the send does). */
function SmsPreview({ text, encoding, segments }: { text: string; encoding?: string; segments?: number }) {
  const characters = [...text].length;
  return (
    <SpaceBetween size="s">
      <Box padding="s" variant="div">
        <div
          style={{ whiteSpace: 'pre-wrap', border: '1px solid #c6c6cd', borderRadius: 12, padding: 12, maxWidth: 340 }}
        >
          {text}
        </div>
      </Box>
      <div data-testid="sms-counter">
        <KeyValuePairs
          columns={3}
          items={[
            { label: 'Characters', value: String(characters) },
            {
              label: 'Encoding',
              value: (
                <SpaceBetween size="xxs">
                  <StatusIndicator type={encoding === 'UCS-2' ? 'warning' : 'success'}>
                    {encoding ?? '—'}
                  </StatusIndicator>
                  {encoding === 'UCS-2' && (
                    <Box variant="small">A character outside the GSM alphabet: 70 characters a part, not 160.</Box>
                  )}
                </SpaceBetween>
              ),
            },
            { label: 'Segments', value: segments === undefined ? '—' : String(segments) },
          ]}
        />
      </div>
    </SpaceBetween>
  );
}

/**
 * Rendered HTML in a sandboxed frame: no scripts, no forms, no navigation of this page, and an opaque origin, so
 * nothing in a template can reach the console. Shown at a phone's width (375 px) or a desktop's.
 */
function HtmlAtWidths({ html, what }: { html: string; what: string }) {
  const [width, setWidth] = useState<keyof typeof WIDTHS>('phone');
  return (
    <SpaceBetween size="s">
      <SegmentedControl
        label="Preview width"
        selectedId={width}
        options={[
          { id: 'phone', text: `Phone (${WIDTHS.phone} px)` },
          { id: 'desktop', text: `Desktop (${WIDTHS.desktop} px)` },
        ]}
        onChange={({ detail }) => setWidth(detail.selectedId as keyof typeof WIDTHS)}
      />
      {/* Scrolls sideways when the desktop width is wider than the panel: focusable, so the keyboard can scroll it. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section style={{ overflowX: 'auto' }} tabIndex={0} aria-label={`${what} preview`}>
        <iframe
          sandbox=""
          srcDoc={html}
          title={`${what} preview at ${width} width`}
          style={{
            boxSizing: 'border-box',
            width: WIDTHS[width],
            height: 480,
            border: '1px solid #c6c6cd',
            borderRadius: 8,
            background: '#fff',
          }}
        />
      </section>
    </SpaceBetween>
  );
}
