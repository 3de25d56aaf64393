import { getAtt, note, ref, sub, type Value, type ValueMap } from '../values';
import type { PatternDefinition } from '../types';

const REGION_PATTERN = '^[a-z]{2}(-[a-z]+)+-\\d$';

export const dynamodbGlobalTablePattern: PatternDefinition = {
  id: 'dynamodb-global-table',
  version: '1.0.0',
  title: { en: 'Multi-region DynamoDB', ko: '다중 리전 DynamoDB' },
  description: {
    en: 'A DynamoDB global table with replicas in two or three regions, streams (which replication needs), TTL and point-in-time recovery on every replica.',
    ko: '두세 리전에 복제본이 있는 DynamoDB 글로벌 테이블. 복제에 필요한 스트림, TTL, 모든 복제본의 특정 시점 복구를 켭니다.',
  },
  seeds: ['003'],
  scenario: {
    en: 'Users on several continents read and write with low latency, and the data survives a regional outage: a global table replicates every write to each region (active-active).',
    ko: '여러 대륙의 사용자가 낮은 지연으로 읽고 쓰며, 리전 장애에도 데이터가 남아야 합니다. 글로벌 테이블은 모든 쓰기를 각 리전에 복제합니다(액티브-액티브).',
  },
  keywords: ['dynamodb', 'global table', 'multi-region', 'replication', 'streams', 'ttl', 'pitr', '글로벌 테이블'],
  options: [
    {
      kind: 'choice',
      key: 'replicas',
      title: { en: 'Regions', ko: '리전 수' },
      description: { en: 'The stack\'s region plus one or two more', ko: '스택 리전과 추가 리전 1개 또는 2개' },
      default: '2',
      choices: [
        { value: '2', title: { en: 'Two regions', ko: '리전 2개' } },
        { value: '3', title: { en: 'Three regions', ko: '리전 3개' } },
      ],
    },
  ],
  build(t, options) {
    const others: Value[] = [
      t.parameter('ReplicaRegion', {
        Type: 'String',
        Description: 'A second region for a replica; it must differ from the stack\'s region',
        Default: 'ap-northeast-2',
        AllowedPattern: REGION_PATTERN,
      }),
    ];
    if (options.replicas === '3') {
      others.push(
        t.parameter('ThirdReplicaRegion', {
          Type: 'String',
          Description: 'A third region for a replica; different from the other two',
          Default: 'eu-west-1',
          AllowedPattern: REGION_PATTERN,
        }),
      );
    }
    const replica = (region: Value): ValueMap => ({
      Region: region,
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      Tags: [{ Key: 'pattern', Value: 'dynamodb-global-table' }],
    });
    t.resource(
      'SessionsTable',
      'AWS::DynamoDB::GlobalTable',
      {
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [{ AttributeName: 'sessionId', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'sessionId', KeyType: 'HASH' }],
        StreamSpecification: note('Replication between regions runs on streams; CloudFormation requires them with more than one replica.', {
          StreamViewType: 'NEW_AND_OLD_IMAGES',
        }),
        TimeToLiveSpecification: note('Expired sessions are deleted for free, in every region.', { AttributeName: 'expiresAt', Enabled: true }),
        SSESpecification: { SSEEnabled: true },
        Replicas: note('One replica per region, each writable (active-active) and restorable to any second of the last 35 days.', [
          replica(ref('AWS::Region')),
          ...others.map(replica),
        ]),
      },
      'The global table: every write is replicated to each region within about a second.',
    );
    t.output('TableName', { Description: 'Same name in every region', Value: ref('SessionsTable') });
    t.output('StreamArn', { Description: 'Stream of changes in this region', Value: getAtt('SessionsTable', 'StreamArn') });
    t.output('TryItCommand', {
      Description: 'Write here, then read it in the replica region',
      Value: sub(`aws dynamodb put-item --table-name \${SessionsTable} --item '{"sessionId":{"S":"demo"}}' && aws dynamodb get-item --region \${ReplicaRegion} --table-name \${SessionsTable} --key '{"sessionId":{"S":"demo"}}'`),
    });
  },
};
