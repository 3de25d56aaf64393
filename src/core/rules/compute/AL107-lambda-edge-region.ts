import { intrinsicName, isMap, mapGet } from '../../parse/nodes';
import { referencedId } from '../../graph/references';
import type { Resource } from '../../model/template';
import { conditionPinnedToUsEast1, lambdaEdgeAssociations, rulesPinUsEast1, US_EAST_1 } from '../support/lambdaEdge';
import type { Rule } from '../types';

export const lambdaEdgeRegion: Rule = {
  meta: {
    id: 'AL107',
    name: 'lambda-edge-region',
    category: 'compute',
    severity: 'warning',
    docsUrl: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-at-edge-function-restrictions.html#lambda-at-edge-restrictions-region',
    description: {
      en: 'Lambda@Edge function or CloudFront certificate created in a stack that may not deploy to us-east-1',
      ko: 'us-east-1이 아닐 수 있는 스택에서 Lambda@Edge 함수나 CloudFront 인증서를 생성함',
    },
    messages: {
      edgeFunction: {
        en: "Function '{resource}' is a Lambda@Edge function of distribution '{distribution}'; it must be created in us-east-1, so deploy this stack there (and set archlens.region to us-east-1).",
        ko: "'{resource}' 함수는 배포 '{distribution}'의 Lambda@Edge 함수이므로 us-east-1에서 생성되어야 합니다. 이 스택을 us-east-1에 배포하세요(archlens.region도 us-east-1로 설정).",
      },
      edgeFunctionWrongRegion: {
        en: "Function '{resource}' is a Lambda@Edge function of distribution '{distribution}', but this stack deploys to {region}; Lambda@Edge functions must be created in us-east-1.",
        ko: "'{resource}' 함수는 배포 '{distribution}'의 Lambda@Edge 함수인데 이 스택은 {region}에 배포됩니다. Lambda@Edge 함수는 us-east-1에서 생성되어야 합니다.",
      },
      certificate: {
        en: "Certificate '{resource}' is used by CloudFront distribution '{distribution}'; CloudFront only accepts ACM certificates from us-east-1, so deploy this stack there (and set archlens.region to us-east-1).",
        ko: "'{resource}' 인증서는 CloudFront 배포 '{distribution}'에서 사용됩니다. CloudFront는 us-east-1의 ACM 인증서만 받으므로 이 스택을 us-east-1에 배포하세요(archlens.region도 us-east-1로 설정).",
      },
      certificateWrongRegion: {
        en: "Certificate '{resource}' is used by CloudFront distribution '{distribution}', but this stack deploys to {region}; CloudFront only accepts ACM certificates from us-east-1.",
        ko: "'{resource}' 인증서는 CloudFront 배포 '{distribution}'에서 사용되는데 이 스택은 {region}에 배포됩니다. CloudFront는 us-east-1의 ACM 인증서만 받습니다.",
      },
    },
    lesson: {
      why: {
        en: "CloudFront is a global service managed from US East (N. Virginia). A Lambda@Edge function must be created there before CloudFront replicates it to the edge locations, and a viewer certificate must come from ACM in the same Region. A stack deployed anywhere else creates a function or certificate that CloudFront refuses.",
        ko: 'CloudFront는 미국 동부(버지니아 북부)에서 관리되는 글로벌 서비스입니다. Lambda@Edge 함수는 그곳에서 만들어져야 CloudFront가 엣지 로케이션으로 복제할 수 있고, 뷰어 인증서도 같은 리전의 ACM에서 와야 합니다. 다른 리전에 배포된 스택이 만든 함수나 인증서는 CloudFront가 거부합니다.',
      },
      scenario: {
        en: 'The notes on Lambda@Edge: the code can only be authored in us-east-1, the Region that manages CloudFront distributions, and CloudFront then copies the function to every location. The API Gateway notes make the same point for certificates: an edge-optimized endpoint needs its ACM certificate in us-east-1.',
        ko: 'Lambda@Edge 노트: 코드는 CloudFront 배포를 관리하는 리전인 us-east-1에서만 작성할 수 있고, CloudFront가 함수를 모든 로케이션에 복제합니다. API Gateway 노트도 인증서에 대해 같은 점을 짚습니다. 엣지 최적화 엔드포인트는 ACM 인증서가 us-east-1에 있어야 합니다.',
      },
      answer: {
        en: 'Deploy the stack that creates Lambda@Edge functions and CloudFront certificates to us-east-1, or split them into a us-east-1 stack and pass their ARNs in as parameters. Say so in the template with a Rules assertion on AWS::Region, or set archlens.region to us-east-1 to silence this check.',
        ko: 'Lambda@Edge 함수와 CloudFront 인증서를 만드는 스택은 us-east-1에 배포하거나, 이들을 us-east-1 스택으로 분리하고 ARN을 파라미터로 넘기세요. 템플릿의 Rules에서 AWS::Region을 검증하거나 archlens.region을 us-east-1로 설정하면 이 검사가 조용해집니다.',
      },
    },
    seeds: ['003'],
  },
  check({ template, settings, report }) {
    const region = settings.region?.trim().toLowerCase();
    if (region === US_EAST_1) return;
    const distributions = template.resourcesOfType('AWS::CloudFront::Distribution');
    if (distributions.length === 0) return;
    // A Rules assertion makes any other Region fail the deployment: fine unless the setting names one.
    if (!region && rulesPinUsEast1(template)) return;
    const reported = new Set<string>();
    const flag = (resource: Resource | undefined, distributionId: string, kind: 'edgeFunction' | 'certificate') => {
      if (!resource || reported.has(resource.id)) return;
      // A resource (or distribution) that exists only in us-east-1 is never created elsewhere.
      if (conditionPinnedToUsEast1(template, resource) || conditionPinnedToUsEast1(template, template.resources.get(distributionId)!)) return;
      reported.add(resource.id);
      report({
        messageId: region ? `${kind}WrongRegion` : kind,
        path: ['Resources', resource.id, 'Type'],
        resourceId: resource.id,
        data: { resource: resource.id, distribution: distributionId, ...(region ? { region } : {}) },
      });
    };
    for (const association of lambdaEdgeAssociations(template)) {
      flag(template.resources.get(association.functionId), association.distributionId, 'edgeFunction');
    }
    for (const distribution of distributions) {
      // A ViewerCertificate under Fn::If may not use the certificate: not decided, not flagged.
      const viewerCertificate = mapGet(mapGet(distribution.properties, 'DistributionConfig'), 'ViewerCertificate');
      if (!isMap(viewerCertificate) || intrinsicName(viewerCertificate)) continue;
      const certificate = template.resources.get(referencedId(mapGet(viewerCertificate, 'AcmCertificateArn')) ?? '');
      if (certificate?.type === 'AWS::CertificateManager::Certificate') flag(certificate, distribution.id, 'certificate');
    }
  },
};
