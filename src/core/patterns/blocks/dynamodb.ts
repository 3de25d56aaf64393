import type { TemplateBuilder } from '../builder';
import { getAtt, note, type ValueMap } from '../values';
import type { Statement } from './iam';

export interface TableSpec {
  id: string;
  comment: string;
  partitionKey: string;
  sortKey?: string;
  stream?: 'NEW_IMAGE' | 'NEW_AND_OLD_IMAGES' | 'KEYS_ONLY' | 'OLD_IMAGE';
  ttlAttribute?: string;
}

/**
 * An on-demand table with point-in-time recovery (restore to any second of the last 35
 * days) and encryption at rest; streams when something reacts to its changes.
 */
export function dynamoTable(t: TemplateBuilder, spec: TableSpec): string {
  const keys = [{ name: spec.partitionKey, type: 'HASH' }, ...(spec.sortKey ? [{ name: spec.sortKey, type: 'RANGE' }] : [])];
  const properties: ValueMap = {
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: keys.map((k) => ({ AttributeName: k.name, AttributeType: 'S' })),
    KeySchema: keys.map((k) => ({ AttributeName: k.name, KeyType: k.type })),
    PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    SSESpecification: { SSEEnabled: true },
  };
  if (spec.stream) {
    properties.StreamSpecification = note('The stream is what lets Lambda react to each change.', { StreamViewType: spec.stream });
  }
  if (spec.ttlAttribute) properties.TimeToLiveSpecification = { AttributeName: spec.ttlAttribute, Enabled: true };
  return t.resource(spec.id, 'AWS::DynamoDB::Table', properties, spec.comment);
}

/** Item-level permissions on one table, read-only or read-write. */
export function tableAccess(table: string, access: 'read' | 'write' | 'read-write'): Statement {
  const read = ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:BatchGetItem'];
  const write = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'];
  const actions = access === 'read' ? read : access === 'write' ? write : [...read, ...write];
  return { Action: actions, Resource: getAtt(table, 'Arn') };
}

/** What a Lambda event source mapping needs to read a table's stream. */
export function streamRead(table: string): Statement[] {
  return [
    { Action: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator'], Resource: getAtt(table, 'StreamArn') },
    { Action: 'dynamodb:ListStreams', Resource: '*' },
  ];
}
