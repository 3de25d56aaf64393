import { lambdaOutsideVpcPrivateTarget } from '../../../src/core/rules/compute/AL109-lambda-outside-vpc-private-target';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(lambdaOutsideVpcPrivateTarget, {
  valid: [
    { file: 'good.yaml' },
    { file: 'good.json' },
    // VpcConfig from Globals.
    { file: 'good.sam.yaml' },
    // VpcConfig under Fn::If: the template doesn't decide whether the function is in the VPC.
    { file: 'good-condition.yaml' },
    // The Aurora Data API is an HTTPS API: a cluster ARN needs no VPC.
    { file: 'good-data-api.json' },
  ],
  invalid: [
    // VpcConfig is missing: the finding points at the function's Properties key.
    { file: 'bad.yaml', errors: [{ messageId: 'unreachable', line: 31, column: 5, endLine: 31, endColumn: 15, data: { resource: 'SessionFunction', targets: "'SessionCache' (AWS::ElastiCache::ReplicationGroup)" } }] },
    { file: 'bad.json', errors: [{ messageId: 'unreachable', line: 29, column: 7, endLine: 29, endColumn: 19, data: { resource: 'CatalogReader', targets: "'CatalogCache' (AWS::DAX::Cluster)" } }] },
    { file: 'bad.sam.yaml', errors: [{ messageId: 'unreachable', line: 42, column: 5, endLine: 42, endColumn: 15, data: { resource: 'InferenceFunction', targets: "'ModelsAccessPoint' (AWS::EFS::AccessPoint)" } }] },
    // A VpcConfig with empty lists detaches the function: the finding points at it.
    { file: 'bad-empty-vpcconfig.yaml', errors: [{ messageId: 'noSubnets', line: 36, column: 7, endLine: 36, endColumn: 16, resourceId: 'SessionFunction' }] },
    { file: 'bad-rds-proxy.yaml', errors: [{ messageId: 'unreachable', line: 115, column: 5, endLine: 115, endColumn: 15, data: { resource: 'OrdersFunction', targets: "'DatabaseProxy' (AWS::RDS::DBProxy)" } }] },
    { file: 'bad-internal-alb.yaml', errors: [{ messageId: 'unreachable', line: 18, column: 5, endLine: 18, endColumn: 15, data: { resource: 'RelayFunction', targets: "'InternalBalancer' (AWS::ElasticLoadBalancingV2::LoadBalancer)" } }] },
  ],
});
