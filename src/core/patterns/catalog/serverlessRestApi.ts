import { userFilesIdentityPool } from '../blocks/identityPool';
import { itemsApi } from '../blocks/itemsApi';
import type { PatternDefinition, ToggleOption } from '../types';

export const DAX_OPTION: ToggleOption = {
  kind: 'toggle',
  key: 'dax',
  title: { en: 'DAX cache', ko: 'DAX 캐시' },
  description: { en: 'DAX cluster in a VPC for read-heavy traffic (the function joins the VPC)', ko: '읽기가 많은 트래픽을 위한 VPC 안의 DAX 클러스터(함수도 VPC에 연결)' },
  default: false,
};

export const STAGE_CACHE_OPTION: ToggleOption = {
  kind: 'toggle',
  key: 'stageCache',
  title: { en: 'API cache', ko: 'API 캐시' },
  description: { en: 'API Gateway stage caching for GET, keyed by user', ko: '사용자별 키로 GET 응답을 캐싱하는 API Gateway 스테이지 캐시' },
  default: false,
};

export const serverlessRestApiPattern: PatternDefinition = {
  id: 'serverless-rest-api',
  version: '1.0.0',
  title: { en: 'To-do mobile app REST API', ko: '할 일 모바일 앱 REST API' },
  description: {
    en: 'API Gateway REST API with a Cognito User Pool authorizer in front of Lambda and DynamoDB; optional DAX, stage caching, and a Cognito Identity Pool giving each user their own S3 prefix.',
    ko: 'Cognito 사용자 풀 권한 부여자가 있는 API Gateway REST API → Lambda → DynamoDB. 선택적으로 DAX, 스테이지 캐싱, 사용자별 S3 접두사를 주는 Cognito 자격 증명 풀.',
  },
  seeds: ['001', '003'],
  scenario: {
    en: 'A to-do app: an HTTPS REST API, serverless, users authenticated by a managed service, mostly reads; users may manage their own files in S3 with temporary credentials from STS.',
    ko: '할 일 앱: HTTPS REST API, 서버리스, 관리형 서비스로 인증하는 사용자, 대부분 읽기. 사용자는 STS의 임시 자격 증명으로 S3의 자기 파일을 관리할 수 있습니다.',
  },
  keywords: ['api gateway', 'rest', 'lambda', 'dynamodb', 'cognito', 'dax', 'cache', 'sts', 's3', '모바일', 'todo'],
  options: [
    DAX_OPTION,
    STAGE_CACHE_OPTION,
    {
      kind: 'toggle',
      key: 'userFiles',
      title: { en: 'Per-user S3 files', ko: '사용자별 S3 파일' },
      description: { en: 'Cognito Identity Pool: each user gets credentials for their own S3 prefix', ko: 'Cognito 자격 증명 풀: 사용자마다 자기 S3 접두사에 대한 자격 증명' },
      default: false,
    },
  ],
  build(t, options) {
    const api = itemsApi(t, { collection: 'todos', name: 'Todo', dax: options.dax === true, stageCache: options.stageCache === true });
    if (options.userFiles === true) userFilesIdentityPool(t, api.users);
  },
};
