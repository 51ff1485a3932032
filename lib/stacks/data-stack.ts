import { Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { BackupPlan, BackupPlanRule, BackupResource, BackupVault } from 'aws-cdk-lib/aws-backup';
import { AttributeType, BillingMode, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Schedule } from 'aws-cdk-lib/aws-events';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import {
  AuditTableDesign,
  MessagesTableDesign,
  PatientsTableDesign,
  PlatformTableDesign,
  type TableDesign,
} from '../../lambdas/adapters/dynamodb/table-design';
import { EnvName } from '../../lambdas/config/env-names';
import type { TableName } from '../../lambdas/function-catalog';
import { acknowledge } from '../compliance';
import { customerManagedKey } from '../constructs/keys';
import type { BindableTable } from '../constructs/outreach-function';
import { removalPolicyFor } from '../removal';
import type { OutreachSettings } from '../settings';

type TableBinding = Omit<BindableTable, 'table'>;

/** How the catalog's table names map onto the shared table designs and environment variables. */
const TABLE_BINDINGS: Readonly<Record<TableName, TableBinding>> = {
  patients: { design: PatientsTableDesign, envName: EnvName.PatientsTable, appendOnly: false },
  messages: { design: MessagesTableDesign, envName: EnvName.MessagesTable, appendOnly: false },
  // Audit evidence is only ever added: writers get PutItem and nothing that updates or deletes.
  audit: { design: AuditTableDesign, envName: EnvName.AuditTable, appendOnly: true },
  platform: { design: PlatformTableDesign, envName: EnvName.PlatformTable, appendOnly: false },
};

/** Operational backups complement the 35 days of point-in-time recovery with copies in a separate vault. */
const DAILY_BACKUP_RETENTION = Duration.days(35);

export interface DataStackProps extends StackProps {
  readonly settings: OutreachSettings;
}

/** The stateful core: the four tables of `table-design.ts`, each with its own key, and their backups. */
export class DataStack extends Stack {
  readonly tables: Readonly<Record<TableName, BindableTable>>;

  constructor(scope: Construct, id: string, props: DataStackProps) {
    super(scope, id, props);
    const { settings } = props;
    const tables = {} as Record<TableName, BindableTable>;
    for (const [name, binding] of Object.entries(TABLE_BINDINGS) as [TableName, TableBinding][]) {
      tables[name] = { ...binding, table: this.createTable(binding.design, settings) };
    }
    this.tables = tables;
    this.backUp(settings);
  }

  private createTable(design: TableDesign, settings: OutreachSettings): Table {
    const removalPolicy = removalPolicyFor(settings);
    const key = customerManagedKey(this, `${design.id}TableKey`, `Encrypts the ${design.id} table`, removalPolicy);
    const table = new Table(this, `${design.id}Table`, {
      partitionKey: { name: design.partitionKey, type: AttributeType.STRING },
      sortKey: { name: design.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      encryption: TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: key,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: design.timeToLiveAttribute,
      deletionProtection: settings.deletionProtection,
      removalPolicy,
    });
    for (const index of design.indexes) {
      table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
      });
    }
    return table;
  }

  /** Daily backups of every table; monthly backups of the Audit table kept for the audit retention period. */
  private backUp(settings: OutreachSettings): void {
    // Recovery points outlive the stack whatever the stage: a vault that holds any cannot be deleted anyway.
    const vaultKey = customerManagedKey(this, 'BackupVaultKey', 'Encrypts the table backups', RemovalPolicy.RETAIN);
    const vault = new BackupVault(this, 'BackupVault', {
      encryptionKey: vaultKey,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const role = new Role(this, 'BackupRole', {
      assumedBy: new ServicePrincipal('backup.amazonaws.com'),
      description: 'Lets AWS Backup back up the platform tables',
    });
    acknowledge(
      role,
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup]',
      "AWSBackupServiceRolePolicyForBackup is AWS Backup's own service-role policy, maintained by AWS as the service adds resource types; the role can only be assumed by backup.amazonaws.com.",
    );

    const daily = new BackupPlan(this, 'TableBackups', {
      backupVault: vault,
      backupPlanRules: [
        new BackupPlanRule({
          ruleName: 'Daily',
          scheduleExpression: Schedule.cron({ hour: '4', minute: '0' }),
          deleteAfter: DAILY_BACKUP_RETENTION,
        }),
      ],
    });
    daily.addSelection('AllTables', {
      role,
      resources: Object.values(this.tables).map(({ table }) => BackupResource.fromDynamoDbTable(table)),
    });

    const audit = new BackupPlan(this, 'AuditBackups', {
      backupVault: vault,
      backupPlanRules: [
        new BackupPlanRule({
          ruleName: 'Monthly',
          scheduleExpression: Schedule.cron({ day: '1', hour: '4', minute: '30' }),
          deleteAfter: Duration.days(settings.auditRetentionDays),
        }),
      ],
    });
    audit.addSelection('AuditTable', {
      role,
      resources: [BackupResource.fromDynamoDbTable(this.tables.audit.table)],
    });
  }
}
