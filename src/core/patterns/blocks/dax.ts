import type { TemplateBuilder } from '../builder';
import { getAtt, note, ref } from '../values';
import { assumedBy, inlinePolicy, type Statement } from './iam';
import { securityGroup } from './network';

export interface DaxIds {
  cluster: string;
  securityGroup: string;
  clientSecurityGroup: string;
}

/** DAX's TLS port. */
export const DAX_TLS_PORT = 9111;

/**
 * A DAX cluster of three nodes (spread over the subnet group's AZs) in front of a table:
 * microsecond reads for a read-heavy API, fewer RCUs. It lives in the VPC, so its
 * clients must too.
 */
export function daxCluster(t: TemplateBuilder, vpc: string, subnets: string[], table: string): DaxIds {
  const ids: DaxIds = { cluster: 'DaxCluster', securityGroup: 'DaxSecurityGroup', clientSecurityGroup: 'DaxClientSecurityGroup' };
  securityGroup(t, ids.clientSecurityGroup, ref(vpc), 'Clients of the DAX cluster', [], 'Attach this group to whatever reads through DAX.');
  securityGroup(
    t,
    ids.securityGroup,
    ref(vpc),
    'DAX cluster: TLS from its clients only',
    [{ port: DAX_TLS_PORT, from: { securityGroup: ids.clientSecurityGroup }, description: 'DAX over TLS from its clients' }],
  );
  t.resource(
    'DaxRole',
    'AWS::IAM::Role',
    {
      AssumeRolePolicyDocument: assumedBy('dax.amazonaws.com'),
      Policies: [
        inlinePolicy('DaxTableAccess', [
          {
            Action: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:Scan', 'dynamodb:BatchGetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem', 'dynamodb:ConditionCheckItem', 'dynamodb:DescribeTable'],
            Resource: getAtt(table, 'Arn'),
          },
        ]),
      ],
    },
    'DAX reads and writes the table on its clients\' behalf.',
  );
  t.resource('DaxSubnetGroup', 'AWS::DAX::SubnetGroup', { Description: 'Subnets of the DAX nodes', SubnetIds: subnets.map((s) => ref(s)) });
  t.resource(
    ids.cluster,
    'AWS::DAX::Cluster',
    {
      Description: 'Read cache for the table',
      IAMRoleARN: getAtt('DaxRole', 'Arn'),
      NodeType: 'dax.t3.small',
      ReplicationFactor: note('Three nodes across AZs: the recommended minimum for production.', 3),
      SubnetGroupName: ref('DaxSubnetGroup'),
      SecurityGroupIds: [getAtt(ids.securityGroup, 'GroupId')],
      SSESpecification: { SSEEnabled: true },
      ClusterEndpointEncryptionType: 'TLS',
    },
    'DAX: an in-memory cache that speaks the DynamoDB API, for read-heavy workloads.',
  );
  return ids;
}

/** What a DAX client needs: item operations on this cluster. */
export const daxAccess = (cluster: string): Statement => ({
  Action: ['dax:GetItem', 'dax:Query', 'dax:BatchGetItem', 'dax:PutItem', 'dax:UpdateItem', 'dax:DeleteItem', 'dax:BatchWriteItem', 'dax:ConditionCheckItem'],
  Resource: getAtt(cluster, 'Arn'),
});
