import { intrinsicName, isMap } from '../../parse/nodes';
import { resolveString } from '../../model/values';
import { effectiveProperty, lambdaFunctions } from '../support/lambda';
import type { Rule } from '../types';

/** Lambda's quota for all environment variables of a function together. */
const MAX_ENV_BYTES = 4096;

/** Bytes of a string in UTF-8, the encoding Lambda measures (Korean text takes 3 per letter). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

export const lambdaEnvironmentSize: Rule = {
  meta: {
    id: 'AL104',
    name: 'lambda-environment-size',
    category: 'compute',
    severity: 'error',
    docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html',
    description: {
      en: 'Lambda environment variables larger than 4 KB',
      ko: 'Lambda 환경 변수가 4KB를 초과함',
    },
    messages: {
      tooLarge: {
        en: "Environment variables of function '{resource}' take {size} bytes ({count} variables, names and values); Lambda allows {max} bytes (4 KB) in total.",
        ko: "함수 '{resource}'의 환경 변수가 {size}바이트(변수 {count}개, 이름과 값 합계)입니다. Lambda는 전체 {max}바이트(4KB)까지만 허용합니다.",
      },
      tooLargeLiteralsOnly: {
        en: "Environment variables of function '{resource}' take at least {size} bytes counting only the literal values ({count} variables); Lambda allows {max} bytes (4 KB) in total.",
        ko: "함수 '{resource}'의 환경 변수는 리터럴 값만 세어도 최소 {size}바이트(변수 {count}개)입니다. Lambda는 전체 {max}바이트(4KB)까지만 허용합니다.",
      },
    },
    lesson: {
      why: {
        en: 'All environment variables of a function, names and values together, may not exceed 4 KB. A larger set fails the deployment, and a growing pile of configuration in env vars is a sign it belongs in a configuration store.',
        ko: '함수의 모든 환경 변수는 이름과 값을 합쳐 4KB를 넘을 수 없습니다. 더 크면 배포가 실패하며, 환경 변수에 설정이 계속 쌓인다면 설정 저장소로 옮겨야 한다는 신호입니다.',
      },
      scenario: {
        en: "The Lambda limits in the notes cap environment variables at 4 KB. The infrastructure notes add the remedy: instead of keeping a separate .env file per server, manage configuration in one place, secrets such as DB credentials in Secrets Manager and simple values such as endpoints in Parameter Store.",
        ko: '노트의 Lambda 한도에서 환경 변수는 최대 4KB입니다. 인프라 노트는 해결책도 알려 줍니다. 서버마다 .env 파일을 따로 두지 말고 한 곳에서 관리하되, DB 자격 증명 같은 민감 정보는 Secrets Manager에, 엔드포인트 같은 간단한 값은 Parameter Store에 두라는 것입니다.',
      },
      answer: {
        en: 'Keep only small pointers in environment variables (a parameter name, a secret ARN) and load the configuration at start-up from SSM Parameter Store or Secrets Manager, or package static configuration with the code.',
        ko: '환경 변수에는 파라미터 이름이나 시크릿 ARN 같은 작은 참조만 두고, 설정은 시작할 때 SSM Parameter Store나 Secrets Manager에서 읽어 오거나 정적 설정은 코드와 함께 패키징하세요.',
      },
    },
    seeds: ['003', '004'],
  },
  check({ template, report }) {
    for (const fn of lambdaFunctions(template)) {
      // SAM merges Globals.Function.Environment.Variables with the function's own, key by key.
      const variables = effectiveProperty(template, fn, 'Environment', 'Variables');
      if (!variables || !isMap(variables.node) || intrinsicName(variables.node)) continue;
      let size = 0;
      let allLiteral = true;
      const names = new Set<string>();
      // Last entry first: with a duplicate key, the last one is the value that counts.
      for (const entry of [...variables.node.entries].reverse()) {
        if (names.has(entry.key)) continue;
        names.add(entry.key);
        // Only values the template decides count; the rest could be empty, so they add 0.
        const value = resolveString(template, entry.value);
        if (value === undefined) allLiteral = false;
        size += utf8Length(entry.key) + utf8Length(value ?? '');
      }
      if (size <= MAX_ENV_BYTES) continue;
      report({
        messageId: allLiteral ? 'tooLarge' : 'tooLargeLiteralsOnly',
        path: variables.path,
        resourceId: fn.id,
        data: { resource: fn.id, size, count: names.size, max: MAX_ENV_BYTES },
      });
    }
  },
};
