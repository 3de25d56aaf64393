import { resolveNumber } from '../../model/values';
import { effectiveProperty, lambdaFunctions } from '../support/lambda';
import { sqsFedFunctions } from '../support/functionRefs';
import type { Rule } from '../types';

const LONG_JOB_SECONDS = 600;
const LAMBDA_MAX_SECONDS = 900;

export const sqsLambdaLongJob: Rule = {
  meta: {
    id: 'AL112',
    name: 'sqs-lambda-long-job',
    category: 'compute',
    severity: 'info',
    docsUrl: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/as-using-sqs-queue.html',
    description: {
      en: 'SQS consumer on Lambda with a job time near the 15-minute cap',
      ko: '15분 한도에 가까운 작업 시간을 가진 SQS 소비자 Lambda',
    },
    messages: {
      nearCap: {
        en: "Function '{resource}' consumes queue '{queue}' with Timeout {timeout} s, close to Lambda's {max} s cap; long jobs from SQS fit better on ECS/Fargate workers.",
        ko: "'{resource}' 함수가 '{queue}' 큐를 소비하는데 Timeout이 {timeout}초로 Lambda 한도 {max}초에 가깝습니다. SQS의 긴 작업은 ECS/Fargate 워커가 더 적합합니다.",
      },
      overCap: {
        en: "Function '{resource}' consumes queue '{queue}' with Timeout {timeout} s, beyond Lambda's {max} s cap; jobs this long belong on ECS/Fargate workers that poll the queue.",
        ko: "'{resource}' 함수가 '{queue}' 큐를 소비하는데 Timeout이 {timeout}초로 Lambda 한도 {max}초를 넘습니다. 이렇게 긴 작업은 큐를 폴링하는 ECS/Fargate 워커에서 실행해야 합니다.",
      },
    },
    lesson: {
      why: {
        en: 'A queue consumer whose jobs already take ten minutes or more has no headroom: as payloads grow, invocations hit the 15-minute cap, the messages reappear after the visibility timeout and are processed again, and a batch that fails takes its whole retry cycle with it.',
        ko: '작업이 이미 10분 이상 걸리는 큐 소비자는 여유가 없습니다. 페이로드가 커지면 호출이 15분 한도에 걸리고, 메시지는 가시성 제한 시간 뒤 다시 나타나 재처리되며, 실패한 배치는 재시도 주기 전체를 소모합니다.',
      },
      scenario: {
        en: 'The wrong-answer note: an asynchronous job that takes over 25 minutes. SQS was right because the work is asynchronous, but Lambda was wrong because an invocation runs at most 15 minutes. The SQS notes give the alternative: consumers in an Auto Scaling group that scales out on the queue length.',
        ko: '오답노트: 처리에 25분 이상 걸리는 비동기 작업입니다. 비동기라서 SQS인 것은 맞지만 Lambda는 최대 호출 시간이 15분이라 안 됩니다. SQS 노트는 대안도 제시합니다. 큐 길이에 따라 Scale-Out 되는 Auto Scaling 그룹의 소비자입니다.',
      },
      answer: {
        en: 'Keep Lambda for short messages. Run long jobs on ECS/Fargate (or EC2 Auto Scaling) workers that poll the queue and scale on ApproximateNumberOfMessagesVisible, or split the job into Step Functions steps that each fit in Lambda.',
        ko: 'Lambda는 짧은 메시지 처리에만 쓰세요. 긴 작업은 큐를 폴링하고 ApproximateNumberOfMessagesVisible 지표로 확장하는 ECS/Fargate(또는 EC2 Auto Scaling) 워커에서 실행하거나, 각 단계가 Lambda에 들어가도록 Step Functions로 나누세요.',
      },
    },
    seeds: ['000', '003'],
  },
  check({ template, graph, report }) {
    const fed = sqsFedFunctions(template, graph);
    if (fed.size === 0) return;
    for (const fn of lambdaFunctions(template)) {
      const feed = fed.get(fn.id);
      if (!feed) continue;
      const timeout = effectiveProperty(template, fn, 'Timeout');
      const seconds = resolveNumber(template, timeout?.node);
      if (!timeout || seconds === undefined || seconds < LONG_JOB_SECONDS) continue;
      report({
        messageId: seconds > LAMBDA_MAX_SECONDS ? 'overCap' : 'nearCap',
        path: timeout.path,
        resourceId: fn.id,
        data: { resource: fn.id, queue: feed.queueLabel, timeout: seconds, max: LAMBDA_MAX_SECONDS },
      });
    }
  },
};
