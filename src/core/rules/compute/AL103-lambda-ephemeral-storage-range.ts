import { resolveNumber } from '../../model/values';
import { setScalarValue } from '../../edit/templateEdits';
import { effectiveProperty, lambdaFunctions } from '../support/lambda';
import type { Rule } from '../types';

const MIN_TMP_MB = 512;
const MAX_TMP_MB = 10240;

export const lambdaEphemeralStorageRange: Rule = {
  meta: {
    id: 'AL103',
    name: 'lambda-ephemeral-storage-range',
    category: 'compute',
    severity: 'error',
    docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-ephemeral-storage.html',
    description: {
      en: 'Lambda /tmp storage outside 512 MB – 10,240 MB',
      ko: 'Lambda /tmp 저장 공간이 512MB–10,240MB 범위를 벗어남',
    },
    messages: {
      tooSmall: {
        en: "Function '{resource}' sets EphemeralStorage.Size to {size} MB; /tmp is at least {min} MB.",
        ko: "함수 '{resource}'의 EphemeralStorage.Size가 {size}MB입니다. /tmp는 최소 {min}MB입니다.",
      },
      tooLarge: {
        en: "Function '{resource}' sets EphemeralStorage.Size to {size} MB; /tmp can be at most {max} MB (10 GB).",
        ko: "함수 '{resource}'의 EphemeralStorage.Size가 {size}MB입니다. /tmp는 최대 {max}MB(10GB)까지입니다.",
      },
    },
    lesson: {
      why: {
        en: "Every Lambda function has a /tmp scratch space of 512 MB by default, configurable up to 10,240 MB. CloudFormation rejects a size outside that range, and /tmp is not shared between execution environments or kept after they end.",
        ko: 'Lambda 함수마다 기본 512MB의 /tmp 임시 공간이 있고 최대 10,240MB까지 늘릴 수 있습니다. 범위를 벗어난 크기는 CloudFormation이 거부하며, /tmp는 실행 환경끼리 공유되지 않고 환경이 끝나면 사라집니다.',
      },
      scenario: {
        en: 'The Lambda limits in the notes: temporary space in /tmp from 512 MB to 10 GB, used when the function has to process files or unpack large dependencies that exceed the deployment package limit.',
        ko: '노트의 Lambda 한도: /tmp 임시 공간은 512MB ~ 10GB이며, 파일 처리처럼 공간이 필요하거나 배포 패키지 한도를 넘는 큰 파일을 다룰 때 사용합니다.',
      },
      answer: {
        en: 'Set EphemeralStorage.Size between 512 and 10,240. For more scratch space, or data that must survive or be shared, mount EFS (FileSystemConfigs) or stream the data through S3.',
        ko: 'EphemeralStorage.Size는 512~10,240 사이로 설정하세요. 그보다 큰 공간이나 유지·공유되어야 하는 데이터는 EFS를 마운트(FileSystemConfigs)하거나 S3를 통해 처리하세요.',
      },
    },
    seeds: ['003'],
    cfnLintOverlap: ['E3034'],
    fixes: {
      setMin: { en: 'Set EphemeralStorage.Size to 512 MB', ko: 'EphemeralStorage.Size를 512MB로 설정' },
      setMax: { en: 'Set EphemeralStorage.Size to 10240 MB', ko: 'EphemeralStorage.Size를 10240MB로 설정' },
    },
  },
  check({ template, report }) {
    for (const fn of lambdaFunctions(template)) {
      const size = effectiveProperty(template, fn, 'EphemeralStorage', 'Size');
      const megabytes = resolveNumber(template, size?.node);
      if (size === undefined || megabytes === undefined) continue;
      if (megabytes >= MIN_TMP_MB && megabytes <= MAX_TMP_MB) continue;
      const tooSmall = megabytes < MIN_TMP_MB;
      report({
        messageId: tooSmall ? 'tooSmall' : 'tooLarge',
        path: size.path,
        resourceId: fn.id,
        data: { resource: fn.id, size: megabytes, min: MIN_TMP_MB, max: MAX_TMP_MB },
        fixes: tooSmall ? setScalarValue(template, size.node, MIN_TMP_MB, 'setMin') : setScalarValue(template, size.node, MAX_TMP_MB, 'setMax'),
      });
    }
  },
};
