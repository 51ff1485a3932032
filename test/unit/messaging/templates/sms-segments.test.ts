import fc from 'fast-check';
import { SegmentedMessage } from 'sms-segments-calculator';
import { smsSegments } from '../../../../lambdas/domain/messaging/templates/compile-template';

describe('smsSegments', () => {
  it.each([
    ['a', 160, 'GSM-7', 1],
    ['a', 161, 'GSM-7', 2],
    ['a', 306, 'GSM-7', 2],
    ['a', 307, 'GSM-7', 3],
    ['ж', 70, 'UCS-2', 1],
    ['ж', 71, 'UCS-2', 2],
    ['ж', 134, 'UCS-2', 2],
    ['ж', 135, 'UCS-2', 3],
  ])('%s × %i is %s in %i segment(s)', (char, count, encoding, segments) => {
    expect(smsSegments(char.repeat(count))).toEqual({ encoding, segments });
  });

  it('counts a GSM-7 extension character (€) as two', () => {
    expect(smsSegments('€'.repeat(80))).toEqual({ encoding: 'GSM-7', segments: 1 });
    expect(smsSegments('€'.repeat(81))).toEqual({ encoding: 'GSM-7', segments: 2 });
  });

  it('keeps accented letters of the GSM-7 table (é, ñ, ü) in GSM-7', () => {
    expect(smsSegments('café, niño, über').encoding).toBe('GSM-7');
  });

  it('switches the whole message to UCS-2 for one character outside GSM-7', () => {
    expect(smsSegments(`${'a'.repeat(100)}á`)).toEqual({ encoding: 'UCS-2', segments: 2 });
  });

  it('gives no segments for an empty text', () => {
    expect(smsSegments('')).toEqual({ encoding: 'GSM-7', segments: 0 });
  });
});

describe('smsSegments fast path for GSM-7 text', () => {
  // The characters that matter: plain GSM-7, extension characters (two septets), CR and LF, accents that
  // GSM-7 has (é) and one that forces UCS-2 (á), and an emoji (a surrogate pair).
  const alphabet = ['a', 'Z', '0', ' ', '.', '€', '[', '^', '|', '\r', '\n', 'é', 'Ø', 'á', '😀'];
  const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 700 }).map((chars) => chars.join(''));

  it('counts exactly as sms-segments-calculator does, whatever the text', () => {
    fc.assert(
      fc.property(text, (sample) => {
        const library = new SegmentedMessage(sample, 'auto');
        const expected =
          sample.length === 0
            ? { encoding: 'GSM-7', segments: 0 }
            : { encoding: library.encodingName, segments: library.segmentsCount };
        expect(smsSegments(sample)).toEqual(expected);
      }),
      { numRuns: 2_000 },
    );
  });
});
