import { mapGet } from '../../parse/nodes';
import { resolveString } from '../../model/values';
import { referencedId } from '../../graph/references';
import { lambdaFunctions } from '../support/lambda';
import { baseLogicalId, runtimeReferences } from '../support/functionRefs';
import { isRdsConnectionReference, RDS_DATABASE_TYPES, RdsProxyIndex } from '../support/computeTargets';
import type { Rule } from '../types';

/** RDS Proxy supports MySQL, MariaDB, PostgreSQL and SQL Server engines, not Oracle or Db2. */
const NO_PROXY_ENGINE = /^(oracle|db2|custom-)/i;

export const lambdaDirectRdsConnection: Rule = {
  meta: {
    id: 'AL108',
    name: 'lambda-direct-rds-connection',
    category: 'compute',
    severity: 'warning',
    docsUrl: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy.html',
    description: {
      en: 'Lambda function connects to an RDS database without RDS Proxy',
      ko: 'Lambda 함수가 RDS Proxy 없이 RDS 데이터베이스에 직접 연결함',
    },
    messages: {
      direct: {
        en: "Function '{resource}' connects straight to database '{database}'; when Lambda scales out, every execution environment opens its own connection. Put an RDS Proxy in between.",
        ko: "'{resource}' 함수가 데이터베이스 '{database}'에 바로 연결합니다. Lambda가 확장되면 실행 환경마다 자체 연결을 엽니다. 중간에 RDS Proxy를 두세요.",
      },
      bypassesProxy: {
        en: "Function '{resource}' connects straight to database '{database}' although RDS Proxy '{proxy}' fronts it; point the function at the proxy endpoint.",
        ko: "'{resource}' 함수가 '{proxy}' 프록시(RDS Proxy)가 있는데도 데이터베이스 '{database}'에 바로 연결합니다. 함수가 프록시 엔드포인트를 사용하도록 하세요.",
      },
    },
    lesson: {
      why: {
        en: 'Each Lambda execution environment opens its own database connection. When traffic spikes and Lambda scales out to hundreds of environments, the connections exhaust the database (max_connections, memory) and it starts refusing requests. RDS Proxy keeps a shared pool, multiplexes the functions onto it, keeps connections open through a failover, and can enforce IAM authentication with credentials kept in Secrets Manager.',
        ko: 'Lambda 실행 환경은 각자 데이터베이스 연결을 엽니다. 트래픽이 몰려 Lambda가 수백 개 환경으로 확장되면 연결이 데이터베이스(max_connections, 메모리)를 고갈시켜 요청을 거부하게 됩니다. RDS Proxy는 공유 연결 풀을 유지하며 함수들을 그 풀에 다중화하고, 장애 조치 중에도 연결을 보존하며, Secrets Manager에 보관한 자격 증명으로 IAM 인증을 강제할 수 있습니다.',
      },
      scenario: {
        en: 'The Lambda network notes: when Lambda reaches RDS directly, a scale-out puts heavy load on the database, so use RDS Proxy. It shares a connection pool for scalability, improves availability and preserves connections on failure, strengthens security with IAM authentication and Secrets Manager credentials, and is reachable only from inside the VPC.',
        ko: 'Lambda 네트워크 노트: Lambda가 RDS에 직접 접근하면 Lambda가 Scale-Out 될 때 RDS에 큰 부하를 주므로 RDS Proxy를 활용해야 합니다. RDS Proxy는 DB 연결 pool을 공유해 확장성을 높이고, 장애 시 가용성을 높이고 연결을 보존하며, IAM 인증과 Secrets Manager 자격 증명으로 보안을 강화하고, VPC 내부에서만 접근할 수 있습니다.',
      },
      answer: {
        en: 'Create an AWS::RDS::DBProxy with a DBProxyTargetGroup for the database, give the function VpcConfig in the same VPC, and connect to the proxy endpoint (Fn::GetAtt Proxy.Endpoint) instead of the database endpoint. For Aurora, the Data API is another connection-free option.',
        ko: '데이터베이스를 대상으로 하는 DBProxyTargetGroup과 함께 AWS::RDS::DBProxy를 만들고, 함수에 같은 VPC의 VpcConfig를 준 뒤 데이터베이스 엔드포인트 대신 프록시 엔드포인트(Fn::GetAtt Proxy.Endpoint)에 연결하세요. Aurora라면 연결이 필요 없는 Data API도 방법입니다.',
      },
    },
    seeds: ['003'],
  },
  check({ template, report }) {
    if (template.resourcesOfType('AWS::RDS::DBInstance').length + template.resourcesOfType('AWS::RDS::DBCluster').length === 0) return;
    const proxies = new RdsProxyIndex(template);
    for (const fn of lambdaFunctions(template)) {
      const references = runtimeReferences(template, fn);
      const usedProxies = new Set<string>();
      for (const reference of references) {
        const proxy = proxies.proxyOf(baseLogicalId(reference));
        if (proxy) usedProxies.add(proxy);
      }
      const reported = new Set<string>();
      for (const reference of references) {
        const database = template.resources.get(baseLogicalId(reference));
        if (!database || !RDS_DATABASE_TYPES.has(database.type) || reported.has(database.id)) continue;
        if (!isRdsConnectionReference(template, database, reference)) continue;
        if (NO_PROXY_ENGINE.test(resolveString(template, mapGet(database.properties, 'Engine')) ?? '')) continue;
        // An Aurora instance is fronted through its cluster.
        const keys = [database.id, referencedId(mapGet(database.properties, 'DBClusterIdentifier'))].filter((id): id is string => !!id);
        // The function also names a proxy that fronts this database: the endpoint is a side detail.
        if ([...usedProxies].some((proxy) => keys.some((key) => proxies.fronts(proxy, key)))) continue;
        reported.add(database.id);
        const fronting = keys.flatMap((key) => proxies.proxiesFor(key));
        report({
          messageId: fronting.length > 0 ? 'bypassesProxy' : 'direct',
          path: reference.path,
          resourceId: fn.id,
          data: { resource: fn.id, database: database.id, ...(fronting.length > 0 ? { proxy: fronting[0] } : {}) },
        });
      }
    }
  },
};
