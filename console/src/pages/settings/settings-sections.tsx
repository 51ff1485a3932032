import AttributeEditor from '@cloudscape-design/components/attribute-editor';
import Checkbox from '@cloudscape-design/components/checkbox';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { CHANNELS, type Channel, type Draft } from './settings-model';

interface SectionProps {
  readonly draft: Draft;
  readonly change: (next: Draft) => void;
  /** The API's messages for a pointer into the settings (`/organisation/name`), joined, or undefined. */
  readonly errorAt: (pointer: string) => string | undefined;
}

const ORGANISATION_FIELDS = [
  { name: 'name', label: 'Name', description: 'Who the messages come from' },
  { name: 'phone', label: 'Phone', description: 'Shown in messages and the SMS help answer' },
  { name: 'address', label: 'Postal address', description: 'The footer of every email' },
  { name: 'website', label: 'Website', description: 'Optional; starts with https://' },
  { name: 'smsHelpText', label: 'SMS help answer', description: 'Optional; the answer to HELP' },
  { name: 'defaultLocale', label: 'Default language', description: 'e.g. en or es-US' },
] as const;

export function OrganisationSection({ draft, change, errorAt }: SectionProps) {
  return (
    <Container header={<Header variant="h2">Organisation</Header>}>
      <ColumnLayout columns={2}>
        {ORGANISATION_FIELDS.map((field) => (
          <FormField
            key={field.name}
            label={field.label}
            description={field.description}
            errorText={errorAt(`/organisation/${field.name}`)}
          >
            {field.name === 'address' ? (
              <Textarea
                rows={2}
                value={draft.organisation.address}
                onChange={({ detail }) =>
                  change({ ...draft, organisation: { ...draft.organisation, address: detail.value } })
                }
              />
            ) : (
              <Input
                value={draft.organisation[field.name]}
                onChange={({ detail }) =>
                  change({ ...draft, organisation: { ...draft.organisation, [field.name]: detail.value } })
                }
              />
            )}
          </FormField>
        ))}
      </ColumnLayout>
    </Container>
  );
}

const CONSENT_OPTIONS = [
  { value: 'opted-in', label: 'Opted in' },
  { value: 'opted-out', label: 'Opted out' },
] as const;

