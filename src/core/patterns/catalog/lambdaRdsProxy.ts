import { lambdaFunction } from '../blocks/lambda';
import { securityGroup, vpc } from '../blocks/network';
import { proxyConnect, rdsProxy } from '../blocks/rdsProxy';
import { ENGINE_PORT, multiAzDatabase, type SqlEngine } from '../blocks/relational';
import { visitCounterCode } from '../code/visitCounter';
import { equals, getAtt, iff, noValue, not, ref, sub } from '../values';
import type { PatternDefinition } from '../types';
import { ENGINE_OPTION } from './threeTierVpc';

export const lambdaRdsProxyPattern: PatternDefinition = {
  id: 'lambda-rds-proxy',
  version: '1.0.0',
  title: { en: 'Lambda with RDS Proxy', ko: 'RDS Proxy를 사용하는 Lambda' },
  description: {
    en: 'A VPC-attached Lambda function connects through RDS Proxy (IAM authentication, the secret in Secrets Manager) to a Multi-AZ RDS database, with a security group per tier.',
    ko: 'VPC에 연결된 Lambda가 RDS Proxy(IAM 인증, Secrets Manager의 암호)를 거쳐 다중 AZ RDS에 연결하며, 계층마다 보안 그룹이 있습니다.',
  },
  seeds: ['003'],
  scenario: {
    en: 'When Lambda scales out, every invocation opens its own database connection and the database runs out of them. RDS Proxy pools the connections, survives failover, and adds IAM authentication.',
    ko: 'Lambda가 확장되면 호출마다 DB 연결을 열어 데이터베이스의 연결이 고갈됩니다. RDS Proxy는 연결을 풀링하고, 장애 조치 중에도 연결을 유지하며, IAM 인증을 추가합니다.',
  },
  keywords: ['rds proxy', 'lambda', 'rds', 'connection pool', 'iam auth', 'secrets manager', 'vpc', '프록시'],
  options: [ENGINE_OPTION],
  build(t, options) {
    const engine = options.engine as SqlEngine;
    const network = vpc(t, { azCount: 2, tiers: ['app', 'data'] });
    const functionSg = securityGroup(t, 'FunctionSecurityGroup', ref(network.vpc), 'Lambda functions (no inbound traffic)', [], 'The functions\' group: the proxy lets this group in.');
    const database = multiAzDatabase(t, { vpc: network.vpc, subnets: network.subnets.data, clientSecurityGroups: ['DatabaseProxySecurityGroup'], engine, databaseName: 'app' });
    const secretArn = getAtt(database.instance, 'MasterUserSecret.SecretArn');
    const proxy = rdsProxy(t, { vpc: network.vpc, subnets: network.subnets.app, clientSecurityGroup: functionSg, database: database.instance, secretArn, engine });
    const layer = t.parameter('DriverLayerArn', {
      Type: 'String',
      Description: `ARN of a Lambda layer with ${engine === 'mysql' ? 'mysql2' : 'pg'} and @aws-sdk/rds-signer. Empty: the function reports that the driver is missing.`,
      Default: '',
    });
    t.condition('HasDriverLayer', not(equals(layer, '')));
    lambdaFunction(t, {
      id: 'VisitFunction',
      comment: 'In the VPC (private subnets) so it can reach the proxy; it never sees the database password.',
      description: 'Records a visit in the database through RDS Proxy',
      code: visitCounterCode,
      timeout: 10,
      environment: {
        PROXY_ENDPOINT: getAtt(proxy.proxy, 'Endpoint'),
        DB_PORT: String(ENGINE_PORT[engine]),
        DB_USER: ref('DatabaseUsername'),
        DB_NAME: 'app',
        DB_ENGINE: engine,
      },
      statements: [proxyConnect(proxy.proxy, ref('DatabaseUsername'))],
      vpc: { subnetIds: network.subnets.app.map((s) => ref(s)), securityGroupIds: [ref(functionSg)] },
      layers: iff('HasDriverLayer', [layer], noValue()),
    });
    t.output('ProxyEndpoint', { Description: 'Connect here, never to the database directly', Value: getAtt(proxy.proxy, 'Endpoint') });
    t.output('DatabaseSecretArn', { Description: 'Secret the proxy uses', Value: secretArn });
    t.output('InvokeCommand', { Description: 'Try it', Value: sub('aws lambda invoke --function-name ${VisitFunction} result.json && cat result.json') });
  },
};
