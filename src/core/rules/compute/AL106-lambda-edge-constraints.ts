import { intrinsicName, isMap, isSeq, mapGet, type CfnNode } from '../../parse/nodes';
import type { Resource, Template } from '../../model/template';
import { resolveNumber } from '../../model/values';
import { removeEntry, setResourceProperty, setScalarValue, type Fix } from '../../edit/templateEdits';
import { effectiveProperty, lambdaFunctions, type PropertyRef } from '../support/lambda';
import { lambdaEdgeAssociations, type EdgeAssociation } from '../support/lambdaEdge';
import { vpcAttachment } from '../support/computeTargets';
import type { Rule } from '../types';

const VIEWER_MAX_SECONDS = 5;
const ORIGIN_MAX_SECONDS = 30;

/** Where a property is written: in the function itself, or inherited from SAM Globals. */
function writtenInFunction(fn: Resource, property: PropertyRef): boolean {
  return property.path[0] === 'Resources' && property.path[1] === fn.id;
}

function hasCondition(node: CfnNode | undefined): boolean {
  return intrinsicName(node) === 'Fn::If' || (isSeq(node) && node.items.some((item) => intrinsicName(item) === 'Fn::If'));
}

/** Removing a property only helps when Globals doesn't supply it again. */
function removeOwnProperty(template: Template, fn: Resource, property: PropertyRef, key: string, fixId: string): Fix[] {
  if (!writtenInFunction(fn, property) || !fn.properties) return [];
  if (fn.type === 'AWS::Serverless::Function' && mapGet(mapGet(template.globals, 'Function'), key) !== undefined) return [];
  const edit = removeEntry(template, fn.properties, key);
  return edit ? [{ fixId, edits: [edit] }] : [];
}