export function PolicySection({ draft, change, errorAt }: SectionProps) {
  const setWindow = (channel: Channel, window: Partial<Draft['quietHours'][Channel]>) =>
    change({ ...draft, quietHours: { ...draft.quietHours, [channel]: { ...draft.quietHours[channel], ...window } } });
  const setCaps = (channel: Channel, caps: Draft['caps'][Channel]) =>
    change({ ...draft, caps: { ...draft.caps, [channel]: caps } });
  return (
    <Container
      header={
        <Header variant="h2" description="The rules every message follows, whatever sent it.">
          Sending policy
        </Header>
      }
    >
      <SpaceBetween size="l">
        <ColumnLayout columns={4}>
          <FormField
            label="Default time zone"
            description="When the patient has none (IANA)"
            errorText={errorAt('/policy/defaultTimeZone')}
          >
            <Input
              value={draft.defaultTimeZone}
              onChange={({ detail }) => change({ ...draft, defaultTimeZone: detail.value })}
            />
          </FormField>
          <FormField
            label="Default country"
            description="For numbers without one (e.g. US)"
            errorText={errorAt('/policy/defaultCountry')}
          >
            <Input
              value={draft.defaultCountry}
              onChange={({ detail }) => change({ ...draft, defaultCountry: detail.value })}
            />
          </FormField>
          {(['transactional', 'marketing'] as const).map((kind) => (
            <FormField
              key={kind}
              label={kind === 'transactional' ? 'Transactional topics' : 'Marketing topics'}
              description="When the patient said nothing"
              errorText={errorAt(`/policy/consentDefaults/${kind}`)}
            >
              <Select
                selectedOption={CONSENT_OPTIONS.find((o) => o.value === draft.consentDefaults[kind]) ?? null}
                options={[...CONSENT_OPTIONS]}
                onChange={({ detail }) =>
                  change({
                    ...draft,
                    consentDefaults: {
                      ...draft.consentDefaults,
                      [kind]: detail.selectedOption.value as Draft['consentDefaults']['marketing'],
                    },
                  })
                }
              />
            </FormField>
          ))}
        </ColumnLayout>
        {CHANNELS.map((channel) => {
          const window = draft.quietHours[channel];
          return (
            <Container key={channel} header={<Header variant="h3">{channelName(channel)}</Header>}>
              <ColumnLayout columns={2}>
                <SpaceBetween size="s">
                  <Checkbox checked={window.on} onChange={({ detail }) => setWindow(channel, { on: detail.checked })}>
                    Quiet hours for {channelName(channel)}
                  </Checkbox>
                  {window.on && (
                    <ColumnLayout columns={2}>
                      <FormField label="Quiet from (HH:MM)" errorText={errorAt(`/policy/quietHours/${channel}/start`)}>
                        <Input
                          value={window.start}
                          onChange={({ detail }) => setWindow(channel, { start: detail.value })}
                        />
                      </FormField>
                      <FormField
                        label="Sending again at (HH:MM)"
                        errorText={errorAt(`/policy/quietHours/${channel}/end`)}
                      >
                        <Input
                          value={window.end}
                          onChange={({ detail }) => setWindow(channel, { end: detail.value })}
                        />
                      </FormField>
                    </ColumnLayout>
                  )}
                </SpaceBetween>
                <FormField
                  label={`Frequency caps for ${channelName(channel)}`}
                  description="At most this many messages in a rolling window"
                  errorText={errorAt(`/policy/frequencyCaps/${channel}`)}
                >
                  <AttributeEditor
                    items={[...draft.caps[channel]]}
                    addButtonText="Add a cap"
                    removeButtonText="Remove"
                    empty="No cap: as many as the journeys send."
                    onAddButtonClick={() => setCaps(channel, [...draft.caps[channel], { windowHours: '24', max: '1' }])}
                    onRemoveButtonClick={({ detail }) =>
                      setCaps(
                        channel,
                        draft.caps[channel].filter((_, i) => i !== detail.itemIndex),
                      )
                    }
                    definition={[
                      {
                        label: 'Messages at most',
                        errorText: (_, i) => errorAt(`/policy/frequencyCaps/${channel}/${i}/max`),
                        control: (cap, i) => (
                          <Input
                            type="number"
                            value={cap.max}
                            ariaLabel={`${channelName(channel)} cap ${i + 1}: messages at most`}
                            onChange={({ detail }) =>
                              setCaps(
                                channel,
                                draft.caps[channel].map((c, j) => (j === i ? { ...c, max: detail.value } : c)),
                              )
                            }
                          />
                        ),
                      },
                      {
                        label: 'In hours',
                        errorText: (_, i) => errorAt(`/policy/frequencyCaps/${channel}/${i}/windowHours`),
                        control: (cap, i) => (
                          <Input
                            type="number"
                            value={cap.windowHours}
                            ariaLabel={`${channelName(channel)} cap ${i + 1}: window in hours`}
                            onChange={({ detail }) =>
                              setCaps(
                                channel,
                                draft.caps[channel].map((c, j) => (j === i ? { ...c, windowHours: detail.value } : c)),
                              )
                            }
                          />
                        ),
                      },
                    ]}
                  />
                </FormField>
              </ColumnLayout>
            </Container>
          );
        })}
      </SpaceBetween>
    </Container>
  );
}

export function KeywordsSection({ draft, change, errorAt }: SectionProps) {
  const setRow = (index: number, row: Partial<Draft['keywords'][number]>) =>
    change({ ...draft, keywords: draft.keywords.map((k, i) => (i === index ? { ...k, ...row } : k)) });
  const keyOf = (keyword: string) => `/keywords/${keyword.trim().toUpperCase()}`;
  return (
    <Container
      header={
        <Header variant="h2" description="An SMS reply of one of these words becomes an event journeys can wait for.">
          Reply keywords
        </Header>
      }
    >
      <FormField errorText={errorAt('/keywords')} label="Keywords" description="STOP, START and HELP are reserved.">
        <AttributeEditor
          items={[...draft.keywords]}
          addButtonText="Add a keyword"
          removeButtonText="Remove"
          empty="No reply keywords."
          onAddButtonClick={() => change({ ...draft, keywords: [...draft.keywords, { keyword: '', event: '' }] })}
          onRemoveButtonClick={({ detail }) =>
            change({ ...draft, keywords: draft.keywords.filter((_, i) => i !== detail.itemIndex) })
          }
          definition={[
            {
              label: 'Reply',
              errorText: (row) => (row.keyword.trim() ? errorAt(keyOf(row.keyword)) : undefined),
              control: (row, i) => (
                <Input
                  value={row.keyword}
                  ariaLabel={`Keyword ${i + 1}`}
                  onChange={({ detail }) => setRow(i, { keyword: detail.value })}
                />
              ),
            },
            {
              label: 'Means the event',
              control: (row, i) => (
                <Input
                  value={row.event}
                  ariaLabel={`Event of keyword ${i + 1}`}
                  placeholder="appointment-confirmed"
                  onChange={({ detail }) => setRow(i, { event: detail.value })}
                />
              ),
            },
          ]}
        />
      </FormField>
    </Container>
  );
}

function channelName(channel: Channel): string {
  return { email: 'Email', sms: 'SMS', push: 'Push', letter: 'Letter' }[channel];
}
