import type { TemplateBuilder } from '../builder';
import { az, note, ref, type ValueMap } from '../values';
import { securityGroup } from './network';

export type SqlEngine = 'mysql' | 'postgres';

export const ENGINE_PORT: Record<SqlEngine, number> = { mysql: 3306, postgres: 5432 };

export interface DatabaseSpec {
  vpc: string;
  subnets: string[];
  /** The app tier's security group: the only source allowed in. */
  clientSecurityGroups: string[];
  engine: SqlEngine;
  /** Database created at launch (`DBName`). */
  databaseName?: string;
}

export interface DatabaseIds {
  instance: string;
  securityGroup: string;
  subnetGroup: string;
}

function databaseNetwork(t: TemplateBuilder, spec: DatabaseSpec, prefix: string): { securityGroup: string; subnetGroup: string } {
  const port = ENGINE_PORT[spec.engine];
  const sg = securityGroup(
    t,
    `${prefix}SecurityGroup`,
    ref(spec.vpc),
    `Database: ${spec.engine} from the app tier only`,
    spec.clientSecurityGroups.map((client) => ({ port, from: { securityGroup: client }, description: `${spec.engine} from ${client}` })),
    'The last link of the security-group chain: only the app tier reaches the database.',
  );
  const subnetGroup = t.resource(
    `${prefix}SubnetGroup`,
    'AWS::RDS::DBSubnetGroup',
    { DBSubnetGroupDescription: 'Private data subnets in every AZ', SubnetIds: spec.subnets.map((s) => ref(s)) },
    'Subnets in two or more AZs: RDS requires it, and Multi-AZ fails over between them.',
  );
  return { securityGroup: sg, subnetGroup };
}

export function databaseUserParameter(t: TemplateBuilder): void {
  if (t.hasParameter('DatabaseUsername')) return;
  t.parameter('DatabaseUsername', {
    Type: 'String',
    Description: 'Master user name; the password is generated and kept in Secrets Manager',
    Default: 'appadmin',
    AllowedPattern: '^[a-zA-Z][a-zA-Z0-9_]{0,15}$',
    ConstraintDescription: 'a letter followed by up to 15 letters, digits or underscores',
  });
}

/**
 * A Multi-AZ RDS instance: a synchronous standby in another AZ takes over automatically.
 * Encrypted, private, backed up for 7 days, and its password never appears anywhere:
 * RDS generates it into Secrets Manager.
 */
export function multiAzDatabase(t: TemplateBuilder, spec: DatabaseSpec, prefix = 'Database'): DatabaseIds {
  const network = databaseNetwork(t, spec, prefix);
  databaseUserParameter(t);
  if (!t.hasParameter('DatabaseInstanceClass')) {
    t.parameter('DatabaseInstanceClass', {
      Type: 'String',
      Description: 'RDS instance class',
      Default: 'db.t4g.micro',
      AllowedValues: ['db.t4g.micro', 'db.t4g.small', 'db.t4g.medium', 'db.m7g.large', 'db.r7g.large'],
    });
  }
  const properties: ValueMap = {
    Engine: spec.engine,
    DBInstanceClass: ref('DatabaseInstanceClass'),
    AllocatedStorage: '20',
    MaxAllocatedStorage: 100,
    StorageType: 'gp3',
    MultiAZ: note('A standby in another AZ with automatic failover: no single database to take the shop down.', true),
    StorageEncrypted: true,
    ...(spec.databaseName ? { DBName: spec.databaseName } : {}),
    MasterUsername: ref('DatabaseUsername'),
    ManageMasterUserPassword: note('RDS generates the password into Secrets Manager; no password in the template.', true),
    DBSubnetGroupName: ref(network.subnetGroup),
    VPCSecurityGroups: [ref(network.securityGroup)],
    PubliclyAccessible: false,
    BackupRetentionPeriod: 7,
    CopyTagsToSnapshot: true,
    AutoMinorVersionUpgrade: true,
  };
  const instance = t.resource(prefix, 'AWS::RDS::DBInstance', properties, 'The relational database of the shop.', {
    deletionPolicy: 'Snapshot',
    updateReplacePolicy: 'Snapshot',
  });
  return { instance, ...network };
}

export interface AuroraIds {
  cluster: string;
  writer: string;
  reader: string;
  securityGroup: string;
  subnetGroup: string;
}

/**
 * An Aurora cluster with a writer and a reader in different AZs: the reader serves the
 * reader endpoint and is the failover target. Storage keeps six copies across three AZs.
 */
export function auroraCluster(t: TemplateBuilder, spec: DatabaseSpec, prefix = 'Aurora'): AuroraIds {
  const network = databaseNetwork(t, spec, prefix);
  databaseUserParameter(t);
  t.parameter('AuroraInstanceClass', {
    Type: 'String',
    Description: 'Instance class of the writer and the reader',
    Default: 'db.t4g.medium',
    AllowedValues: ['db.t4g.medium', 'db.r7g.large', 'db.r7g.xlarge'],
  });
  const engine = spec.engine === 'mysql' ? 'aurora-mysql' : 'aurora-postgresql';
  const cluster = t.resource(
    `${prefix}Cluster`,
    'AWS::RDS::DBCluster',
    {
      Engine: engine,
      MasterUsername: ref('DatabaseUsername'),
      ManageMasterUserPassword: note('The password lives in Secrets Manager, generated and rotatable.', true),
      DBSubnetGroupName: ref(network.subnetGroup),
      VpcSecurityGroupIds: [ref(network.securityGroup)],
      StorageEncrypted: true,
      BackupRetentionPeriod: 7,
      CopyTagsToSnapshot: true,
    },
    'The cluster: shared storage across three AZs, a writer endpoint and a reader endpoint.',
    { deletionPolicy: 'Snapshot', updateReplacePolicy: 'Snapshot' },
  );
  const member = (id: string, zone: number, tier: number, comment: string) =>
    t.resource(
      id,
      'AWS::RDS::DBInstance',
      {
        DBClusterIdentifier: ref(cluster),
        Engine: engine,
        DBInstanceClass: ref('AuroraInstanceClass'),
        AvailabilityZone: az(zone),
        PromotionTier: tier,
        PubliclyAccessible: false,
      },
      comment,
    );
  const writer = member(`${prefix}Writer`, 0, 0, 'Writer in the first AZ.');
  const reader = member(`${prefix}Reader`, 1, 1, 'Reader in a second AZ: serves reads and becomes the writer if the first AZ fails.');
  return { cluster, writer, reader, ...network };
}

export const secretArnOf = (resource: string) => ({ 'Fn::GetAtt': [resource, 'MasterUserSecret.SecretArn'] });
