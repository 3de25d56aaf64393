import { intrinsicName, isSeq, mapGet, type CfnNode } from '../../parse/nodes';
import { isAbsent } from '../../model/values';
import { setResourceProperty } from '../../edit/templateEdits';
import { hasOpaqueProperties } from '../support/eventSources';
import { missingPropertyPath } from '../support/lambda';
import type { Rule } from '../types';

export const dynamodbGlobalTableStream: Rule = {
  meta: {
    id: 'AL310',
    name: 'dynamodb-global-table-stream',
    category: 'database',
    severity: 'error',
    docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-dynamodb-globaltable.html',
    description: {
      en: 'DynamoDB global table with several replicas but no stream',
      ko: '복제본이 여러 개인데 스트림이 없는 DynamoDB 글로벌 테이블',
    },
    messages: {
      noStream: {
        en: "Global table '{table}' has {replicas} replicas but no StreamSpecification; replication between Regions runs on the table stream, and CloudFormation rejects the table without it.",
        ko: "글로벌 테이블 '{table}'에 복제본이 {replicas}개 있지만 StreamSpecification이 없습니다. 리전 간 복제는 테이블 스트림으로 이루어지므로 CloudFormation은 스트림 없는 이 테이블을 거부합니다.",
      },
    },
    lesson: {
      why: {
        en: 'A global table copies every write to the other Regions by reading the change stream of the table. With more than one replica, AWS::DynamoDB::GlobalTable must declare StreamSpecification with NEW_AND_OLD_IMAGES, or the stack fails.',
        ko: '글로벌 테이블은 테이블의 변경 스트림을 읽어 모든 쓰기를 다른 리전으로 복사합니다. 복제본이 둘 이상이면 AWS::DynamoDB::GlobalTable에 NEW_AND_OLD_IMAGES로 StreamSpecification을 선언해야 하며, 없으면 스택이 실패합니다.',
      },
      scenario: {
        en: 'The database notes describe Global Tables: active-active replication across Regions, reads and writes in every Region, low-latency access close to the users, and one requirement: DynamoDB Streams must be enabled.',
        ko: '데이터베이스 노트는 글로벌 테이블을 이렇게 정리합니다. 여러 리전 간 액티브-액티브 복제, 모든 리전에서 읽기·쓰기, 사용자 가까이에서의 저지연 접근, 그리고 하나의 전제 조건: DynamoDB Streams가 켜져 있어야 합니다.',
      },
      answer: {
        en: 'Add StreamSpecification with StreamViewType NEW_AND_OLD_IMAGES to the global table before adding replicas.',
        ko: '복제본을 추가하기 전에 글로벌 테이블에 StreamViewType이 NEW_AND_OLD_IMAGES인 StreamSpecification을 추가하세요.',
      },
    },
    seeds: ['003'],
    fixes: {
      addStream: { en: 'Add StreamSpecification (NEW_AND_OLD_IMAGES)', ko: 'StreamSpecification 추가 (NEW_AND_OLD_IMAGES)' },
    },
  },
  check({ template, report }) {
    for (const table of template.resourcesOfType('AWS::DynamoDB::GlobalTable')) {
      if (hasOpaqueProperties(table)) continue;
      const replicas = definiteReplicas(mapGet(table.properties, 'Replicas'));
      if (replicas < 2 || !isAbsent(mapGet(table.properties, 'StreamSpecification'))) continue;
      report({
        messageId: 'noStream',
        path: missingPropertyPath(table),
        resourceId: table.id,
        data: { table: table.id, replicas },
        fixes: setResourceProperty(template, table, ['StreamSpecification'], { StreamViewType: 'NEW_AND_OLD_IMAGES' }, 'addStream'),
      });
    }
  },
};

/** Replicas that exist whatever the conditions say (a conditional replica may not). */
function definiteReplicas(replicas: CfnNode | undefined): number {
  if (!isSeq(replicas)) return 0;
  return replicas.items.filter((item) => {
    if (intrinsicName(item) !== 'Fn::If') return true;
    const args = mapGet(item, 'Fn::If');
    return isSeq(args) && !isAbsent(args.items[1]) && !isAbsent(args.items[2]);
  }).length;
}
