/**
 * Where each resource type says where it sits. Tables rather than code, so adding a type
 * is one line. Paths are property paths; `*` walks every item of a list of maps.
 */

/** Properties that hold subnet ids: a list of subnets, or one subnet id. */
export const SUBNET_PATHS: Readonly<Record<string, ReadonlyArray<ReadonlyArray<string>>>> = {
  'AWS::EC2::Instance': [['SubnetId'], ['NetworkInterfaces', '*', 'SubnetId']],
  'AWS::EC2::NatGateway': [['SubnetId']],
  'AWS::EC2::NetworkInterface': [['SubnetId']],
  'AWS::EC2::VPCEndpoint': [['SubnetIds']],
  'AWS::EC2::TransitGatewayAttachment': [['SubnetIds']],
  'AWS::EC2::TransitGatewayVpcAttachment': [['SubnetIds']],
  'AWS::EC2::ClientVpnTargetNetworkAssociation': [['SubnetId']],
  'AWS::ElasticLoadBalancingV2::LoadBalancer': [['Subnets'], ['SubnetMappings', '*', 'SubnetId']],
  'AWS::ElasticLoadBalancing::LoadBalancer': [['Subnets']],
  'AWS::AutoScaling::AutoScalingGroup': [['VPCZoneIdentifier']],
  'AWS::Lambda::Function': [['VpcConfig', 'SubnetIds']],
  'AWS::Serverless::Function': [['VpcConfig', 'SubnetIds']],
  'AWS::EFS::MountTarget': [['SubnetId']],
  'AWS::ECS::Service': [['NetworkConfiguration', 'AwsvpcConfiguration', 'Subnets']],
  'AWS::ECS::TaskSet': [['NetworkConfiguration', 'AwsVpcConfiguration', 'Subnets']],
  'AWS::RDS::DBSubnetGroup': [['SubnetIds']],
  'AWS::ElastiCache::SubnetGroup': [['SubnetIds']],
  'AWS::ElastiCache::ServerlessCache': [['SubnetIds']],
  'AWS::DAX::SubnetGroup': [['SubnetIds']],
  'AWS::Redshift::ClusterSubnetGroup': [['SubnetIds']],
  'AWS::Neptune::DBSubnetGroup': [['SubnetIds']],
  'AWS::DocDB::DBSubnetGroup': [['SubnetIds']],
  'AWS::DMS::ReplicationSubnetGroup': [['SubnetIds']],
  'AWS::OpenSearchService::Domain': [['VPCOptions', 'SubnetIds']],
  'AWS::Elasticsearch::Domain': [['VPCOptions', 'SubnetIds']],
  'AWS::MSK::Cluster': [['BrokerNodeGroupInfo', 'ClientSubnets']],
  'AWS::EKS::Cluster': [['ResourcesVpcConfig', 'SubnetIds']],
  'AWS::EKS::Nodegroup': [['Subnets']],
  'AWS::Batch::ComputeEnvironment': [['ComputeResources', 'Subnets']],
  'AWS::CodeBuild::Project': [['VpcConfig', 'Subnets']],
  'AWS::DirectoryService::MicrosoftAD': [['VpcSettings', 'SubnetIds']],
  'AWS::DirectoryService::SimpleAD': [['VpcSettings', 'SubnetIds']],
  'AWS::EMR::Cluster': [['Instances', 'Ec2SubnetId'], ['Instances', 'Ec2SubnetIds']],
  'AWS::AppRunner::VpcConnector': [['Subnets']],
  'AWS::Route53Resolver::ResolverEndpoint': [['IpAddresses', '*', 'SubnetId']],
};

/** Resources placed by the subnet group they name (the group is placed by `SUBNET_PATHS`). */
export const SUBNET_GROUP_USERS: Readonly<Record<string, { property: string; groupType: string }>> = {
  'AWS::RDS::DBInstance': { property: 'DBSubnetGroupName', groupType: 'AWS::RDS::DBSubnetGroup' },
  'AWS::RDS::DBCluster': { property: 'DBSubnetGroupName', groupType: 'AWS::RDS::DBSubnetGroup' },
  'AWS::ElastiCache::CacheCluster': { property: 'CacheSubnetGroupName', groupType: 'AWS::ElastiCache::SubnetGroup' },
  'AWS::ElastiCache::ReplicationGroup': { property: 'CacheSubnetGroupName', groupType: 'AWS::ElastiCache::SubnetGroup' },
  'AWS::DAX::Cluster': { property: 'SubnetGroupName', groupType: 'AWS::DAX::SubnetGroup' },
  'AWS::Redshift::Cluster': { property: 'ClusterSubnetGroupName', groupType: 'AWS::Redshift::ClusterSubnetGroup' },
  'AWS::Neptune::DBCluster': { property: 'DBSubnetGroupName', groupType: 'AWS::Neptune::DBSubnetGroup' },
  'AWS::Neptune::DBInstance': { property: 'DBSubnetGroupName', groupType: 'AWS::Neptune::DBSubnetGroup' },
  'AWS::DocDB::DBCluster': { property: 'DBSubnetGroupName', groupType: 'AWS::DocDB::DBSubnetGroup' },
  'AWS::DMS::ReplicationInstance': { property: 'ReplicationSubnetGroupIdentifier', groupType: 'AWS::DMS::ReplicationSubnetGroup' },
};

/** Cluster members that name no subnet group of their own sit where their cluster sits. */
export const CLUSTER_MEMBERS: Readonly<Record<string, { property: string; clusterType: string }>> = {
  'AWS::RDS::DBInstance': { property: 'DBClusterIdentifier', clusterType: 'AWS::RDS::DBCluster' },
  'AWS::Neptune::DBInstance': { property: 'DBClusterIdentifier', clusterType: 'AWS::Neptune::DBCluster' },
  'AWS::DocDB::DBInstance': { property: 'DBClusterIdentifier', clusterType: 'AWS::DocDB::DBCluster' },
};

/** Resources that belong to a VPC through `VpcId` (used when subnets don't already say it). */
export const VPC_ONLY_TYPES: ReadonlySet<string> = new Set([
  'AWS::EC2::SecurityGroup',
  'AWS::EC2::RouteTable',
  'AWS::EC2::NetworkAcl',
  'AWS::EC2::VPCGatewayAttachment',
  'AWS::EC2::VPCEndpoint',
  'AWS::EC2::VPCCidrBlock',
  'AWS::EC2::EgressOnlyInternetGateway',
  'AWS::EC2::TransitGatewayAttachment',
  'AWS::EC2::TransitGatewayVpcAttachment',
  'AWS::ElasticLoadBalancingV2::TargetGroup',
]);

/** Gateways that join a VPC through an `AWS::EC2::VPCGatewayAttachment`. */
export const ATTACHED_GATEWAY_PROPERTIES = ['InternetGatewayId', 'VpnGatewayId'];

/** Resources outside subnets whose AZs the template can still name. */
export const ZONE_PROPERTIES: Readonly<Record<string, { property: string; list: boolean }>> = {
  'AWS::AutoScaling::AutoScalingGroup': { property: 'AvailabilityZones', list: true },
  'AWS::ElasticLoadBalancing::LoadBalancer': { property: 'AvailabilityZones', list: true },
  'AWS::EC2::Instance': { property: 'AvailabilityZone', list: false },
  'AWS::EC2::Volume': { property: 'AvailabilityZone', list: false },
};
