import type { Topic } from '../patients/preferences';

/**
 * Where the day's letters are kept: S3 on AWS, a folder locally. Keys are `/`-separated and relative to
 * the store's root; a `put` of an existing key replaces it.
 */
export interface LetterStorage {
  put(key: string, body: string, contentType: string): Promise<void>;
  /** Every key under the prefix (which ends with `/`), in no particular order. */
  list(prefix: string): Promise<string[]>;
  get(key: string): Promise<string | undefined>;
}

/** One letter of a day's batch, as the print vendor needs it. */
export interface LetterEntry {
  readonly messageId: string;
  readonly patientId: string;
  readonly topic: Topic;
  /** The postal address as printed, one element per line. */
  readonly recipient: readonly string[];
  readonly pages: number;
  /** The key of the letter's HTML. */
  readonly file: string;
}

/** Address columns in the manifest; a longer address keeps its extra lines in the last column. */
export const MANIFEST_ADDRESS_LINES = 6;

/** The batch a letter belongs to: the UTC day of the send. */
export function letterDate(at: Date): string {
  return at.toISOString().slice(0, 10);
}

export function letterKeys(date: string, messageId: string) {
  return {
    html: `letters/${date}/${messageId}.html`,
    entry: `letters/${date}/entries/${messageId}.json`,
  };
}

export function manifestKey(date: string): string {
  return `letters/${date}/manifest.csv`;
}

/** A postal contact point holds its lines joined by newlines; blank lines are not printed. */
export function addressLines(address: string): string[] {
  return address
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** RFC 4180: a field with a comma, quote or line break is quoted, and its quotes doubled. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvRow(fields: readonly (string | number)[]): string {
  return fields.map(csvField).join(',');
}

/** The print vendor's manifest: one row per letter, ordered by message id so a re-run writes the same bytes. */
export function manifestCsv(entries: readonly LetterEntry[]): string {
  const addressHeaders = Array.from({ length: MANIFEST_ADDRESS_LINES }, (_, i) => `address_${i + 1}`);
  const header = csvRow(['message_id', 'patient_id', 'topic', 'pages', ...addressHeaders, 'file']);
  const rows = [...entries]
    .sort((a, b) => (a.messageId < b.messageId ? -1 : a.messageId > b.messageId ? 1 : 0))
    .map((entry) => {
      const lines = entry.recipient.slice(0, MANIFEST_ADDRESS_LINES - 1);
      const rest = entry.recipient.slice(MANIFEST_ADDRESS_LINES - 1).join(', ');
      const address = [...lines, rest, ...Array<string>(MANIFEST_ADDRESS_LINES).fill('')].slice(
        0,
        MANIFEST_ADDRESS_LINES,
      );
      return csvRow([entry.messageId, entry.patientId, entry.topic, entry.pages, ...address, entry.file]);
    });
  return `${[header, ...rows].join('\r\n')}\r\n`;
}

function parseEntry(key: string, text: string): LetterEntry {
  const value = JSON.parse(text) as Partial<LetterEntry>;
  if (
    typeof value.messageId !== 'string' ||
    typeof value.patientId !== 'string' ||
    typeof value.topic !== 'string' ||
    !Array.isArray(value.recipient) ||
    typeof value.pages !== 'number' ||
    typeof value.file !== 'string'
  ) {
    throw new Error(`letter entry ${key} is malformed`);
  }
  return value as LetterEntry;
}

/**
 * Writes the day's manifest from the entries written so far. Idempotent: closing again rewrites the same
 * manifest, plus any letter whose send landed after the first close.
 */
export async function closeLetterBatch(
  storage: LetterStorage,
  date: string,
): Promise<{ letters: number; manifestKey: string }> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error('a letter batch date is YYYY-MM-DD');
  const prefix = `letters/${date}/entries/`;
  const keys = (await storage.list(prefix)).filter((key) => key.endsWith('.json'));
  const entries: LetterEntry[] = [];
  for (const key of keys) {
    const text = await storage.get(key);
    if (text !== undefined) entries.push(parseEntry(key, text));
  }
  const key = manifestKey(date);
  await storage.put(key, manifestCsv(entries), 'text/csv; charset=utf-8');
  return { letters: entries.length, manifestKey: key };
}
