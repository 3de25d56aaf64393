import type { TemplateBuilder } from '../builder';
import { todoApiCode } from '../code/todoApi';
import { equals, getAtt, iff, noValue, not, note, ref, type ValueMap } from '../values';
import { userPool, type UserPoolIds } from './cognito';
import { daxAccess, daxCluster } from './dax';
import { dynamoTable, tableAccess } from './dynamodb';
import { lambdaFunction } from './lambda';
import { vpc } from './network';
import { apiInvokePermission, apiMethod, apiResource, apiStage, lambdaProxy, restApi, rootResource, stageUrl } from './restApi';

export interface ItemsApiSpec {
  /** Path of the collection: `todos`, `posts`. */
  collection: string;
  /** Logical-id stem: `Todo` → `TodoTable`, `TodoApi`, `TodoFunction`. */
  name: string;
  dax: boolean;
  stageCache: boolean;
}

export interface ItemsApiIds {
  users: UserPoolIds;
  table: string;
  fn: string;
  api: string;
  stage: string;
}

const STAGE = 'prod';

/**
 * API Gateway (Cognito authorizer) → Lambda → DynamoDB, each user seeing only their own
 * items. Read-heavy? DAX in a VPC caches item reads, and the stage cache answers
 * repeated GETs before Lambda runs.
 */
export function itemsApi(t: TemplateBuilder, spec: ItemsApiSpec): ItemsApiIds {
  const users = userPool(t);
  const table = dynamoTable(t, {
    id: `${spec.name}Table`,
    comment: 'One partition per user: a Query returns exactly that user\'s items.',
    partitionKey: 'userId',
    sortKey: 'itemId',
  });

  const environment: ValueMap = { TABLE_NAME: ref(table) };
  const statements = [tableAccess(table, 'read-write')];
  let vpcConfig: { subnetIds: ValueMap[]; securityGroupIds: ValueMap[] } | undefined;
  let layers: ValueMap | undefined;
  if (spec.dax) {
    const network = vpc(t, { azCount: 3, tiers: ['data'], gatewayEndpoints: ['dynamodb'] });
    const dax = daxCluster(t, network.vpc, network.subnets.data, table);
    environment.DAX_ENDPOINT = getAtt(dax.cluster, 'ClusterDiscoveryEndpointURL');
    statements.push(daxAccess(dax.cluster));
    vpcConfig = { subnetIds: network.subnets.data.map((s) => ref(s)), securityGroupIds: [getAtt(dax.clientSecurityGroup, 'GroupId')] };
    const layer = t.parameter('DaxClientLayerArn', {
      Type: 'String',
      Description: 'ARN of a Lambda layer with @amazon-dax-client/lib-dax. Empty: the function reads DynamoDB directly.',
      Default: '',
    });
    t.condition('HasDaxClientLayer', not(equals(layer, '')));
    layers = iff('HasDaxClientLayer', [layer], noValue());
  }
  const fn = lambdaFunction(t, {
    id: `${spec.name}Function`,
    comment: spec.dax
      ? 'The API logic. In the VPC so it can reach DAX; DynamoDB through the gateway endpoint.'
      : 'The API logic; its role can touch only this table.',
    description: `${spec.collection} API for signed-in users`,
    code: todoApiCode,
    timeout: 10,
    environment,
    statements,
    vpc: vpcConfig,
    layers,
  }).fn;

  const api = restApi(t, `${spec.name}Api`, `${spec.collection} REST API`, 'The HTTPS endpoint of the app: a managed, serverless REST API.', users.userPool);
  const collection = apiResource(t, `${spec.name}CollectionResource`, api.api, rootResource(api.api), spec.collection);
  const item = apiResource(t, `${spec.name}ItemResource`, api.api, ref(collection), '{id}');
  const cacheByUser: ValueMap = spec.stageCache
    ? {
        RequestParameters: note('The token is part of the cache key, so one user never sees another\'s cached list.', { 'method.request.header.Authorization': true }),
      }
    : {};
  apiMethod(t, api, {
    id: `${spec.name}ListMethod`,
    resource: ref(collection),
    httpMethod: 'GET',
    extra: cacheByUser,
    integration: lambdaProxy(fn, spec.stageCache ? { CacheKeyParameters: ['method.request.header.Authorization'] } : {}),
    comment: `GET /${spec.collection}: the signed-in user's items.`,
  });
  apiMethod(t, api, { id: `${spec.name}CreateMethod`, resource: ref(collection), httpMethod: 'POST', integration: lambdaProxy(fn) });
  apiMethod(t, api, { id: `${spec.name}UpdateMethod`, resource: ref(item), httpMethod: 'PUT', integration: lambdaProxy(fn) });
  apiMethod(t, api, { id: `${spec.name}DeleteMethod`, resource: ref(item), httpMethod: 'DELETE', integration: lambdaProxy(fn) });
  apiInvokePermission(t, `${spec.name}ApiInvokePermission`, fn, api.api);
  const stage = apiStage(t, api, {
    stageName: STAGE,
    cacheClusterSize: spec.stageCache ? '0.5' : undefined,
    methodSettings: spec.stageCache
      ? [{ ResourcePath: `/~1${spec.collection}`, HttpMethod: 'GET', CachingEnabled: true, CacheTtlInSeconds: 60 }]
      : undefined,
  });

  t.output(`${spec.name}ApiUrl`, { Description: 'Base URL of the API (send the Cognito ID token as Authorization)', Value: stageUrl(api.api, STAGE, `/${spec.collection}`) });
  t.output('UserPoolId', { Description: 'Cognito user pool', Value: ref(users.userPool) });
  t.output('UserPoolClientId', { Description: 'App client id for sign-in', Value: ref(users.client) });
  return { users, table, fn, api: api.api, stage };
}
