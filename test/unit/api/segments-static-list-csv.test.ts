import { readPatientList } from '../../../lambdas/domain/segments/static-list-csv';

describe('readPatientList', () => {
  it('reads a patientId or identifier per row, ignoring other columns and the case of the header', () => {
    const result = readPatientList('Name,PATIENTID,Identifier\nAda,p1,\nBob,,http://x.org/mrn|7\n', 10);

    expect(result).toEqual({
      ok: true,
      rows: [
        { line: 2, patientId: 'p1' },
        { line: 3, identifier: 'http://x.org/mrn|7' },
      ],
    });
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, numbering rows by the line they start on', () => {
    const csv = 'identifier,note\r\n"urn:oid:1.2|A,1","said ""hi""\nthen left"\r\n\r\n"|B",\r\n';

    const result = readPatientList(`\uFEFF${csv}`, 10);

    expect(result).toEqual({
      ok: true,
      rows: [
        { line: 2, identifier: 'urn:oid:1.2|A,1' },
        { line: 5, identifier: '|B' },
      ],
    });
  });

  it('prefers the patient id when a row fills both columns, and keeps a row that fills neither', () => {
    const result = readPatientList('patientId,identifier\np1,|X\n,\n', 10);

    expect(result).toEqual({ ok: true, rows: [{ line: 2, patientId: 'p1' }, { line: 3 }] });
  });

  it.each([
    ['', 'the file is empty'],
    ['mrn\n1', 'the header row needs a column named patientId or identifier'],
    ['patientId\np1\np2\np3', 'the list has 3 rows; at most 2'],
    ['patientId\n"p1', 'line 2: a quoted field is not closed'],
    ['patientId\np"1', 'line 2: a quote inside an unquoted field (quote the whole field)'],
  ])('refuses %j: %s', (csv, detail) => {
    expect(readPatientList(csv, 2)).toEqual({ ok: false, detail });
  });
});
