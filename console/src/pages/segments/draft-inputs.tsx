import Autosuggest from '@cloudscape-design/components/autosuggest';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import Textarea from '@cloudscape-design/components/textarea';
import { useEffect, useState } from 'react';
import { useErrorText } from './builder-context';

/**
 * Text that stands for a structured value (a number, a list): the person's text is kept while it parses to the
 * value, and replaced only when the value changes from elsewhere, so typing "1," or "-" is not undone.
 */
function useDraftText<T>(value: T, format: (value: T) => string, parse: (text: string) => T) {
  const formatted = format(value);
  const [text, setText] = useState(formatted);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a change of the value from outside resets the text
  useEffect(() => {
    if (format(parse(text)) !== formatted) setText(formatted);
  }, [formatted]);
  return [text, setText] as const;
}

interface FieldProps<T> {
  readonly label: string;
  readonly pointer: string;
  readonly value: T;
  readonly onChange: (value: T) => void;
  readonly description?: string;
  readonly placeholder?: string;
}

const formatNumber = (value: number | undefined) => (value === undefined ? '' : String(value));
const parseNumber = (text: string) => (text.trim() === '' || Number.isNaN(Number(text)) ? undefined : Number(text));

export function NumberField({
  label,
  pointer,
  value,
  onChange,
  description,
  placeholder,
}: FieldProps<number | undefined>) {
  const [text, setText] = useDraftText(value, formatNumber, parseNumber);
  return (
    <FormField label={label} description={description} errorText={useErrorText(pointer)}>
      <Input
        type="number"
        inputMode="decimal"
        value={text}
        placeholder={placeholder}
        onChange={({ detail }) => {
          setText(detail.value);
          onChange(parseNumber(detail.value));
        }}
      />
    </FormField>
  );
}

const formatList = (value: string[]) => value.join(', ');
const parseList = (text: string) =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

/** A list of short strings typed comma-separated (`en, es`); errors of any item are shown on the field. */
export function ListField({ label, pointer, value, onChange, description, placeholder }: FieldProps<string[]>) {
  const [text, setText] = useDraftText(value, formatList, parseList);
  return (
    <FormField label={label} description={description ?? 'comma-separated'} errorText={useErrorText(pointer, true)}>
      <Input
        value={text}
        placeholder={placeholder}
        onChange={({ detail }) => {
          setText(detail.value);
          onChange(parseList(detail.value));
        }}
      />
    </FormField>
  );
}

export function TextField({
  label,
  pointer,
  value,
  onChange,
  description,
  placeholder,
  suggestions,
}: FieldProps<string> & { readonly suggestions?: readonly string[] }) {
  const errorText = useErrorText(pointer);
  return (
    <FormField label={label} description={description} errorText={errorText}>
      {suggestions ? (
        <Autosuggest
          value={value}
          placeholder={placeholder}
          options={suggestions.map((suggestion) => ({ value: suggestion }))}
          enteredTextLabel={(text) => `Use "${text}"`}
          empty="No suggestions"
          onChange={({ detail }) => onChange(detail.value)}
        />
      ) : (
        <Input value={value} placeholder={placeholder} onChange={({ detail }) => onChange(detail.value)} />
      )}
    </FormField>
  );
}

export function TextAreaField({ label, pointer, value, onChange, description, placeholder }: FieldProps<string>) {
  return (
    <FormField label={label} description={description} errorText={useErrorText(pointer)} stretch>
      <Textarea
        value={value}
        placeholder={placeholder}
        rows={3}
        spellcheck={false}
        onChange={({ detail }) => onChange(detail.value)}
      />
    </FormField>
  );
}

export function ChoiceField<T extends string>({
  label,
  pointer,
  value,
  onChange,
  description,
  choices,
}: FieldProps<T> & { readonly choices: readonly { readonly value: T; readonly label: string }[] }) {
  const selected = choices.find((choice) => choice.value === value);
  return (
    <FormField label={label} description={description} errorText={useErrorText(pointer)}>
      <Select
        selectedOption={selected ? { value: selected.value, label: selected.label } : null}
        options={choices.map((choice) => ({ value: choice.value, label: choice.label }))}
        onChange={({ detail }) => onChange(detail.selectedOption.value as T)}
      />
    </FormField>
  );
}

export { useDraftText };
