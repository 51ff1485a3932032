/**
 * The key schema of every table, shared by the CDK data stack (which creates the tables) and the
 * local stack (which creates the same tables in DynamoDB Local). `docs/storage.md` explains the access
 * patterns each key and index serves.
 */
export interface IndexDesign {
  readonly indexName: string;
  readonly partitionKey: string;
  readonly sortKey: string;
}

export interface TableDesign {
  /** Logical id: CDK construct id and the suffix of the local table name. */
  readonly id: string;
  readonly partitionKey: string;
  readonly sortKey: string;
  readonly timeToLiveAttribute: string;
  readonly indexes: readonly IndexDesign[];
}

const TTL_ATTRIBUTE = 'expiresAt';

export const PatientsTableDesign = {
  id: 'Patients',
  partitionKey: 'pk',
  sortKey: 'sk',
  timeToLiveAttribute: TTL_ATTRIBUTE,
  indexes: [
    { indexName: 'bySegment', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { indexName: 'byDueTime', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  ],
} as const satisfies TableDesign;

export const MessagesTableDesign = {
  id: 'Messages',
  partitionKey: 'pk',
  sortKey: 'sk',
  timeToLiveAttribute: TTL_ATTRIBUTE,
  indexes: [
    { indexName: 'byPatient', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { indexName: 'byCause', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
    // Sparse: only claimed records carry its keys, so the claim sweeper reads the open claims and nothing else.
    { indexName: 'byOpenClaim', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
    // Sparse: only messages that need a person (in doubt, failed) carry its keys, so staff list them without a scan.
    { indexName: 'byAttention', partitionKey: 'gsi4pk', sortKey: 'gsi4sk' },
  ],
} as const satisfies TableDesign;

export const AuditTableDesign = {
  id: 'Audit',
  partitionKey: 'pk',
  sortKey: 'sk',
  timeToLiveAttribute: TTL_ATTRIBUTE,
  indexes: [
    { indexName: 'byPatient', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { indexName: 'byActor', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  ],
} as const satisfies TableDesign;

export const PlatformTableDesign = {
  id: 'Platform',
  partitionKey: 'pk',
  sortKey: 'sk',
  timeToLiveAttribute: TTL_ATTRIBUTE,
  indexes: [{ indexName: 'byKind', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' }],
} as const satisfies TableDesign;

export const ALL_TABLE_DESIGNS: readonly TableDesign[] = [
  PatientsTableDesign,
  MessagesTableDesign,
  AuditTableDesign,
  PlatformTableDesign,
];
