import { dynamoTable } from '../blocks/dynamodb';
import { queueWithDlq } from '../blocks/messaging';
import { vpc } from '../blocks/network';
import { privateBucket } from '../blocks/storage';
import { getAtt, ref } from '../values';
import type { PatternDefinition } from '../types';
import { AZ_OPTION } from './threeTierVpc';

/**
 * Building blocks: small, self-contained pieces of the patterns, for `Add Pattern to
 * Current Template…` when a whole architecture is more than the user wants.
 */
export const vpcBlock: PatternDefinition = {
  id: 'vpc',
  kind: 'block',
  version: '1.0.0',
  title: { en: 'VPC with public and private subnets per AZ', ko: 'AZ마다 퍼블릭·프라이빗 서브넷이 있는 VPC' },
  description: {
    en: 'A public and a private subnet in each AZ, an internet gateway, and a NAT gateway per AZ for the private subnets.',
    ko: 'AZ마다 퍼블릭·프라이빗 서브넷, 인터넷 게이트웨이, 프라이빗 서브넷을 위한 AZ별 NAT 게이트웨이.',
  },
  seeds: ['002'],
  scenario: {
    en: 'Every tier in at least two AZs, and a NAT gateway per AZ so one AZ failing never cuts the others off.',
    ko: '모든 계층을 최소 두 AZ에 두고, AZ마다 NAT 게이트웨이를 두어 한 AZ의 장애가 다른 AZ를 끊지 않게 합니다.',
  },
  keywords: ['vpc', 'subnet', 'nat', 'internet gateway', '서브넷'],
  options: [AZ_OPTION],
  build(t, options) {
    const network = vpc(t, { azCount: Number(options.azCount), tiers: ['public', 'app'], nat: true, gatewayEndpoints: ['s3'] });
    t.output('VpcId', { Description: 'The VPC', Value: ref(network.vpc) });
    t.output('PublicSubnetIds', { Description: 'Public subnets', Value: { 'Fn::Join': [',', network.subnets.public.map((s) => ref(s))] } });
    t.output('PrivateSubnetIds', { Description: 'Private subnets', Value: { 'Fn::Join': [',', network.subnets.app.map((s) => ref(s))] } });
  },
};

export const privateBucketBlock: PatternDefinition = {
  id: 'private-bucket',
  kind: 'block',
  version: '1.0.0',
  title: { en: 'Private S3 bucket', ko: '비공개 S3 버킷' },
  description: {
    en: 'Block Public Access on, owner-enforced objects, encryption at rest and versioning.',
    ko: '퍼블릭 액세스 차단, 버킷 소유자 강제, 저장 시 암호화, 버전 관리.',
  },
  seeds: ['000', '003'],
  scenario: { en: 'Public buckets leak data; keep them private and serve through CloudFront or IAM.', ko: '퍼블릭 버킷은 데이터를 유출합니다. 비공개로 두고 CloudFront나 IAM으로 제공하세요.' },
  keywords: ['s3', 'bucket', 'private', '버킷'],
  options: [],
  build(t) {
    privateBucket(t, { id: 'DataBucket', comment: 'A private bucket: readers come through IAM or CloudFront, never the public internet.', versioning: true });
    t.output('DataBucketName', { Description: 'Bucket name', Value: ref('DataBucket') });
  },
};

export const queueBlock: PatternDefinition = {
  id: 'queue-with-dlq',
  kind: 'block',
  version: '1.0.0',
  title: { en: 'SQS queue with a dead-letter queue', ko: 'DLQ가 있는 SQS 대기열' },
  description: {
    en: 'Long polling, SQS-managed encryption, and a dead-letter queue after five failed receives.',
    ko: '롱 폴링, SQS 관리형 암호화, 다섯 번 실패하면 메시지를 옮기는 DLQ.',
  },
  seeds: ['003'],
  scenario: { en: 'Poison messages must not cycle forever: park them in a DLQ.', ko: '처리할 수 없는 메시지가 끝없이 돌지 않도록 DLQ에 보관합니다.' },
  keywords: ['sqs', 'queue', 'dlq', '대기열'],
  options: [],
  build(t) {
    queueWithDlq(t, { id: 'WorkQueue', comment: 'A queue with a dead-letter queue.' });
    t.output('WorkQueueUrl', { Description: 'Queue URL', Value: ref('WorkQueue') });
    t.output('WorkQueueArn', { Description: 'Queue ARN', Value: getAtt('WorkQueue', 'Arn') });
  },
};

export const tableBlock: PatternDefinition = {
  id: 'dynamodb-table',
  kind: 'block',
  version: '1.0.0',
  title: { en: 'DynamoDB table with streams and PITR', ko: '스트림과 PITR이 있는 DynamoDB 테이블' },
  description: {
    en: 'On-demand capacity, point-in-time recovery, encryption and a stream of new and old images.',
    ko: '온디맨드 용량, 특정 시점 복구, 암호화, 새 이미지와 이전 이미지 스트림.',
  },
  seeds: ['003'],
  scenario: { en: 'PITR restores any second of the last 35 days; the stream lets Lambda react to changes.', ko: 'PITR은 지난 35일의 어느 초로든 복원하고, 스트림은 Lambda가 변경에 반응하게 합니다.' },
  keywords: ['dynamodb', 'table', 'streams', 'pitr', '테이블'],
  options: [],
  build(t) {
    dynamoTable(t, { id: 'ItemsTable', comment: 'Items, keyed by pk and sk.', partitionKey: 'pk', sortKey: 'sk', stream: 'NEW_AND_OLD_IMAGES' });
    t.output('ItemsTableName', { Description: 'Table name', Value: ref('ItemsTable') });
    t.output('ItemsTableStreamArn', { Description: 'Stream ARN', Value: getAtt('ItemsTable', 'StreamArn') });
  },
};

export const BLOCK_PATTERNS: readonly PatternDefinition[] = [vpcBlock, privateBucketBlock, queueBlock, tableBlock];
