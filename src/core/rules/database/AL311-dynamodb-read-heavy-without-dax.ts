import { mapGet } from '../../parse/nodes';
import type { Template } from '../../model/template';
import { resolveBoolean, resolveNumber, resolveString } from '../../model/values';
import { daxClusters } from '../support/cache';
import { mentionedResources, resourcesGrantedTo, roleStatements } from '../support/eventSources';
import { lambdaFunctions } from '../support/lambda';
import type { Rule } from '../types';

const MIN_READ_UNITS = 100;
/** Readers named in a message; the rest would only lengthen it. */
const MAX_NAMED_READERS = 5;
const READ_WRITE_RATIO = 10;
const READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:Scan'];
/** API resources whose integration can name a table or the function that reads it. */
const API_TYPES = ['AWS::ApiGateway::Method', 'AWS::ApiGatewayV2::Integration', 'AWS::AppSync::DataSource'];

export const dynamodbReadHeavyWithoutDax: Rule = {
  meta: {
    id: 'AL311',
    name: 'dynamodb-read-heavy-without-dax',
    category: 'database',
    severity: 'info',
    docsUrl: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAX.html',
    description: {
      en: 'Read-heavy provisioned DynamoDB table with no cache in front',
      ko: '읽기 위주의 프로비저닝 DynamoDB 테이블 앞에 캐시가 없음',
    },
    messages: {
      readHeavy: {
        en: "Table '{table}' provisions {reads} RCU for {writes} WCU ({ratio}× more reads) and is read by '{readers}', with no DAX cluster in the template; a cache would serve the repeated reads faster and with far fewer RCUs.",
        ko: "테이블 '{table}'은 WCU {writes}에 RCU {reads}를 프로비저닝하며(읽기가 {ratio}배), '{readers}'가 이 테이블을 읽는데 템플릿에 DAX 클러스터가 없습니다. 캐시를 두면 반복 읽기를 더 빠르게, 훨씬 적은 RCU로 처리할 수 있습니다.",
      },
    },
    lesson: {
      why: {
        en: 'Provisioned read capacity is paid for every hour, even when the same items are read again and again. When reads dominate, a cache in front of the table answers repeated reads in microseconds, so the table needs far fewer RCUs.',
        ko: '프로비저닝된 읽기 용량은 같은 항목을 반복해서 읽더라도 매시간 비용이 나갑니다. 읽기가 대부분이라면 테이블 앞의 캐시가 반복 읽기를 마이크로초 단위로 응답하므로 테이블에 필요한 RCU가 크게 줄어듭니다.',
      },
      scenario: {
        en: 'The mobile to-do app: API Gateway → Lambda → DynamoDB, with users signed in through Cognito, who mostly read. To raise read throughput and lower cost the answer is DAX in front of DynamoDB, because RCUs cost money; API Gateway can also cache responses.',
        ko: '모바일 To-Do 앱: API Gateway → Lambda → DynamoDB 구조이고, 사용자는 Cognito로 인증하며 대부분 읽기만 합니다. 읽기 처리량을 높이고 비용을 줄이는 정답은 DynamoDB 앞의 DAX입니다. RCU에는 비용이 들기 때문입니다. API Gateway도 응답을 캐싱할 수 있습니다.',
      },
      answer: {
        en: 'Put a DAX cluster in front of the table. It speaks the DynamoDB API, so the code hardly changes. Or enable API Gateway response caching. For spiky, unpredictable traffic consider on-demand capacity.',
        ko: '테이블 앞에 DAX 클러스터를 두세요. DynamoDB API와 호환되어 코드 변경이 거의 없습니다. 또는 API Gateway 응답 캐싱을 켜세요. 예측하기 어려운 급증 트래픽이라면 온디맨드 용량도 고려하세요.',
      },
    },
    seeds: ['001', '003'],
  },
  check({ template, report }) {
    const tables = template.resourcesOfType('AWS::DynamoDB::Table');
    if (tables.length === 0 || daxClusters(template).length > 0 || hasApiCache(template)) return;
    let readers: Map<string, string[]> | undefined;
    for (const table of tables) {
      const billing = mapGet(table.properties, 'BillingMode');
      if (billing !== undefined && resolveString(template, billing) !== 'PROVISIONED') continue;
      const throughput = mapGet(table.properties, 'ProvisionedThroughput');
      const readNode = mapGet(throughput, 'ReadCapacityUnits');
      const reads = resolveNumber(template, readNode);
      const writes = resolveNumber(template, mapGet(throughput, 'WriteCapacityUnits'));
      if (!readNode || reads === undefined || writes === undefined) continue;
      if (reads < MIN_READ_UNITS || reads < READ_WRITE_RATIO * writes) continue;
      readers ??= tableReaders(template);
      const who = readers.get(table.id);
      if (!who) continue;
      report({
        messageId: 'readHeavy',
        path: template.pathOf(readNode) ?? ['Resources', table.id, 'Properties', 'ProvisionedThroughput', 'ReadCapacityUnits'],
        resourceId: table.id,
        data: { table: table.id, reads, writes, ratio: writes > 0 ? Math.round((reads / writes) * 10) / 10 : reads, readers: who.join("', '") },
      });
    }
  },
};

/** API Gateway response caching is the other right answer. */
function hasApiCache(template: Template): boolean {
  const stages = [...template.resourcesOfType('AWS::ApiGateway::Stage'), ...template.resourcesOfType('AWS::Serverless::Api')];
  return stages.some((stage) => resolveBoolean(template, mapGet(stage.effectiveProperties, 'CacheClusterEnabled')) === true);
}

/**
 * Table → the functions and APIs that read it: a function that names the table (environment,
 * SAM policy templates) or whose role may read it, and API integrations that name it.
 */
function tableReaders(template: Template): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (tableId: string, reader: string) => {
    if (template.resources.get(tableId)?.type !== 'AWS::DynamoDB::Table') return;
    const list = out.get(tableId) ?? out.set(tableId, []).get(tableId)!;
    if (list.length < MAX_NAMED_READERS && !list.includes(reader)) list.push(reader);
  };
  // Role → what it may read, and role → the functions that run with it: joined per role,
  // so one role shared by many functions and tables stays linear.
  const readable = new Map<string, Set<string>>();
  for (const [roleId, statements] of roleStatements(template)) readable.set(roleId, resourcesGrantedTo(template, statements, READ_ACTIONS));
  const functionsByRole = new Map<string, string[]>();
  for (const fn of lambdaFunctions(template)) {
    for (const id of mentionedResources(template, fn.effectiveProperties)) {
      if (readable.has(id)) (functionsByRole.get(id) ?? functionsByRole.set(id, []).get(id)!).push(fn.id);
      else add(id, fn.id);
    }
  }
  for (const [roleId, functions] of functionsByRole) {
    for (const tableId of readable.get(roleId)!) for (const fn of functions.slice(0, MAX_NAMED_READERS)) add(tableId, fn);
  }
  for (const type of API_TYPES) {
    for (const api of template.resourcesOfType(type)) for (const id of mentionedResources(template, api.properties)) add(id, api.id);
  }
  return out;
}
