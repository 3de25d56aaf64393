import { resolveNumber } from '../../model/values';
import { effectiveProperty, lambdaFunctions } from '../support/lambda';
import type { Rule } from '../types';

/** The default Regional concurrency quota of an account. */
const DEFAULT_REGIONAL_CONCURRENCY = 1000;

export const lambdaReservedConcurrencyQuota: Rule = {
  meta: {
    id: 'AL105',
    name: 'lambda-reserved-concurrency-quota',
    category: 'compute',
    severity: 'warning',
    docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html',
    description: {
      en: 'Lambda reserved concurrency above the default Regional quota of 1,000',
      ko: 'Lambda 예약 동시성이 기본 리전 할당량 1,000을 초과함',
    },
    messages: {
      aboveQuota: {
        en: "Function '{resource}' reserves {reserved} concurrent executions; the default Regional concurrency quota is {quota}, so this deploys only after a quota increase.",
        ko: "'{resource}' 함수가 동시 실행 {reserved}개를 예약합니다. 기본 리전 동시성 할당량은 {quota}개이므로 할당량을 늘린 뒤에만 배포됩니다.",
      },
    },
    lesson: {
      why: {
        en: 'All functions of an account share one Regional concurrency pool, 1,000 by default, and Lambda always keeps 100 of it unreserved. Reserving more than the pool holds fails the deployment until Service Quotas raises the limit.',
        ko: '계정의 모든 함수는 하나의 리전 동시성 풀(기본 1,000)을 함께 쓰며, Lambda는 그중 100을 항상 예약되지 않은 상태로 남겨 둡니다. 풀보다 많이 예약하면 Service Quotas에서 한도를 늘리기 전까지 배포가 실패합니다.',
      },
      scenario: {
        en: 'The Lambda limits in the notes: 1,000 concurrent executions, and reserving them ahead of time is recommended.',
        ko: '노트의 Lambda 한도: 동시 실행은 1,000개이며, 미리 예약해서 쓰는 것이 권장됩니다.',
      },
      answer: {
        en: 'Reserve only what the function needs, at most the account quota minus 100, and request a higher Regional concurrency quota before a launch that needs more. To shape bursts, put SQS in front and limit the consumer with maximum concurrency.',
        ko: '함수에 필요한 만큼만, 계정 할당량에서 100을 뺀 값 이하로 예약하고, 더 필요하면 출시 전에 리전 동시성 할당량 증가를 요청하세요. 급증하는 부하는 앞단에 SQS를 두고 소비자의 최대 동시성으로 조절하세요.',
      },
    },
    seeds: ['003'],
  },
  check({ template, report }) {
    for (const fn of lambdaFunctions(template)) {
      const reserved = effectiveProperty(template, fn, 'ReservedConcurrentExecutions');
      const count = resolveNumber(template, reserved?.node);
      if (reserved === undefined || count === undefined || count <= DEFAULT_REGIONAL_CONCURRENCY) continue;
      report({
        messageId: 'aboveQuota',
        path: reserved.path,
        resourceId: fn.id,
        data: { resource: fn.id, reserved: count, quota: DEFAULT_REGIONAL_CONCURRENCY },
      });
    }
  },
};
