import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tabs from '@cloudscape-design/components/tabs';
import Textarea from '@cloudscape-design/components/textarea';
import { useState } from 'react';
import {
  CHANNEL_FIELDS,
  CHANNEL_LABELS,
  CHANNELS,
  type Channel,
  channelsOf,
  partOf,
  partPointer,
  type TemplateDefinition,
  TOPICS,
  type Topic,
  withChannel,
  withLanguage,
  withoutChannel,
  withoutLanguage,
  withPart,
} from './template-draft';

const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export interface Problems {
  readonly errors: ReadonlyMap<string, readonly string[]>;
  readonly warnings: ReadonlyMap<string, readonly string[]>;
}

/** The messages for a pointer and everything under it (a tab shows how many its fields have). */
const countUnder = (problems: ReadonlyMap<string, readonly string[]>, pointer: string) =>
  [...problems].filter(([p]) => p === pointer || p.startsWith(`${pointer}/`)).reduce((n, [, m]) => n + m.length, 0);

const joined = (messages: readonly string[] | undefined) => (messages?.length ? messages.join(' ') : undefined);

/** The template's name, topic and languages, and per language a tab per channel with its Liquid parts. */
export function TemplateEditor({
  definition,
  onChange,
  problems,
  language,
  channel,
  onSelect,
}: {
  definition: TemplateDefinition;
  onChange: (definition: TemplateDefinition) => void;
  problems: Problems;
  language: string;
  channel: Channel | undefined;
  onSelect: (language: string, channel: Channel | undefined) => void;
}) {
  const [newLanguage, setNewLanguage] = useState('');
  const languages = Object.keys(definition.content);
  const field = (pointer: string) => ({
    errorText: joined(problems.errors.get(pointer)),
    warningText: joined(problems.warnings.get(pointer)),
  });
  const channels = channelsOf(definition, language);
  const missing = CHANNELS.filter((c) => !channels.includes(c));
  const languageOk = LANGUAGE.test(newLanguage) && !languages.includes(newLanguage);
  const tabLabel = (text: string, pointer: string) => {
    const count = countUnder(problems.errors, pointer);
    return count > 0 ? `${text} (${count} ${count === 1 ? 'error' : 'errors'})` : text;
  };

  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">Template</Header>}>
        <SpaceBetween size="m">
          <ColumnLayout columns={2}>
            <FormField label="Name" {...field('/name')}>
              <Input
                value={definition.name}
                onChange={({ detail }) => onChange({ ...definition, name: detail.value })}
              />
            </FormField>
            <FormField label="Topic" description="Patients opt in and out per topic" {...field('/topic')}>
              <Select
                selectedOption={{ value: definition.topic, label: definition.topic }}
                options={TOPICS.map((topic) => ({ value: topic, label: topic }))}
                onChange={({ detail }) => onChange({ ...definition, topic: detail.selectedOption.value as Topic })}
              />
            </FormField>
          </ColumnLayout>
          <FormField label="Description" {...field('/description')}>
            <Input
              value={definition.description ?? ''}
              onChange={({ detail }) => {
                const { description: _old, ...rest } = definition;
                onChange(detail.value ? { ...rest, description: detail.value } : rest);
              }}
            />
          </FormField>
          <ColumnLayout columns={2}>
            <FormField
              label="Default language"
              description="Sent when the patient's languages have no content"
              {...field('/defaultLanguage')}
            >
              <Select
                selectedOption={{ value: definition.defaultLanguage, label: definition.defaultLanguage }}
                options={languages.map((l) => ({ value: l, label: l }))}
                onChange={({ detail }) =>
                  onChange({ ...definition, defaultLanguage: detail.selectedOption.value ?? '' })
                }
              />
            </FormField>
            <FormField
              label="Add a language"
              description="BCP-47 tag such as es or es-MX; starts as a copy of the default language"
              errorText={
                newLanguage && !languageOk
                  ? languages.includes(newLanguage)
                    ? 'The template has this language.'
                    : 'Not a language tag such as "es" or "es-MX".'
                  : undefined
              }
              secondaryControl={
                <Button
                  disabled={!languageOk}
                  onClick={() => {
                    onChange(withLanguage(definition, newLanguage));
                    onSelect(newLanguage, channels[0]);
                    setNewLanguage('');
                  }}
                >
                  Add language
                </Button>
              }
            >
              <Input value={newLanguage} onChange={({ detail }) => setNewLanguage(detail.value.trim())} />
            </FormField>
          </ColumnLayout>
          {joined(problems.errors.get('/content')) && (
            <Box color="text-status-error">{joined(problems.errors.get('/content'))}</Box>
          )}
        </SpaceBetween>
      </Container>
      <Container
        header={
          <Header
            variant="h2"
            description="Liquid: {{ patient.givenName }}, {{ appointment.startDate }}, {{ links.unsubscribe }}…"
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <ButtonDropdown
                  disabled={missing.length === 0}
                  items={missing.map((c) => ({ id: c, text: CHANNEL_LABELS[c] }))}
                  onItemClick={({ detail }) => {
                    onChange(withChannel(definition, language, detail.id as Channel));
                    onSelect(language, detail.id as Channel);
                  }}
                >
                  Add channel
                </ButtonDropdown>
                <Button
                  disabled={!channel || channels.length <= 1}
                  onClick={() => {
                    if (!channel) return;
                    onChange(withoutChannel(definition, language, channel));
                    onSelect(
                      language,
                      channels.find((c) => c !== channel),
                    );
                  }}
                >
                  Remove {channel ? CHANNEL_LABELS[channel] : 'channel'}
                </Button>
                <Button
                  disabled={languages.length <= 1 || language === definition.defaultLanguage}
                  onClick={() => {
                    onChange(withoutLanguage(definition, language));
                    onSelect(definition.defaultLanguage, channelsOf(definition, definition.defaultLanguage)[0]);
                  }}
                >
                  Remove language {language}
                </Button>
              </SpaceBetween>
            }
          >
            Content
          </Header>
        }
      >
        <Tabs
          ariaLabel="Languages"
          activeTabId={language}
          onChange={({ detail }) => {
            const next = channelsOf(definition, detail.activeTabId);
            onSelect(detail.activeTabId, channel && next.includes(channel) ? channel : next[0]);
          }}
          tabs={languages.map((l) => ({
            id: l,
            label: tabLabel(l === definition.defaultLanguage ? `${l} (default)` : l, `/content/${l}`),
            content:
              l !== language ? null : (
                <SpaceBetween size="s">
                  {joined(problems.errors.get(`/content/${l}`)) && (
                    <Box color="text-status-error">{joined(problems.errors.get(`/content/${l}`))}</Box>
                  )}
                  <Tabs
                    ariaLabel={`Channels in ${l}`}
                    activeTabId={channel}
                    onChange={({ detail }) => onSelect(l, detail.activeTabId as Channel)}
                    tabs={channelsOf(definition, l).map((c) => ({
                      id: c,
                      label: tabLabel(CHANNEL_LABELS[c], `/content/${l}/${c}`),
                      content: (
                        <SpaceBetween size="m">
                          {CHANNEL_FIELDS[c].map(({ field: name, label, multiline }) => {
                            const pointer = partPointer(l, c, name);
                            const value = partOf(definition, l, c, name);
                            const change = ({ detail }: { detail: { value: string } }) =>
                              onChange(withPart(definition, l, c, name, detail.value));
                            return (
                              <FormField key={name} label={label} stretch {...field(pointer)}>
                                {multiline ? (
                                  <Textarea value={value} onChange={change} rows={c === 'sms' ? 4 : 10} spellcheck />
                                ) : (
                                  <Input value={value} onChange={change} />
                                )}
                              </FormField>
                            );
                          })}
                        </SpaceBetween>
                      ),
                    }))}
                  />
                </SpaceBetween>
              ),
          }))}
        />
      </Container>
    </SpaceBetween>
  );
}
