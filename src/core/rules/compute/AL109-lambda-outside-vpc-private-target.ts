import { isAbsent } from '../../model/values';
import { effectiveProperty, lambdaFunctions, missingPropertyPath } from '../support/lambda';
import { baseLogicalId, runtimeReferences } from '../support/functionRefs';
import { isRdsConnectionReference, isVpcOnly, RDS_DATABASE_TYPES, RdsReachability, vpcAttachment } from '../support/computeTargets';
import type { Rule } from '../types';

export const lambdaOutsideVpcPrivateTarget: Rule = {
  meta: {
    id: 'AL109',
    name: 'lambda-outside-vpc-private-target',
    category: 'compute',
    severity: 'error',
    docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html',
    description: {
      en: 'Lambda function outside any VPC uses a resource that exists only inside a VPC',
      ko: 'VPC 밖의 Lambda 함수가 VPC 안에만 있는 리소스를 사용함',
    },
    messages: {
      unreachable: {
        en: "Function '{resource}' has no VpcConfig, so it runs outside your VPC and can't reach {targets}, reachable only from inside a VPC.",
        ko: "함수 '{resource}'에 VpcConfig가 없어 VPC 밖에서 실행되므로, VPC 안에서만 접근할 수 있는 {targets}에 닿을 수 없습니다.",
      },
      noSubnets: {
        en: "Function '{resource}' has a VpcConfig without subnets, so it runs outside your VPC and can't reach {targets}, reachable only from inside a VPC.",
        ko: "함수 '{resource}'의 VpcConfig에 서브넷이 없어 VPC 밖에서 실행되므로, VPC 안에서만 접근할 수 있는 {targets}에 닿을 수 없습니다.",
      },
    },
    lesson: {
      why: {
        en: 'By default a Lambda function runs in a Lambda-owned network with internet access but no route into your VPC. Private databases, RDS Proxy, ElastiCache, DAX, EFS and internal load balancers answer only inside the VPC, so the function times out trying to connect (and CloudFormation rejects an EFS mount outright).',
        ko: 'Lambda 함수는 기본적으로 Lambda가 관리하는 네트워크에서 실행되어 인터넷에는 나갈 수 있지만 사용자의 VPC 안으로는 경로가 없습니다. 프라이빗 데이터베이스, RDS Proxy, ElastiCache, DAX, EFS, 내부 로드 밸런서는 VPC 안에서만 응답하므로 함수는 연결하다 시간 초과가 납니다(EFS 마운트는 CloudFormation이 바로 거부합니다).',
      },
      scenario: {
        en: 'The Lambda network notes: a function starts outside the VPC by default, so it can call public APIs on the internet but not AWS services running inside the VPC. To reach them, launch the function in the VPC: assign its subnets and a security group, and Lambda reaches the services through ENIs in those subnets. RDS Proxy in particular is never public, so the function must sit in the same VPC.',
        ko: 'Lambda 네트워크 노트: 함수는 기본적으로 VPC 외부에서 시작하므로 인터넷의 public API에는 접근할 수 있지만 VPC 내부에서 실행되는 AWS 서비스에는 접근할 수 없습니다. VPC 내 접근을 위해서는 함수를 VPC에서 시작해야 합니다. 서브넷을 할당하고 보안 그룹을 추가하면 서브넷에 생성된 ENI를 통해 내부 서비스에 접근합니다. 특히 RDS Proxy는 public에서 접근할 수 없으므로 함수가 반드시 같은 VPC 안에 있어야 합니다.',
      },
      answer: {
        en: "Give the function VpcConfig with private subnets in at least two AZs and a security group that the target's security group accepts. If the function also needs the internet or AWS APIs, add a NAT gateway or VPC endpoints.",
        ko: '함수에 두 개 이상의 AZ에 걸친 프라이빗 서브넷과, 대상의 보안 그룹이 허용하는 보안 그룹으로 VpcConfig를 설정하세요. 인터넷이나 AWS API도 필요하면 NAT 게이트웨이나 VPC 엔드포인트를 추가하세요.',
      },
    },
    seeds: ['003'],
  },
  check({ template, report }) {
    const reachability = new RdsReachability(template);
    for (const fn of lambdaFunctions(template)) {
      if (vpcAttachment(template, fn) !== 'detached') continue;
      const targets: string[] = [];
      for (const reference of runtimeReferences(template, fn)) {
        const target = template.resources.get(baseLogicalId(reference));
        if (!target || targets.includes(target.id)) continue;
        // An RDS ARN or resource id serves IAM or the Data API, which work from anywhere.
        if (RDS_DATABASE_TYPES.has(target.type) && !isRdsConnectionReference(template, target, reference)) continue;
        if (isVpcOnly(template, target, reachability)) targets.push(target.id);
      }
      if (targets.length === 0) continue;
      // VpcConfig is missing (point at Properties) or written without subnets (point at it).
      const vpcConfig = effectiveProperty(template, fn, 'VpcConfig');
      const written = vpcConfig !== undefined && !isAbsent(vpcConfig.node);
      report({
        messageId: written ? 'noSubnets' : 'unreachable',
        path: written ? vpcConfig.path : missingPropertyPath(fn),
        resourceId: fn.id,
        data: { resource: fn.id, targets: targets.map((id) => `'${id}' (${template.resources.get(id)!.type})`).join(', ') },
      });
    }
  },
};