export const lambdaEdgeConstraints: Rule = {
  meta: {
    id: 'AL106',
    name: 'lambda-edge-constraints',
    category: 'compute',
    severity: 'error',
    docsUrl: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-at-edge-function-restrictions.html',
    description: {
      en: 'Lambda@Edge function with environment variables, a VPC, or a timeout above the edge limit',
      ko: '환경 변수, VPC 또는 엣지 한도를 넘는 제한 시간을 가진 Lambda@Edge 함수',
    },
    messages: {
      environment: {
        en: "Function '{resource}' runs as Lambda@Edge on distribution '{distribution}' but sets Environment variables; Lambda@Edge functions can't have any.",
        ko: "'{resource}' 함수는 배포 '{distribution}'의 Lambda@Edge로 실행되는데 Environment 변수를 설정합니다. Lambda@Edge 함수는 환경 변수를 가질 수 없습니다.",
      },
      vpcConfig: {
        en: "Function '{resource}' runs as Lambda@Edge on distribution '{distribution}' but has a VpcConfig; Lambda@Edge functions can't be attached to a VPC.",
        ko: "'{resource}' 함수는 배포 '{distribution}'의 Lambda@Edge로 실행되는데 VpcConfig가 있습니다. Lambda@Edge 함수는 VPC에 연결할 수 없습니다.",
      },
      viewerTimeout: {
        en: "Function '{resource}' handles the {eventType} event of distribution '{distribution}' with Timeout {timeout} s; viewer events allow at most {max} s.",
        ko: "'{resource}' 함수는 배포 '{distribution}'의 {eventType} 이벤트를 처리하는데 Timeout이 {timeout}초입니다. 뷰어 이벤트는 최대 {max}초까지 허용됩니다.",
      },
      originTimeout: {
        en: "Function '{resource}' handles the {eventType} event of distribution '{distribution}' with Timeout {timeout} s; origin events allow at most {max} s.",
        ko: "'{resource}' 함수는 배포 '{distribution}'의 {eventType} 이벤트를 처리하는데 Timeout이 {timeout}초입니다. 오리진 이벤트는 최대 {max}초까지 허용됩니다.",
      },
      edgeTimeout: {
        en: "Function '{resource}' runs as Lambda@Edge on distribution '{distribution}' with Timeout {timeout} s; no CloudFront event allows more than {max} s.",
        ko: "'{resource}' 함수는 배포 '{distribution}'의 Lambda@Edge로 실행되는데 Timeout이 {timeout}초입니다. 어떤 CloudFront 이벤트도 {max}초를 넘을 수 없습니다.",
      },
    },
    lesson: {
      why: {
        en: 'CloudFront replicates a Lambda@Edge function to its edge locations, where the function has no environment variables and no VPC, and must answer within 5 seconds on viewer events and 30 seconds on origin events. CloudFront refuses to associate a function that breaks these rules.',
        ko: 'CloudFront는 Lambda@Edge 함수를 엣지 로케이션에 복제하는데, 그곳에서는 환경 변수와 VPC를 쓸 수 없고 뷰어 이벤트는 5초, 오리진 이벤트는 30초 안에 응답해야 합니다. 이 규칙을 어기는 함수는 CloudFront에 연결되지 않습니다.',
      },
      scenario: {
        en: 'The edge-function notes compare the two CloudFront options: CloudFront Functions are lightweight JavaScript for viewer requests and responses (cache-key normalisation, header changes, URL rewrites and redirects, token checks) that run in under a millisecond; Lambda@Edge runs Node.js or Python on every request and response, including origin ones, for heavier work with libraries, SDK calls and network access.',
        ko: '엣지 함수 노트는 CloudFront의 두 가지 선택지를 비교합니다. CloudFront Functions는 뷰어 요청·응답만 다루는 가벼운 JavaScript 함수로(캐시 키 정규화, 헤더 조작, URL 재작성·리다이렉트, 토큰 검증) 1ms 미만에 실행되고, Lambda@Edge는 Node.js나 Python으로 오리진 요청·응답까지 모든 요청과 응답을 바꿀 수 있어 라이브러리, SDK 호출, 네트워크 접근이 필요한 무거운 작업에 씁니다.',
      },
      answer: {
        en: 'Keep Lambda@Edge functions small: no Environment (put configuration in the code, or read it from a custom origin header or Parameter Store in us-east-1), no VpcConfig, and a Timeout of at most 5 s for viewer events and 30 s for origin events. For simple header or URL work use CloudFront Functions instead.',
        ko: 'Lambda@Edge 함수는 가볍게 유지하세요. Environment 없이(설정은 코드에 넣거나 커스텀 오리진 헤더나 us-east-1의 Parameter Store에서 읽기), VpcConfig 없이, Timeout은 뷰어 이벤트 5초·오리진 이벤트 30초 이하로 두세요. 단순한 헤더나 URL 처리는 CloudFront Functions를 쓰세요.',
      },
      changed: {
        en: 'The notes give a maximum run time of 5–10 seconds. Today the limits are 5 seconds for viewer events and 30 seconds for origin events; this check uses them.',
        ko: '노트에는 최대 실행 시간이 5~10초로 적혀 있습니다. 현재 한도는 뷰어 이벤트 5초, 오리진 이벤트 30초이며 이 검사는 현재 한도를 사용합니다.',
      },
    },
    seeds: ['003'],
    fixes: {
      removeEnvironment: { en: 'Remove Environment from the function', ko: '함수에서 Environment 제거' },
      removeVpcConfig: { en: 'Remove VpcConfig from the function', ko: '함수에서 VpcConfig 제거' },
      setViewerMax: { en: 'Set Timeout to 5 seconds', ko: 'Timeout을 5초로 설정' },
      setOriginMax: { en: 'Set Timeout to 30 seconds', ko: 'Timeout을 30초로 설정' },
    },
  },
  check({ template, report }) {
    // One function can serve several behaviors and events: its strictest event decides.
    const byFunction = new Map<string, EdgeAssociation[]>();
    for (const association of lambdaEdgeAssociations(template)) {
      (byFunction.get(association.functionId) ?? byFunction.set(association.functionId, []).get(association.functionId)!).push(association);
    }
    if (byFunction.size === 0) return;
    for (const fn of lambdaFunctions(template)) {
      const associations = byFunction.get(fn.id);
      if (!associations) continue;
      const viewer = associations.find((a) => a.kind === 'viewer');
      const first = viewer ?? associations.find((a) => a.kind === 'origin') ?? associations[0];
      const base = { resource: fn.id, distribution: first.distributionId };

      const environment = effectiveProperty(template, fn, 'Environment');
      const variables = mapGet(environment?.node, 'Variables');
      if (environment && isMap(variables) && !intrinsicName(variables) && variables.entries.length > 0) {
        report({ messageId: 'environment', path: environment.path, resourceId: fn.id, data: base, fixes: removeOwnProperty(template, fn, environment, 'Environment', 'removeEnvironment') });
      }

      // Any VpcConfig counts, unless it is emptied (no subnets) or depends on a condition.
      const vpc = effectiveProperty(template, fn, 'VpcConfig');
      if (vpc && isMap(vpc.node) && !intrinsicName(vpc.node) && vpcAttachment(template, fn) !== 'detached' && !hasCondition(mapGet(vpc.node, 'SubnetIds'))) {
        report({ messageId: 'vpcConfig', path: vpc.path, resourceId: fn.id, data: base, fixes: removeOwnProperty(template, fn, vpc, 'VpcConfig', 'removeVpcConfig') });
      }

      // An event type the template doesn't decide may be an origin event: only 30 s is certain.
      const timeout = effectiveProperty(template, fn, 'Timeout');
      const seconds = resolveNumber(template, timeout?.node);
      const max = viewer ? VIEWER_MAX_SECONDS : ORIGIN_MAX_SECONDS;
      if (!timeout || seconds === undefined || seconds <= max) continue;
      const fixId = viewer ? 'setViewerMax' : 'setOriginMax';
      // A value from Globals is shared with other functions: override it here instead.
      const fixes = writtenInFunction(fn, timeout) ? setScalarValue(template, timeout.node, max, fixId) : setResourceProperty(template, fn, ['Timeout'], max, fixId);
      report({
        messageId: viewer ? 'viewerTimeout' : first.kind === 'origin' ? 'originTimeout' : 'edgeTimeout',
        path: timeout.path,
        resourceId: fn.id,
        data: { ...base, eventType: first.eventType ?? '', timeout: seconds, max },
        fixes,
      });
    }
  },
};
