import { lambdaTimeoutLimit } from './compute/AL101-lambda-timeout-limit';
import { lambdaMemoryRange } from './compute/AL102-lambda-memory-range';
import { lambdaEphemeralStorageRange } from './compute/AL103-lambda-ephemeral-storage-range';
import { lambdaEnvironmentSize } from './compute/AL104-lambda-environment-size';
import { lambdaReservedConcurrencyQuota } from './compute/AL105-lambda-reserved-concurrency-quota';
import { lambdaEdgeConstraints } from './compute/AL106-lambda-edge-constraints';
import { lambdaEdgeRegion } from './compute/AL107-lambda-edge-region';
import { lambdaDirectRdsConnection } from './compute/AL108-lambda-direct-rds-connection';
import { lambdaOutsideVpcPrivateTarget } from './compute/AL109-lambda-outside-vpc-private-target';
import { asgSingleAz } from './compute/AL110-asg-single-az';
import { ec2InstanceWithoutAsg } from './compute/AL111-ec2-instance-without-asg';
import { sqsLambdaLongJob } from './compute/AL112-sqs-lambda-long-job';
import { s3PublicStaticSite } from './storage/AL201-s3-public-static-site';
import { cloudfrontS3OriginWithoutOac } from './storage/AL202-cloudfront-s3-origin-without-oac';
import { s3OriginBucketPolicyNotRestricted } from './storage/AL203-s3-origin-bucket-policy-not-restricted';
import { s3BlockPublicAccessDisabled } from './storage/AL204-s3-block-public-access-disabled';
import { albWithoutCloudfront } from './storage/AL205-alb-without-cloudfront';
import { efsSingleAzMountTargets } from './storage/AL206-efs-single-az-mount-targets';
import { cloudfrontSignedUrlWithoutKeyGroup } from './storage/AL207-cloudfront-signed-url-without-key-group';
import { rdsSingleAz } from './database/AL301-rds-single-az';
import { rdsReadReplicaForHa } from './database/AL302-rds-read-replica-for-ha';
import { rdsBackupRetention } from './database/AL303-rds-backup-retention';
import { rdsPubliclyAccessible } from './database/AL304-rds-publicly-accessible';
import { databasePlaintextPassword } from './database/AL305-database-plaintext-password';
import { rdsStorageUnencrypted } from './database/AL306-rds-storage-unencrypted';
import { auroraSingleInstance } from './database/AL307-aurora-single-instance';
import { dynamodbPitrDisabled } from './database/AL308-dynamodb-pitr-disabled';
import { dynamodbStreamNotEnabled } from './database/AL309-dynamodb-stream-not-enabled';
import { dynamodbGlobalTableStream } from './database/AL310-dynamodb-global-table-stream';
import { dynamodbReadHeavyWithoutDax } from './database/AL311-dynamodb-read-heavy-without-dax';
import { elasticacheWithoutFailover } from './database/AL312-elasticache-without-failover';
import { daxSingleNode } from './database/AL313-dax-single-node';
import { sqsVisibilityTimeoutBelowLambdaTimeout } from './messaging/AL401-sqs-visibility-timeout-below-lambda-timeout';
import { sqsFifoNaming } from './messaging/AL402-sqs-fifo-naming';
import { sqsRetentionRange } from './messaging/AL403-sqs-retention-range';
import { sqsLongPolling } from './messaging/AL404-sqs-long-polling';
import { sqsMessageSize } from './messaging/AL405-sqs-message-size';
import { snsToSqsWithoutQueuePolicy } from './messaging/AL406-sns-to-sqs-without-queue-policy';
import { eventSourcePermissionMissing } from './messaging/AL407-event-source-permission-missing';
import { snsFifoConstraints } from './messaging/AL408-sns-fifo-constraints';
import { kinesisRetentionRange } from './messaging/AL409-kinesis-retention-range';
import { sqsFifoLambdaBatchSize } from './messaging/AL410-sqs-fifo-lambda-batch-size';
import { sqsConsumerWithoutDlq } from './messaging/AL411-sqs-consumer-without-dlq';
import { directDbWritesUnderSpikyLoad } from './messaging/AL412-direct-db-writes-under-spiky-load';
import { elbSingleAz } from './networking/AL501-elb-single-az';
import { natGatewaySingleAz } from './networking/AL502-nat-gateway-single-az';
import { securityGroupOpenAdminPort } from './networking/AL503-security-group-open-admin-port';
import { securityGroupOpenDatabasePort } from './networking/AL504-security-group-open-database-port';
import { securityChainCidrOnDataTier } from './networking/AL505-security-chain-cidr-on-data-tier';
import { s3ThroughNatWithoutEndpoint } from './networking/AL506-s3-through-nat-without-endpoint';
import { subnetsSingleAz } from './networking/AL507-subnets-single-az';
import { dbSubnetGroupSingleAz } from './networking/AL508-db-subnet-group-single-az';
import { apiWithoutAuthorization } from './security/AL601-api-without-authorization';
import { apigatewayLambdaPermissionMissing } from './security/AL602-apigateway-lambda-permission-missing';
import { apigatewayDomainCertificateMismatch } from './security/AL603-apigateway-domain-certificate-mismatch';
import { iamWildcardPermissions } from './security/AL604-iam-wildcard-permissions';
import { secretInEnvironment } from './security/AL605-secret-in-environment';
import { cognitoIdentityPoolUnauthenticated } from './security/AL606-cognito-identity-pool-unauthenticated';
import type { Rule } from './types';

