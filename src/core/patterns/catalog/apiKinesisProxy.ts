import { assumedBy, inlinePolicy } from '../blocks/iam';
import { apiMethod, apiResource, apiStage, restApi, rootResource, stageUrl } from '../blocks/restApi';
import { getAtt, note, ref, sub } from '../values';
import type { PatternDefinition } from '../types';

const STAGE = 'prod';

/** API Gateway's mapping template: the body becomes the record, the device id its partition key. */
const PUT_RECORD_TEMPLATE = `{
  "StreamName": "\${IngestStream}",
  "Data": "$util.base64Encode($input.body)",
  "PartitionKey": "$input.params('device')"
}`;

export const apiKinesisProxyPattern: PatternDefinition = {
  id: 'api-kinesis-proxy',
  version: '1.0.0',
  title: { en: 'API in front of Kinesis', ko: 'Kinesis 앞의 API' },
  description: {
    en: 'An API Gateway REST API whose AWS-service integration puts each request body into a Kinesis data stream, so clients need no AWS credentials; an API key and usage plan meter and throttle them.',
    ko: 'API Gateway REST API의 AWS 서비스 통합이 요청 본문을 Kinesis 데이터 스트림에 넣으므로 클라이언트에 AWS 자격 증명이 필요 없습니다. API 키와 사용량 계획으로 측정하고 제한합니다.',
  },
  seeds: ['003'],
  scenario: {
    en: 'Devices or partners send events over plain HTTPS: API Gateway calls Kinesis PutRecord itself (no Lambda in between), with an IAM role the clients never see.',
    ko: '장치나 파트너가 일반 HTTPS로 이벤트를 보냅니다. API Gateway가 Lambda 없이 직접 Kinesis PutRecord를 호출하며, 클라이언트는 IAM 역할을 볼 수 없습니다.',
  },
  keywords: ['api gateway', 'kinesis', 'service integration', 'proxy', 'api key', 'usage plan', 'iot', '스트림'],
  options: [],
  build(t) {
    t.resource(
      'IngestStream',
      'AWS::Kinesis::Stream',
      { StreamModeDetails: { StreamMode: 'ON_DEMAND' }, RetentionPeriodHours: 24, StreamEncryption: { EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' } },
      'The stream that receives the events; consumers read it at their own pace.',
    );
    t.resource(
      'ApiKinesisRole',
      'AWS::IAM::Role',
      {
        AssumeRolePolicyDocument: assumedBy('apigateway.amazonaws.com'),
        Policies: [inlinePolicy('PutRecords', [{ Action: ['kinesis:PutRecord', 'kinesis:PutRecords'], Resource: getAtt('IngestStream', 'Arn') }])],
      },
      'API Gateway assumes this role to write to the stream; clients hold no AWS credentials.',
    );
    const api = restApi(t, 'IngestApi', 'Puts events into Kinesis', 'A REST API with an AWS-service integration: no Lambda between the client and Kinesis.');
    const device = apiResource(t, 'DeviceResource', api.api, rootResource(api.api), '{device}');
    const records = apiResource(t, 'RecordsResource', api.api, ref(device), 'records');
    apiMethod(t, api, {
      id: 'PutRecordMethod',
      resource: ref(records),
      httpMethod: 'POST',
      extra: { RequestParameters: { 'method.request.path.device': true }, MethodResponses: [{ StatusCode: '200' }, { StatusCode: '500' }] },
      integration: {
        Type: 'AWS',
        IntegrationHttpMethod: 'POST',
        Uri: sub('arn:${AWS::Partition}:apigateway:${AWS::Region}:kinesis:action/PutRecord'),
        Credentials: getAtt('ApiKinesisRole', 'Arn'),
        PassthroughBehavior: 'NEVER',
        RequestParameters: { 'integration.request.header.Content-Type': "'application/x-amz-json-1.1'" },
        RequestTemplates: note('The request body becomes the record; the device id in the path is its partition key.', { 'application/json': sub(PUT_RECORD_TEMPLATE) }),
        IntegrationResponses: [
          { StatusCode: '200', ResponseTemplates: { 'application/json': '{"sequenceNumber": "$input.path(\'$.SequenceNumber\')"}' } },
          { StatusCode: '500', SelectionPattern: '5\\d{2}' },
        ],
      },
      comment: 'POST /{device}/records: one Kinesis record per request. An API key is required.',
    });
    const stage = apiStage(t, api, { stageName: STAGE });
    t.resource('IngestApiKey', 'AWS::ApiGateway::ApiKey', { Enabled: true, Description: 'Key for one client' }, 'Each client gets a key; the usage plan meters and throttles it.', { dependsOn: stage });
    t.resource('IngestUsagePlan', 'AWS::ApiGateway::UsagePlan', {
      ApiStages: [{ ApiId: ref(api.api), Stage: ref(stage) }],
      Throttle: { RateLimit: 100, BurstLimit: 200 },
      Quota: { Limit: 1_000_000, Period: 'MONTH' },
    });
    t.resource('IngestUsagePlanKey', 'AWS::ApiGateway::UsagePlanKey', { KeyId: ref('IngestApiKey'), KeyType: 'API_KEY', UsagePlanId: ref('IngestUsagePlan') });
    t.output('IngestUrl', { Description: 'POST events to {url}/{device}/records', Value: stageUrl(api.api, STAGE) });
    t.output('ApiKeyId', { Description: 'Read the key value with: aws apigateway get-api-key --include-value --api-key <id>', Value: ref('IngestApiKey') });
    t.output('StreamName', { Description: 'Where the records land', Value: ref('IngestStream') });
    t.output('TryItCommand', {
      Description: 'Send one event (replace KEY with the key value)',
      Value: sub(`curl -X POST -H 'x-api-key: KEY' -H 'Content-Type: application/json' -d '{"temp":21.5}' https://\${IngestApi}.execute-api.\${AWS::Region}.\${AWS::URLSuffix}/${STAGE}/truck-42/records`),
    });
  },
};
