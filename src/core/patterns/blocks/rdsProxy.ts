import type { TemplateBuilder } from '../builder';
import { getAtt, note, ref, select, sub, type Value, type ValueMap } from '../values';
import { assumedBy, inlinePolicy, type Statement } from './iam';
import { securityGroup } from './network';
import { ENGINE_PORT, type SqlEngine } from './relational';

export interface RdsProxyIds {
  proxy: string;
  securityGroup: string;
  role: string;
}

/**
 * RDS Proxy between Lambda and the database: it pools and reuses connections (so a
 * burst of functions can't exhaust the DB), keeps them through failover, and requires
 * IAM authentication from clients while it reads the DB secret itself.
 */
export function rdsProxy(
  t: TemplateBuilder,
  spec: { vpc: string; subnets: string[]; clientSecurityGroup: string; database: string; secretArn: Value; engine: SqlEngine },
): RdsProxyIds {
  const ids: RdsProxyIds = { proxy: 'DatabaseProxy', securityGroup: 'DatabaseProxySecurityGroup', role: 'DatabaseProxyRole' };
  const port = ENGINE_PORT[spec.engine];
  securityGroup(
    t,
    ids.securityGroup,
    ref(spec.vpc),
    'RDS Proxy: database connections from the functions only',
    [{ port, from: { securityGroup: spec.clientSecurityGroup }, description: 'From the functions' }],
    'The proxy accepts connections from the function tier only.',
  );
  t.resource(
    ids.role,
    'AWS::IAM::Role',
    {
      AssumeRolePolicyDocument: assumedBy('rds.amazonaws.com'),
      Policies: [inlinePolicy('ReadDatabaseSecret', [{ Action: 'secretsmanager:GetSecretValue', Resource: spec.secretArn }])],
    },
    'The proxy, not the function, reads the database secret.',
  );
  t.resource(
    ids.proxy,
    'AWS::RDS::DBProxy',
    {
      DBProxyName: sub(`\${AWS::StackName}-${ids.proxy.toLowerCase()}`),
      EngineFamily: spec.engine === 'mysql' ? 'MYSQL' : 'POSTGRESQL',
      Auth: [{ AuthScheme: 'SECRETS', SecretArn: spec.secretArn, IAMAuth: note('Clients sign in with IAM tokens, never a password.', 'REQUIRED') }],
      RoleArn: getAtt(ids.role, 'Arn'),
      VpcSubnetIds: spec.subnets.map((s) => ref(s)),
      VpcSecurityGroupIds: [ref(ids.securityGroup)],
      RequireTLS: true,
      IdleClientTimeout: 1800,
    },
    'RDS Proxy pools connections, so Lambda scaling out never exhausts the database.',
  );
  t.resource(
    `${ids.proxy}Targets`,
    'AWS::RDS::DBProxyTargetGroup',
    {
      DBProxyName: ref(ids.proxy),
      TargetGroupName: 'default',
      DBInstanceIdentifiers: [ref(spec.database)],
      ConnectionPoolConfigurationInfo: { MaxConnectionsPercent: 90, MaxIdleConnectionsPercent: 10, ConnectionBorrowTimeout: 120 },
    },
    'The database behind the proxy.',
  );
  return ids;
}

/** `rds-db:connect` for one database user through this proxy. */
export function proxyConnect(proxy: string, username: Value): Statement {
  const variables: ValueMap = { ProxyId: select(6, { 'Fn::Split': [':', getAtt(proxy, 'DBProxyArn')] }), DbUser: username };
  return { Action: 'rds-db:connect', Resource: sub('arn:${AWS::Partition}:rds-db:${AWS::Region}:${AWS::AccountId}:dbuser:${ProxyId}/${DbUser}', variables) };
}
