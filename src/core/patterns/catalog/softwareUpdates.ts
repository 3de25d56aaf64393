import { autoScalingGroup } from '../blocks/autoScaling';
import { applicationLoadBalancer, loadBalancerOrigin } from '../blocks/loadBalancer';
import { securityGroup, vpc } from '../blocks/network';
import { CACHE_POLICY } from '../blocks/storage';
import { getAtt, note, ref, sub } from '../values';
import type { PatternDefinition } from '../types';
import { AZ_OPTION } from './threeTierVpc';

/** Each server mounts the shared file system and serves it with nginx. */
const UPDATE_SERVER_USER_DATA = `#!/bin/bash
set -euo pipefail
dnf install -y nginx amazon-efs-utils
mkdir -p /srv/updates
echo "\${UpdatesFileSystem}:/ /srv/updates efs _netdev,tls 0 0" >> /etc/fstab
mount -a
cat > /etc/nginx/default.d/updates.conf <<'NGINX'
location /updates/ {
  alias /srv/updates/;
  autoindex on;
}
NGINX
echo ok > /usr/share/nginx/html/health
systemctl enable --now nginx
`;

export const softwareUpdatesPattern: PatternDefinition = {
  id: 'software-updates',
  version: '1.0.0',
  title: { en: 'Software update distribution', ko: '소프트웨어 업데이트 배포' },
  description: {
    en: 'CloudFront caches update files in front of an ALB, which balances an Auto Scaling group over the AZs; every server mounts one EFS file system, with a mount target in each AZ.',
    ko: 'CloudFront가 ALB 앞에서 업데이트 파일을 캐싱하고, ALB는 여러 AZ의 Auto Scaling 그룹에 부하를 분산합니다. 모든 서버는 AZ마다 마운트 대상이 있는 EFS 하나를 마운트합니다.',
  },
  seeds: ['000', '001'],
  scenario: {
    en: 'An application on EC2 behind an ALB distributes software updates from EFS; traffic and network cost grow every month as users download them. Putting CloudFront in front caches the static files at the edge, with no change to the app.',
    ko: 'ALB 뒤의 EC2 애플리케이션이 EFS에서 소프트웨어 업데이트를 배포합니다. 다운로드가 늘면서 트래픽과 네트워크 비용이 매달 커집니다. 앞에 CloudFront를 두면 앱을 바꾸지 않고 정적 파일을 엣지에 캐싱합니다.',
  },
  keywords: ['cloudfront', 'alb', 'asg', 'efs', 'updates', 'download', 'cache', '업데이트', '배포'],
  options: [AZ_OPTION],
  build(t, options) {
    const network = vpc(t, { azCount: Number(options.azCount), tiers: ['public', 'app'], nat: true });
    const alb = applicationLoadBalancer(t, { prefix: 'Updates', vpc: network.vpc, subnets: network.subnets.public, targetType: 'instance', healthCheckPath: '/health' });
    const serverSg = securityGroup(
      t,
      'UpdateServerSecurityGroup',
      ref(network.vpc),
      'Update servers: HTTP from the load balancer only',
      [{ port: 80, from: { securityGroup: alb.securityGroup }, description: 'HTTP from the load balancer' }],
      'Servers accept HTTP from the load balancer only.',
    );
    securityGroup(
      t,
      'UpdatesFileSystemSecurityGroup',
      ref(network.vpc),
      'EFS: NFS from the update servers',
      [{ port: 2049, from: { securityGroup: serverSg }, description: 'NFS from the update servers' }],
      'The file system accepts NFS from the servers only.',
    );
    t.resource(
      'UpdatesFileSystem',
      'AWS::EFS::FileSystem',
      { Encrypted: true, PerformanceMode: 'generalPurpose', ThroughputMode: 'elastic', FileSystemTags: [{ Key: 'Name', Value: sub('${AWS::StackName}-updates') }] },
      'One file system for every server: publish an update once, every AZ serves it.',
      { deletionPolicy: 'Retain', updateReplacePolicy: 'Retain' },
    );
    network.subnets.app.forEach((subnet, i) => {
      t.resource(
        `UpdatesMountTarget${i + 1}`,
        'AWS::EFS::MountTarget',
        { FileSystemId: ref('UpdatesFileSystem'), SubnetId: ref(subnet), SecurityGroups: [ref('UpdatesFileSystemSecurityGroup')] },
        i === 0 ? 'A mount target in every AZ the servers run in, so no AZ depends on another.' : undefined,
      );
    });
    autoScalingGroup(t, {
      prefix: 'UpdateServer',
      subnets: network.subnets.app,
      securityGroup: serverSg,
      userData: UPDATE_SERVER_USER_DATA,
      targetGroups: [alb.targetGroup],
      cpuTarget: 60,
      comment: 'Update servers in every AZ, replaced when unhealthy, scaled on CPU.',
      // The servers mount the file system at boot: its mount targets must exist first.
      dependsOn: network.subnets.app.map((_, i) => `UpdatesMountTarget${i + 1}`),
    });
    t.resource(
      'UpdatesDistribution',
      'AWS::CloudFront::Distribution',
      {
        DistributionConfig: {
          Enabled: true,
          Comment: sub('${AWS::StackName} software updates'),
          HttpVersion: 'http2and3',
          IPV6Enabled: true,
          PriceClass: 'PriceClass_All',
          Origins: [loadBalancerOrigin('UpdatesOrigin', alb.loadBalancer)],
          DefaultCacheBehavior: note('Update files are static: cached at the edge, most downloads never reach the ALB or EFS.', {
            TargetOriginId: 'UpdatesOrigin',
            ViewerProtocolPolicy: 'redirect-to-https',
            CachePolicyId: CACHE_POLICY.cachingOptimized,
            Compress: true,
          }),
        },
      },
      'CloudFront in front of the ALB: the exam answer to growing download traffic and cost.',
    );
    t.output('DownloadUrl', { Description: 'Updates, served through CloudFront', Value: sub('https://${UpdatesDistribution.DomainName}/updates/') });
    t.output('FileSystemId', { Description: 'Publish updates into this EFS file system', Value: ref('UpdatesFileSystem') });
    t.output('LoadBalancerDnsName', { Description: 'The origin behind CloudFront', Value: getAtt(alb.loadBalancer, 'DNSName') });
  },
};
