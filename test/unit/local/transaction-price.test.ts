import { itemBytes, transactionWriteUnits } from '../../../local/cost/transaction-price';

const put = (TableName: string, Item: Record<string, unknown>) => ({ Put: { TableName, Item } });
const text = (bytes: number) => ({ S: 'a'.repeat(bytes) });

describe('itemBytes', () => {
  it('counts attribute names and string values in UTF-8 bytes', () => {
    expect(itemBytes({ pk: { S: 'PATIENT#1' }, name: { S: 'Zoë' } })).toBe(2 + 9 + 4 + 4);
  });

  it('counts a number by its significant digits, booleans as one byte, lists and maps with their overhead', () => {
    expect(itemBytes({ n: { N: '12345' } })).toBe(1 + 4);
    expect(itemBytes({ b: { BOOL: true } })).toBe(1 + 1);
    expect(itemBytes({ l: { L: [{ S: 'ab' }, { S: 'c' }] } })).toBe(1 + 3 + (1 + 2) + (1 + 1));
    expect(itemBytes({ m: { M: { k: { S: 'v' } } } })).toBe(1 + 3 + 1 + 1 + 1);
  });
});

describe('transactionWriteUnits', () => {
  it('bills two units per KB of each item, rounded up item by item, where DynamoDB Local merges equal sizes', () => {
    const request = {
      TransactItems: [put('t', { d: text(300) }), put('t', { d: text(300) }), put('t', { d: text(1100) })],
    };

    expect(transactionWriteUnits(request)).toEqual(new Map([['t', 2 + 2 + 4]]));
  });

  it('bills an update, a delete and a condition check at their two-unit minimum, by table', () => {
    const key = { pk: { S: 'k' } };
    const request = {
      TransactItems: [
        { Update: { TableName: 'a', Key: key } },
        { Delete: { TableName: 'b', Key: key } },
        { ConditionCheck: { TableName: 'b', Key: key } },
      ],
    };

    expect(transactionWriteUnits(request)).toEqual(
      new Map([
        ['a', 2],
        ['b', 4],
      ]),
    );
  });
});
