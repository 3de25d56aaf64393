import type { Resource, Template } from '../../model/template';
import { mapGet, type TemplatePath } from '../../parse/nodes';
import { collectReferences, type Reference } from '../../graph/references';
import { apiInvokedFunctions } from '../support/eventSources';
import { QUEUE_TYPE } from '../support/sqs';
import type { Rule } from '../types';

const DATABASE_TYPES = new Set(['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster']);

export const directDbWritesUnderSpikyLoad: Rule = {
  meta: {
    id: 'AL412',
    name: 'direct-db-writes-under-spiky-load',
    category: 'messaging',
    severity: 'info',
    docsUrl: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/as-using-sqs-queue.html',
    description: {
      en: 'An API-invoked function writes straight to a relational database, with no queue to absorb spikes',
      ko: 'API가 호출하는 함수가 스파이크를 흡수할 큐 없이 관계형 데이터베이스에 바로 씀',
    },
    messages: {
      directWrite: {
        en: "Function '{function}' is invoked by '{api}' and talks to database '{database}' directly, with no SQS queue in between; under a traffic spike transactions time out and the writes are lost.",
        ko: "함수 '{function}'는 '{api}'가 호출하며 중간에 SQS 큐 없이 데이터베이스 '{database}'에 직접 연결합니다. 트래픽이 몰리면 트랜잭션이 시간 초과되어 쓰기가 유실됩니다.",
      },
    },
    lesson: {
      why: {
        en: 'A synchronous API passes every request straight through to the database. When traffic jumps, the database becomes the bottleneck: connections run out, transactions time out, and each failed request loses its write. A queue in between absorbs the burst and lets the database work at the pace it can sustain.',
        ko: '동기식 API는 모든 요청을 그대로 데이터베이스에 넘깁니다. 트래픽이 급증하면 데이터베이스가 병목이 되어 연결이 바닥나고 트랜잭션이 시간 초과되며, 실패한 요청마다 그 쓰기가 사라집니다. 중간의 큐는 급증을 흡수하고 데이터베이스가 감당할 수 있는 속도로 일하게 해 줍니다.',
      },
      scenario: {
        en: 'The SQS usage pattern: an ad campaign sends a surge of traffic to the application, which writes every request straight to the database; under the load some transactions fail and are lost. The answer sends each write to SQS instead, and a consumer Auto Scaling group writes them to the database, which works as long as the client does not need the database result in its response.',
        ko: 'SQS 사용 패턴: 광고 이벤트로 애플리케이션에 트래픽이 몰리는데, 애플리케이션이 모든 요청을 바로 DB에 씁니다. 부하 때문에 일부 트랜잭션이 에러로 유실됩니다. 해결책은 쓰기를 SQS에 메시지로 보내고 소비자 쪽 ASG가 DB에 기록하게 하는 것입니다. 단, 클라이언트에 DB 저장 결과를 응답하지 않아도 되는 경우에만 가능합니다.',
      },
      answer: {
        en: 'Where the client does not need the result synchronously, have the API put writes on an SQS queue (directly or through a thin function) and let a consumer that scales on queue depth write them to the database. Add RDS Proxy for the connections that remain.',
        ko: '클라이언트가 결과를 동기로 받을 필요가 없다면, API가 쓰기를 SQS 큐에 넣게 하고(직접 또는 얇은 함수를 통해) 큐 길이에 따라 확장되는 소비자가 DB에 기록하게 하세요. 남는 연결에는 RDS Proxy를 더하세요.',
      },
    },
    seeds: ['003'],
  },
  check({ template, report }) {
    if (!hasDatabase(template)) return;
    // What Globals.Function names applies to every SAM function; collect it once.
    const globalReferences = template.globals ? collectReferences(mapGet(template.globals, 'Function'), ['Globals', 'Function']) : [];
    for (const [functionId, apis] of apiInvokedFunctions(template)) {
      const fn = template.resources.get(functionId)!;
      const write = databaseReference(template, fn, fn.type === 'AWS::Serverless::Function' ? globalReferences : []);
      if (!write) continue;
      report({
        messageId: 'directWrite',
        path: write.path,
        resourceId: fn.id,
        data: { function: fn.id, api: apis.join("', '"), database: write.database },
      });
    }
  },
};

function hasDatabase(template: Template): boolean {
  return [...DATABASE_TYPES].some((type) => template.resourcesOfType(type).length > 0);
}

/**
 * Where the function is wired to an RDS instance or cluster itself (writer endpoint, `Ref`),
 * not through RDS Proxy, and not to a queue: a function that also names an SQS queue may
 * well be the producer half of the right answer, so it gets the benefit of the doubt.
 */
function databaseReference(template: Template, fn: Resource, globalReferences: Reference[]): { database: string; path: TemplatePath } | undefined {
  const references = [...collectReferences(fn.node, ['Resources', fn.id]), ...globalReferences];
  let found: { database: string; path: TemplatePath } | undefined;
  for (const reference of references) {
    const target = template.resources.get(reference.target);
    if (target?.type === QUEUE_TYPE) return undefined;
    if (found || !target || !DATABASE_TYPES.has(target.type)) continue;
    // The writer endpoint or the database itself; a cluster's ReadEndpoint only reads.
    if (reference.kind === 'ref' || reference.attribute?.startsWith('Endpoint')) found = { database: target.id, path: reference.path };
  }
  return found;
}
