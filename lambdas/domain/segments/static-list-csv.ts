/** One data row of an uploaded list: the patient it names, by id or by identifier (`system|value`). */
export interface ListRow {
  /** Line number in the file (the header is line 1); a quoted field spanning lines counts from its start. */
  readonly line: number;
  readonly patientId?: string;
  readonly identifier?: string;
}

export type ListReading =
  | { readonly ok: true; readonly rows: readonly ListRow[] }
  | { readonly ok: false; readonly detail: string };

const COLUMNS = ['patientId', 'identifier'] as const;

/**
 * Reads a list exported from a registry or a spreadsheet: RFC 4180 CSV (commas, double quotes with `""`
 * inside, CRLF or LF, a byte-order mark), a header row naming a `patientId` or an `identifier` column (in
 * any case, among other columns, which are ignored), blank lines skipped. A row may fill either column.
 */
export function readPatientList(text: string, maxRows: number): ListReading {
  const records = parseCsv(text.replace(/^\uFEFF/, ''));
  if (!records.ok) return records;
  const [header, ...data] = records.records.filter((r) => !(r.fields.length === 1 && r.fields[0]?.trim() === ''));
  if (!header) return { ok: false, detail: 'the file is empty' };
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const [patientIdColumn, identifierColumn] = COLUMNS.map((c) => names.indexOf(c.toLowerCase()));
  if (patientIdColumn === -1 && identifierColumn === -1) {
    return { ok: false, detail: 'the header row needs a column named patientId or identifier' };
  }
  if (data.length > maxRows) return { ok: false, detail: `the list has ${data.length} rows; at most ${maxRows}` };
  return {
    ok: true,
    rows: data.map((record) => {
      const patientId = field(record.fields, patientIdColumn);
      const identifier = field(record.fields, identifierColumn);
      return {
        line: record.line,
        ...(patientId ? { patientId } : {}),
        ...(!patientId && identifier ? { identifier } : {}),
      };
    }),
  };
}

function field(fields: readonly string[], column: number | undefined): string | undefined {
  if (column === undefined || column < 0) return undefined;
  const value = fields[column]?.trim();
  return value ? value : undefined;
}

interface CsvRecord {
  readonly line: number;
  readonly fields: string[];
}

type CsvParse = { readonly ok: true; readonly records: CsvRecord[] } | { readonly ok: false; readonly detail: string };

function parseCsv(text: string): CsvParse {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let value = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let fieldStart = true;
  const endRecord = () => {
    fields.push(value);
    records.push({ line: recordLine, fields });
    fields = [];
    value = '';
    fieldStart = true;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        value += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        if (c === '\n') line++;
        value += c;
      }
    } else if (c === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
    } else if (c === ',') {
      fields.push(value);
      value = '';
      fieldStart = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else if (c === '"') {
      return { ok: false, detail: `line ${line}: a quote inside an unquoted field (quote the whole field)` };
    } else {
      value += c;
      fieldStart = false;
    }
  }
  if (quoted) return { ok: false, detail: `line ${recordLine}: a quoted field is not closed` };
  if (value !== '' || fields.length > 0) endRecord();
  return { ok: true, records };
}
