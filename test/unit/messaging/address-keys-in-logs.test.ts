import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_ROOT as ROOT, typescriptFiles, withoutComments } from '../../support/source-files';

/** The arguments of every `logger.info|warn|error|debug(…)` call, parentheses balanced. */
function loggerCalls(source: string): string[] {
  const calls: string[] = [];
  const start = /\blogger\??\.(?:info|warn|error|debug)\(/g;
  for (let match = start.exec(source); match; match = start.exec(source)) {
    let depth = 1;
    let end = match.index + match[0].length;
    while (end < source.length && depth > 0) {
      if (source[end] === '(') depth++;
      else if (source[end] === ')') depth--;
      end++;
    }
    calls.push(source.slice(match.index + match[0].length, end - 1));
  }
  return calls;
}

/** An address key by name, or a contact point (which carries one, and the address). */
const HOLDS_ADDRESS_KEY = /\baddressKeys?\b|\baddress_key\b|\bcontactPoint\b|\bpoint\b|\bto\.|\bto\b(?!:)/;

/** Names in the file bound to an object literal that mentions an address key: `const ids = { addressKey, … }`. */
function namesHoldingAddressKeys(source: string): string[] {
  const names: string[] = [];
  for (const [, name, literal] of source.matchAll(/(?:const|let)\s+(\w+)\s*=\s*(\{[^;]*?\});/g)) {
    if (name && literal && /\baddressKeys?\b/.test(literal)) names.push(name);
  }
  return names;
}

/** Quoted text: a message may say "address key" or "failed to send". */
const withoutQuotedText = (args: string) => args.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");

/** The logger calls of a source file that pass an address key, directly or in a named object. */
function addressKeysLogged(source: string): string[] {
  const code = withoutComments(source);
  const held = namesHoldingAddressKeys(code);
  return loggerCalls(code).filter((call) => {
    const args = withoutQuotedText(call);
    return HOLDS_ADDRESS_KEY.test(args) || held.some((name) => new RegExp(`\\b${name}\\b`).test(args));
  });
}

describe('address keys in logs', () => {
  it('are found passed directly, inside a named object, or as a contact point', () => {
    expect(addressKeysLogged("logger.info('opted out', { addressKey, messageId });")).toHaveLength(1);
    expect(addressKeysLogged("deps.logger.warn('x', { key: record.addressKey });")).toHaveLength(1);
    expect(
      addressKeysLogged("const ids = { addressKey, inboundMessageId };\ndeps.logger.info('SMS', { ...ids });"),
    ).toHaveLength(1);
    expect(addressKeysLogged("logger.error('send failed', { to, messageId });")).toHaveLength(1);
    expect(addressKeysLogged("logger.info('sent', { messageId, to: decision.to.channel });")).toHaveLength(1);
  });

  it('are not found where a log line carries ids only, or a comment names them', () => {
    const source = [
      'const ids = { inboundMessageId, patientId };',
      "deps.logger.info('SMS opt-out recorded', ids);",
      '// the address key is left out of logger.info(…)',
      "logger.warn('Suppression without an address key on the message', { messageId: record.messageId });",
      "deps.logger.warn('the condition failed to evaluate: false', stepIds);",
    ].join('\n');

    expect(addressKeysLogged(source)).toEqual([]);
  });

  it('are never passed to the logger in lambdas/ or local/: a key stands for the address to whoever holds the secret', () => {
    const offenders = ['lambdas', 'local']
      .flatMap((folder) => typescriptFiles(join(ROOT, folder)))
      .flatMap((path) =>
        addressKeysLogged(readFileSync(path, 'utf8')).map((call) => `${relative(ROOT, path)}: ${call.trim()}`),
      );

    expect(offenders).toEqual([]);
  });
});
