import { resolveNumber } from '../../model/values';
import { setScalarValue } from '../../edit/templateEdits';
import { effectiveProperty, lambdaFunctions } from '../support/lambda';
import type { Rule } from '../types';

const MAX_TIMEOUT_SECONDS = 900;

export const lambdaTimeoutLimit: Rule = {
  meta: {
    id: 'AL101',
    name: 'lambda-timeout-limit',
    category: 'compute',
    severity: 'error',
    docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html',
    description: {
      en: 'Lambda function timeout above the 15-minute maximum',
      ko: 'Lambda 함수 제한 시간이 최대 15분을 넘음',
    },
    messages: {
      tooLong: {
        en: "Function '{resource}' has Timeout {timeout} s; Lambda stops every invocation at {max} s (15 minutes).",
        ko: "함수 '{resource}'의 Timeout이 {timeout}초입니다. Lambda는 모든 호출을 {max}초(15분)에 중단합니다.",
      },
    },
    lesson: {
      why: {
        en: 'A Lambda invocation can run for at most 15 minutes. CloudFormation rejects a larger Timeout, and a job that really needs longer will never finish on Lambda.',
        ko: 'Lambda 호출은 최대 15분까지만 실행됩니다. CloudFormation은 더 큰 Timeout을 거부하며, 실제로 더 오래 걸리는 작업은 Lambda에서 끝날 수 없습니다.',
      },
      scenario: {
        en: 'The wrong-answer note: a 25-minute job is pulled from SQS by a Lambda function. The job can never complete, and the message returns to the queue again and again.',
        ko: '오답노트: 25분 걸리는 작업을 SQS에서 Lambda가 가져와 처리하도록 설계했습니다. 작업은 절대 끝나지 않고 메시지는 계속 큐로 돌아옵니다.',
      },
      answer: {
        en: 'Keep Lambda work under 15 minutes. Run long jobs on ECS/Fargate or AWS Batch workers that poll SQS, or split the job into Step Functions steps.',
        ko: 'Lambda 작업은 15분 안에 끝나도록 하세요. 긴 작업은 SQS를 폴링하는 ECS/Fargate 또는 AWS Batch 워커로 실행하거나 Step Functions 단계로 나누세요.',
      },
    },
    seeds: ['000', '003'],
    cfnLintOverlap: ['E3034'],
    fixes: {
      setMax: { en: 'Set Timeout to 900 seconds', ko: 'Timeout을 900초로 설정' },
    },
  },
  check({ template, report }) {
    for (const fn of lambdaFunctions(template)) {
      const timeout = effectiveProperty(template, fn, 'Timeout');
      const seconds = resolveNumber(template, timeout?.node);
      if (timeout === undefined || seconds === undefined || seconds <= MAX_TIMEOUT_SECONDS) continue;
      report({
        messageId: 'tooLong',
        path: timeout.path,
        resourceId: fn.id,
        data: { resource: fn.id, timeout: seconds, max: MAX_TIMEOUT_SECONDS },
        fixes: setScalarValue(template, timeout.node, MAX_TIMEOUT_SECONDS, 'setMax'),
      });
    }
  },
};
