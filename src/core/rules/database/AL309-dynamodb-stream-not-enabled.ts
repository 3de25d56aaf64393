import { intrinsicName, isSeq, mapGet, type CfnNode } from '../../parse/nodes';
import { isAbsent } from '../../model/values';
import { setResourceProperty } from '../../edit/templateEdits';
import { hasOpaqueProperties, lambdaEventSources } from '../support/eventSources';
import { missingPropertyPath } from '../support/lambda';
import type { Rule } from '../types';

export const dynamodbStreamNotEnabled: Rule = {
  meta: {
    id: 'AL309',
    name: 'dynamodb-stream-not-enabled',
    category: 'database',
    severity: 'error',
    docsUrl: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.Lambda.html',
    description: {
      en: 'A Lambda trigger reads the stream of a DynamoDB table that has no stream',
      ko: '스트림이 꺼진 DynamoDB 테이블의 스트림을 Lambda 트리거가 읽음',
    },
    messages: {
      noStream: {
        en: "Table '{table}' has no StreamSpecification, but function '{functions}' is triggered by its stream (StreamArn); the trigger can't be created until the table has a stream.",
        ko: "테이블 '{table}'에 StreamSpecification이 없는데 함수 '{functions}'가 이 테이블의 스트림(StreamArn)으로 트리거됩니다. 테이블에 스트림이 생기기 전에는 트리거를 만들 수 없습니다.",
      },
    },
    lesson: {
      why: {
        en: 'A Lambda trigger on a DynamoDB table does not watch the table itself: it reads the table\'s stream of item changes. The stream exists only when StreamSpecification is set. Without it the StreamArn attribute is undefined and the event source mapping fails to deploy.',
        ko: 'DynamoDB 테이블의 Lambda 트리거는 테이블 자체가 아니라 항목 변경 사항이 흐르는 테이블의 스트림을 읽습니다. 스트림은 StreamSpecification을 설정해야만 생깁니다. 설정이 없으면 StreamArn 속성이 없어 이벤트 소스 매핑 배포가 실패합니다.',
      },
      scenario: {
        en: 'The serverless blog greets every new subscriber with a welcome email: DynamoDB Streams on the users table invokes a Lambda function, and its IAM role lets it send the email through SES.',
        ko: '서버리스 블로그는 새 구독자에게 환영 이메일을 보냅니다. 사용자 테이블의 DynamoDB Streams가 Lambda 함수를 호출하고, 함수는 SES를 쓸 수 있는 IAM 역할로 메일을 보냅니다.',
      },
      answer: {
        en: 'Enable DynamoDB Streams on the table (StreamViewType NEW_IMAGE is enough to see new items) and point the event source mapping at its StreamArn. For a year of retention or many consumers, stream the table into Kinesis Data Streams instead.',
        ko: '테이블에 DynamoDB Streams를 켜고(새 항목만 보면 되므로 StreamViewType은 NEW_IMAGE로 충분) 이벤트 소스 매핑이 그 StreamArn을 가리키게 하세요. 1년 보존이나 많은 소비자가 필요하면 Kinesis Data Streams로 스트리밍하세요.',
      },
    },
    seeds: ['000', '001', '003'],
    fixes: {
      addStream: { en: 'Enable the table stream (StreamSpecification)', ko: '테이블 스트림 켜기 (StreamSpecification)' },
    },
  },
  check({ template, report }) {
    // Table → the functions that read its stream, from mappings and SAM DynamoDB events.
    const readers = new Map<string, Set<string>>();
    for (const source of lambdaEventSources(template)) {
      if (source.kind !== 'DynamoDB' || !source.source || source.sourceReference?.attribute !== 'StreamArn') continue;
      (readers.get(source.source.id) ?? readers.set(source.source.id, new Set()).get(source.source.id)!).add(source.functionId);
    }
    for (const [tableId, functions] of readers) {
      const table = template.resources.get(tableId)!;
      if (hasOpaqueProperties(table)) continue;
      const global = table.type === 'AWS::DynamoDB::GlobalTable';
      // A global table with several replicas needs the stream anyway; AL310 reports that one.
      if (global && definiteReplicas(mapGet(table.properties, 'Replicas')) > 1) continue;
      if (!isAbsent(mapGet(table.properties, 'StreamSpecification'))) continue;
      report({
        messageId: 'noStream',
        path: missingPropertyPath(table),
        resourceId: table.id,
        data: { table: table.id, functions: [...functions].join("', '") },
        // Global tables replicate from NEW_AND_OLD_IMAGES; a plain trigger needs only new images.
        fixes: setResourceProperty(template, table, ['StreamSpecification'], { StreamViewType: global ? 'NEW_AND_OLD_IMAGES' : 'NEW_IMAGE' }, 'addStream'),
      });
    }
  },
};

/** Replicas that exist whatever the conditions say. */
function definiteReplicas(replicas: CfnNode | undefined): number {
  if (!isSeq(replicas)) return 0;
  return replicas.items.filter((item) => {
    if (intrinsicName(item) !== 'Fn::If') return true;
    const args = mapGet(item, 'Fn::If');
    return isSeq(args) && !isAbsent(args.items[1]) && !isAbsent(args.items[2]);
  }).length;
}
