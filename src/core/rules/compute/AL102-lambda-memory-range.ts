import { resolveNumber } from '../../model/values';
import { setScalarValue } from '../../edit/templateEdits';
import { effectiveProperty, lambdaFunctions } from '../support/lambda';
import type { Rule } from '../types';

const MIN_MEMORY_MB = 128;
const MAX_MEMORY_MB = 10240;

export const lambdaMemoryRange: Rule = {
  meta: {
    id: 'AL102',
    name: 'lambda-memory-range',
    category: 'compute',
    severity: 'error',
    docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html',
    description: {
      en: 'Lambda function memory outside 128 MB – 10,240 MB',
      ko: 'Lambda 함수 메모리가 128MB–10,240MB 범위를 벗어남',
    },
    messages: {
      tooSmall: {
        en: "Function '{resource}' has MemorySize {memory} MB; Lambda needs at least {min} MB.",
        ko: "함수 '{resource}'의 MemorySize가 {memory}MB입니다. Lambda는 최소 {min}MB가 필요합니다.",
      },
      tooLarge: {
        en: "Function '{resource}' has MemorySize {memory} MB; Lambda allows at most {max} MB (10 GB).",
        ko: "함수 '{resource}'의 MemorySize가 {memory}MB입니다. Lambda는 최대 {max}MB(10GB)까지만 허용합니다.",
      },
    },
    lesson: {
      why: {
        en: 'A Lambda function gets between 128 MB and 10,240 MB of memory, set in 1 MB steps; CloudFormation rejects anything outside that range. Memory is also the only performance knob: CPU and network bandwidth grow in proportion to it.',
        ko: 'Lambda 함수의 메모리는 128MB에서 10,240MB 사이에서 1MB 단위로 정하며, 범위를 벗어나면 CloudFormation이 배포를 거부합니다. 메모리는 유일한 성능 설정이기도 해서 CPU와 네트워크 대역폭도 메모리에 비례해 늘어납니다.',
      },
      scenario: {
        en: 'The Lambda limits in the notes: memory from 128 MB to 10 GB in 1 MB increments, and raising the RAM raises CPU and network performance with it.',
        ko: '노트의 Lambda 한도: 메모리는 128MB ~ 10GB(1MB 단위로 증가)이며, RAM을 늘리면 CPU와 네트워크 성능도 함께 좋아집니다.',
      },
      answer: {
        en: 'Pick a MemorySize between 128 and 10,240. If a function is CPU-bound, give it more memory rather than looking for a CPU setting; if it needs more than 10 GB, run it on ECS/Fargate or EC2.',
        ko: 'MemorySize는 128~10,240 사이로 정하세요. CPU가 부족한 함수라면 별도 CPU 설정을 찾지 말고 메모리를 늘리고, 10GB보다 많이 필요하면 ECS/Fargate나 EC2에서 실행하세요.',
      },
    },
    seeds: ['003'],
    cfnLintOverlap: ['E3034'],
    fixes: {
      setMin: { en: 'Set MemorySize to 128 MB', ko: 'MemorySize를 128MB로 설정' },
      setMax: { en: 'Set MemorySize to 10240 MB', ko: 'MemorySize를 10240MB로 설정' },
    },
  },
  check({ template, report }) {
    for (const fn of lambdaFunctions(template)) {
      const memory = effectiveProperty(template, fn, 'MemorySize');
      const megabytes = resolveNumber(template, memory?.node);
      if (memory === undefined || megabytes === undefined) continue;
      if (megabytes >= MIN_MEMORY_MB && megabytes <= MAX_MEMORY_MB) continue;
      const tooSmall = megabytes < MIN_MEMORY_MB;
      report({
        messageId: tooSmall ? 'tooSmall' : 'tooLarge',
        path: memory.path,
        resourceId: fn.id,
        data: { resource: fn.id, memory: megabytes, min: MIN_MEMORY_MB, max: MAX_MEMORY_MB },
        fixes: tooSmall ? setScalarValue(template, memory.node, MIN_MEMORY_MB, 'setMin') : setScalarValue(template, memory.node, MAX_MEMORY_MB, 'setMax'),
      });
    }
  },
};
