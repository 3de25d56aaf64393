import type { TemplateBuilder } from '../builder';
import { replicationGroup, type CacheEngine } from '../blocks/cache';
import { securityGroup, vpc, type VpcIds } from '../blocks/network';
import { auroraCluster, type SqlEngine } from '../blocks/relational';
import { getAtt, ref } from '../values';
import type { PatternDefinition } from '../types';

/** A VPC with private app and data subnets in two AZs, and the app tier's security group. */
function privateNetwork(t: TemplateBuilder): { network: VpcIds; appSg: string } {
  const network = vpc(t, { azCount: 2, tiers: ['app', 'data'] });
  const appSg = securityGroup(t, 'AppSecurityGroup', ref(network.vpc), 'App tier', [], 'Attach this group to the app tier (instances, tasks, functions); the data tier lets it in.');
  t.output('AppSecurityGroupId', { Description: 'Security group to give the app tier', Value: ref(appSg) });
  t.output('AppSubnetIds', { Description: 'Private subnets for the app tier', Value: { 'Fn::Join': [',', network.subnets.app.map((s) => ref(s))] } });
  return { network, appSg };
}

export const auroraHaPattern: PatternDefinition = {
  id: 'aurora-ha',
  version: '1.0.0',
  title: { en: 'Highly available Aurora', ko: '고가용성 Aurora' },
  description: {
    en: 'An Aurora cluster with a writer and a reader in two AZs, the master password managed in Secrets Manager, a DB subnet group and a security group that admits the app tier only.',
    ko: '두 AZ에 라이터와 리더가 있는 Aurora 클러스터, Secrets Manager가 관리하는 마스터 암호, DB 서브넷 그룹, 앱 계층만 허용하는 보안 그룹.',
  },
  seeds: ['003', '004'],
  scenario: {
    en: 'Aurora separates storage (six copies over three AZs) from compute; a reader in a second AZ serves the reader endpoint and takes over if the writer fails.',
    ko: 'Aurora는 스토리지(3개 AZ에 6개 사본)와 컴퓨팅을 분리합니다. 두 번째 AZ의 리더는 리더 엔드포인트를 제공하고 라이터가 실패하면 인계합니다.',
  },
  keywords: ['aurora', 'rds', 'mysql', 'postgresql', 'reader', 'writer', 'failover', 'secrets manager', '오로라'],
  options: [
    {
      kind: 'choice',
      key: 'engine',
      title: { en: 'Aurora engine', ko: 'Aurora 엔진' },
      description: { en: 'MySQL- or PostgreSQL-compatible', ko: 'MySQL 또는 PostgreSQL 호환' },
      default: 'postgres',
      choices: [
        { value: 'postgres', title: { en: 'Aurora PostgreSQL', ko: 'Aurora PostgreSQL' } },
        { value: 'mysql', title: { en: 'Aurora MySQL', ko: 'Aurora MySQL' } },
      ],
    },
  ],
  build(t, options) {
    const { network, appSg } = privateNetwork(t);
    const aurora = auroraCluster(t, { vpc: network.vpc, subnets: network.subnets.data, clientSecurityGroups: [appSg], engine: options.engine as SqlEngine });
    t.output('WriterEndpoint', { Description: 'Writes go here (follows failover)', Value: getAtt(aurora.cluster, 'Endpoint.Address') });
    t.output('ReaderEndpoint', { Description: 'Reads are balanced over the readers here', Value: getAtt(aurora.cluster, 'ReadEndpoint.Address') });
    t.output('DatabaseSecretArn', { Description: 'Secret with the master credentials', Value: getAtt(aurora.cluster, 'MasterUserSecret.SecretArn') });
  },
};

export const elasticacheHaPattern: PatternDefinition = {
  id: 'elasticache-ha',
  version: '1.0.0',
  title: { en: 'Highly available cache', ko: '고가용성 캐시' },
  description: {
    en: 'A Valkey or Redis OSS replication group with Multi-AZ and automatic failover, encrypted in transit and at rest, in a subnet group over two AZs, reachable from the app tier only.',
    ko: '다중 AZ와 자동 장애 조치를 켠 Valkey 또는 Redis OSS 복제 그룹. 전송 중·저장 시 암호화하며, 두 AZ의 서브넷 그룹에 두고 앱 계층에서만 접근할 수 있습니다.',
  },
  seeds: ['003'],
  scenario: {
    en: 'ElastiCache keeps hot data in memory for microsecond reads; a single node is a single point of failure, so a replica in another AZ is promoted automatically.',
    ko: 'ElastiCache는 자주 쓰는 데이터를 메모리에 두어 마이크로초 단위로 읽습니다. 노드 하나는 단일 장애 지점이므로 다른 AZ의 복제본이 자동으로 승격됩니다.',
  },
  keywords: ['elasticache', 'redis', 'valkey', 'cache', 'multi-az', 'failover', '캐시'],
  options: [
    {
      kind: 'choice',
      key: 'engine',
      title: { en: 'Engine', ko: '엔진' },
      description: { en: 'Valkey (open source, lower cost) or Redis OSS', ko: 'Valkey(오픈 소스, 저렴) 또는 Redis OSS' },
      default: 'valkey',
      choices: [
        { value: 'valkey', title: { en: 'Valkey', ko: 'Valkey' } },
        { value: 'redis', title: { en: 'Redis OSS', ko: 'Redis OSS' } },
      ],
    },
  ],
  build(t, options) {
    const { network, appSg } = privateNetwork(t);
    const group = replicationGroup(t, { vpc: network.vpc, subnets: network.subnets.data, clientSecurityGroup: appSg, engine: options.engine as CacheEngine });
    t.output('PrimaryEndpoint', { Description: 'Writes and reads (TLS on port 6379)', Value: getAtt(group, 'PrimaryEndPoint.Address') });
    t.output('ReaderEndpoint', { Description: 'Reads spread over the replicas', Value: getAtt(group, 'ReaderEndPoint.Address') });
  },
};