/** Every check ArchLens runs, sorted by id. A test fails when one lacks fixtures or docs. */
export const RULES: readonly Rule[] = [
  lambdaTimeoutLimit,
  lambdaMemoryRange,
  lambdaEphemeralStorageRange,
  lambdaEnvironmentSize,
  lambdaReservedConcurrencyQuota,
  lambdaEdgeConstraints,
  lambdaEdgeRegion,
  lambdaDirectRdsConnection,
  lambdaOutsideVpcPrivateTarget,
  asgSingleAz,
  ec2InstanceWithoutAsg,
  sqsLambdaLongJob,
  s3PublicStaticSite,
  cloudfrontS3OriginWithoutOac,
  s3OriginBucketPolicyNotRestricted,
  s3BlockPublicAccessDisabled,
  albWithoutCloudfront,
  efsSingleAzMountTargets,
  cloudfrontSignedUrlWithoutKeyGroup,
  rdsSingleAz,
  rdsReadReplicaForHa,
  rdsBackupRetention,
  rdsPubliclyAccessible,
  databasePlaintextPassword,
  rdsStorageUnencrypted,
  auroraSingleInstance,
  dynamodbPitrDisabled,
  dynamodbStreamNotEnabled,
  dynamodbGlobalTableStream,
  dynamodbReadHeavyWithoutDax,
  elasticacheWithoutFailover,
  daxSingleNode,
  sqsVisibilityTimeoutBelowLambdaTimeout,
  sqsFifoNaming,
  sqsRetentionRange,
  sqsLongPolling,
  sqsMessageSize,
  snsToSqsWithoutQueuePolicy,
  eventSourcePermissionMissing,
  snsFifoConstraints,
  kinesisRetentionRange,
  sqsFifoLambdaBatchSize,
  sqsConsumerWithoutDlq,
  directDbWritesUnderSpikyLoad,
  elbSingleAz,
  natGatewaySingleAz,
  securityGroupOpenAdminPort,
  securityGroupOpenDatabasePort,
  securityChainCidrOnDataTier,
  s3ThroughNatWithoutEndpoint,
  subnetsSingleAz,
  dbSubnetGroupSingleAz,
  apiWithoutAuthorization,
  apigatewayLambdaPermissionMissing,
  apigatewayDomainCertificateMismatch,
  iamWildcardPermissions,
  secretInEnvironment,
  cognitoIdentityPoolUnauthenticated,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.meta.id, rule]));
