import { intrinsicName, isSeq, mapGet, type CfnNode } from '../../parse/nodes';
import { isAbsent } from '../../model/values';
import { removeEntry } from '../../edit/templateEdits';
import { renameKey } from '../../edit/keyEdits';
import { endpointType } from '../support/apis';
import type { Rule } from '../types';

/** Which certificate property each endpoint type takes, and the one it must not use. */
const EXPECTED: Readonly<Record<string, { right: string; wrong: string }>> = {
  EDGE: { right: 'CertificateArn', wrong: 'RegionalCertificateArn' },
  REGIONAL: { right: 'RegionalCertificateArn', wrong: 'CertificateArn' },
};

export const apigatewayDomainCertificateMismatch: Rule = {
  meta: {
    id: 'AL603',
    name: 'apigateway-domain-certificate-mismatch',
    category: 'security',
    severity: 'error',
    docsUrl: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-custom-domains.html',
    description: {
      en: 'API Gateway custom domain uses the certificate property of the other endpoint type',
      ko: 'API Gateway 사용자 지정 도메인이 다른 엔드포인트 유형의 인증서 속성을 사용함',
    },
    messages: {
      edgeWithRegional: {
        en: "Domain name '{resource}' is edge-optimized but sets RegionalCertificateArn; an edge-optimized domain takes a us-east-1 certificate in CertificateArn.",
        ko: "도메인 이름 '{resource}'은(는) 엣지 최적화인데 RegionalCertificateArn을 설정했습니다. 엣지 최적화 도메인은 us-east-1 인증서를 CertificateArn에 지정해야 합니다.",
      },
      defaultEdgeWithRegional: {
        en: "Domain name '{resource}' has no EndpointConfiguration, so it is edge-optimized, but it sets RegionalCertificateArn; an edge-optimized domain takes a us-east-1 certificate in CertificateArn.",
        ko: "도메인 이름 '{resource}'에 EndpointConfiguration이 없어 엣지 최적화(기본값)인데 RegionalCertificateArn을 설정했습니다. 엣지 최적화 도메인은 us-east-1 인증서를 CertificateArn에 지정해야 합니다.",
      },
      regionalWithEdge: {
        en: "Domain name '{resource}' is regional but sets CertificateArn; a regional domain takes a certificate from its own region in RegionalCertificateArn.",
        ko: "도메인 이름 '{resource}'은(는) 리전 엔드포인트인데 CertificateArn을 설정했습니다. 리전 도메인은 같은 리전의 인증서를 RegionalCertificateArn에 지정해야 합니다.",
      },
    },
    lesson: {
      why: {
        en: 'An edge-optimized custom domain is served by CloudFront, so its certificate comes from ACM in us-east-1 and goes in `CertificateArn`. A regional domain is served in the API\'s own region, so its certificate must be in that region and goes in `RegionalCertificateArn`. The wrong property fails the deployment or leaves the domain without TLS.',
        ko: '엣지 최적화 사용자 지정 도메인은 CloudFront가 제공하므로 인증서는 us-east-1의 ACM에서 가져와 `CertificateArn`에 넣습니다. 리전 도메인은 API와 같은 리전에서 제공되므로 인증서도 그 리전에 있어야 하며 `RegionalCertificateArn`에 넣습니다. 속성을 잘못 쓰면 배포가 실패하거나 도메인에 TLS가 없습니다.',
      },
      scenario: {
        en: 'The notes on API Gateway security: custom domain names over HTTPS integrate with ACM; with an edge-optimized endpoint the certificate must be in us-east-1, with a regional endpoint in the same region as the API.',
        ko: '노트의 API Gateway 보안: HTTPS 사용자 지정 도메인은 ACM과 통합되며, Edge-Optimized 엔드포인트는 인증서가 us-east-1에, Regional 엔드포인트는 API Gateway와 같은 리전에 있어야 합니다.',
      },
      answer: {
        en: 'Match the property to `EndpointConfiguration.Types`: EDGE (the default) → `CertificateArn` with a us-east-1 certificate; REGIONAL → `RegionalCertificateArn` with a certificate in the stack\'s region.',
        ko: '`EndpointConfiguration.Types`에 맞추세요: EDGE(기본값) → us-east-1 인증서를 `CertificateArn`에, REGIONAL → 스택 리전의 인증서를 `RegionalCertificateArn`에.',
      },
    },
    seeds: ['003'],
    fixes: {
      moveProperty: { en: 'Move the certificate to the property this endpoint type uses', ko: '인증서를 이 엔드포인트 유형에 맞는 속성으로 이동' },
      removeProperty: { en: 'Remove the certificate property this endpoint type ignores', ko: '이 엔드포인트 유형에 맞지 않는 인증서 속성 제거' },
    },
  },
  check({ template, report }) {
    for (const domain of template.resourcesOfType('AWS::ApiGateway::DomainName')) {
      const props = domain.properties;
      if (!props) continue;
      const declared = endpointType(template, props);
      if (declared === undefined) continue; // decided by a parameter without default or a condition
      const type = declared ?? 'EDGE';
      const expected = EXPECTED[type];
      if (!expected || mayBeAbsent(mapGet(props, expected.wrong))) continue;
      // Rename when the right property is free; remove the stray one when both are set.
      const rename = renameKey(template, props, expected.wrong, expected.right);
      const remove = rename ? undefined : removeEntry(template, props, expected.wrong);
      report({
        messageId: type === 'REGIONAL' ? 'regionalWithEdge' : declared === null ? 'defaultEdgeWithRegional' : 'edgeWithRegional',
        path: ['Resources', domain.id, 'Properties', expected.wrong],
        resourceId: domain.id,
        data: { resource: domain.id },
        fixes: rename ? [{ fixId: 'moveProperty', edits: [rename] }] : remove ? [{ fixId: 'removeProperty', edits: [remove] }] : [],
      });
    }
  },
};

/** Missing, `Ref AWS::NoValue`, or `Fn::If` with a NoValue branch: not decidedly set. */
function mayBeAbsent(node: CfnNode | undefined): boolean {
  if (isAbsent(node)) return true;
  if (intrinsicName(node) !== 'Fn::If') return false;
  const args = mapGet(node, 'Fn::If');
  return !isSeq(args) || args.items.slice(1).some(mayBeAbsent);
}
