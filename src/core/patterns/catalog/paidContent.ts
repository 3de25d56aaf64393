import { userPool } from '../blocks/cognito';
import { dynamoTable, tableAccess } from '../blocks/dynamodb';
import { lambdaFunction } from '../blocks/lambda';
import { apiInvokePermission, apiMethod, apiResource, apiStage, lambdaProxy, restApi, rootResource, stageUrl } from '../blocks/restApi';
import { staticSite } from '../blocks/staticSite';
import { CACHE_POLICY } from '../blocks/storage';
import { registerUserCode, signedUrlCode } from '../code/paidContent';
import { getAtt, note, ref, sub } from '../values';
import type { PatternDefinition } from '../types';

export const paidContentPattern: PatternDefinition = {
  id: 'paid-content',
  version: '1.0.0',
  title: { en: 'Paid content with CloudFront signed URLs', ko: 'CloudFront 서명된 URL을 사용하는 유료 콘텐츠' },
  description: {
    en: 'A private content bucket behind CloudFront (OAC) whose /premium/* path needs a signed URL from a trusted key group; an API with a Cognito authorizer registers users and, for premium members, returns a signed URL valid for five minutes.',
    ko: 'CloudFront(OAC) 뒤의 비공개 콘텐츠 버킷. /premium/* 경로는 신뢰할 수 있는 키 그룹의 서명된 URL이 필요합니다. Cognito 권한 부여자가 있는 API가 사용자를 등록하고, 프리미엄 회원에게 5분간 유효한 서명된 URL을 돌려줍니다.',
  },
  seeds: ['000'],
  scenario: {
    en: 'A video site sells premium content worldwide: only paying members may download it, through the CDN. CloudFront signed URLs (not S3 pre-signed URLs, which don\'t work behind OAC) are issued by an authenticated API after it checks the premium flag.',
    ko: '전 세계에 프리미엄 콘텐츠를 판매하는 동영상 사이트: 결제한 회원만 CDN을 통해 받을 수 있습니다. 인증된 API가 프리미엄 여부를 확인한 뒤 CloudFront 서명된 URL을 발급합니다(OAC 뒤에서는 S3 미리 서명된 URL이 동작하지 않음).',
  },
  keywords: ['cloudfront', 'signed url', 'key group', 'premium', 'cognito', 'api gateway', 'dynamodb', '유료', '서명'],
  options: [],
  build(t) {
    const publicKey = t.parameter('SigningPublicKeyPem', {
      Type: 'String',
      Description: 'PEM public key for signed URLs (openssl genrsa -out private_key.pem 2048; openssl rsa -pubout -in private_key.pem -out public_key.pem)',
      AllowedPattern: '^-----BEGIN PUBLIC KEY-----[\\s\\S]+-----END PUBLIC KEY-----\\s*$',
      ConstraintDescription: 'a PEM-encoded RSA public key',
    });
    const privateKeySecret = t.parameter('PrivateKeySecretArn', {
      Type: 'String',
      Description: 'ARN of a Secrets Manager secret whose value is the matching PEM private key (aws secretsmanager create-secret --secret-string file://private_key.pem)',
      AllowedPattern: '^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\\d{12}:secret:.+$',
    });
    t.resource(
      'SigningKey',
      'AWS::CloudFront::PublicKey',
      {
        PublicKeyConfig: {
          Name: sub('${AWS::StackName}-signingkey'),
          CallerReference: sub('${AWS::StackName}-signingkey'),
          EncodedKey: publicKey,
          Comment: 'Verifies signed URLs for premium content',
        },
      },
      'CloudFront checks signatures with this public key; the private key stays in Secrets Manager.',
    );
    t.resource('SigningKeyGroup', 'AWS::CloudFront::KeyGroup', {
      KeyGroupConfig: { Name: sub('${AWS::StackName}-signingkeygroup'), Items: [ref('SigningKey')] },
    });
    const site = staticSite(t, {
      prefix: 'Content',
      behaviors: [
        note('Premium paths need a signed URL: CloudFront refuses any request not signed by the key group.', {
          PathPattern: '/premium/*',
          TargetOriginId: 'ContentBucketOrigin',
          ViewerProtocolPolicy: 'https-only',
          CachePolicyId: CACHE_POLICY.cachingOptimized,
          TrustedKeyGroups: [ref('SigningKeyGroup')],
          Compress: true,
        }),
      ],
    });

    const users = userPool(t);
    const table = dynamoTable(t, { id: 'MembersTable', comment: 'One profile per member, with the premium flag the URL issuer checks.', partitionKey: 'userId' });
    const register = lambdaFunction(t, {
      id: 'RegisterFunction',
      comment: 'Registration: creates the member\'s profile (not premium until they pay).',
      description: 'Registers a signed-in user',
      code: registerUserCode,
      environment: { USERS_TABLE: ref(table) },
      statements: [{ Action: 'dynamodb:PutItem', Resource: getAtt(table, 'Arn') }],
    }).fn;
    const signer = lambdaFunction(t, {
      id: 'SignedUrlFunction',
      comment: 'Checks the premium flag, then signs a CloudFront URL that expires in five minutes.',
      description: 'Issues signed URLs for premium content',
      code: signedUrlCode,
      environment: {
        USERS_TABLE: ref(table),
        DISTRIBUTION_DOMAIN: getAtt(site.distribution, 'DomainName'),
        KEY_PAIR_ID: ref('SigningKey'),
        PRIVATE_KEY_SECRET_ARN: privateKeySecret,
      },
      statements: [tableAccess(table, 'read'), { Action: 'secretsmanager:GetSecretValue', Resource: privateKeySecret }],
    }).fn;

    const api = restApi(t, 'MembersApi', 'Registration and signed URLs', 'The members\' API: every call carries a Cognito token.', users.userPool);
    const registerResource = apiResource(t, 'RegisterResource', api.api, rootResource(api.api), 'register');
    const contentResource = apiResource(t, 'ContentResource', api.api, rootResource(api.api), 'content');
    const keyResource = apiResource(t, 'ContentKeyResource', api.api, ref(contentResource), '{key}');
    apiMethod(t, api, { id: 'RegisterMethod', resource: ref(registerResource), httpMethod: 'POST', integration: lambdaProxy(register), comment: 'POST /register' });
    apiMethod(t, api, { id: 'SignedUrlMethod', resource: ref(keyResource), httpMethod: 'GET', integration: lambdaProxy(signer), comment: 'GET /content/{key}: a signed URL for premium members' });
    apiInvokePermission(t, 'RegisterInvokePermission', register, api.api);
    apiInvokePermission(t, 'SignedUrlInvokePermission', signer, api.api);
    apiStage(t, api, { stageName: 'prod' });

    t.output('ContentUrl', { Description: 'Free content; /premium/* needs a signed URL', Value: sub(`https://\${${site.distribution}.DomainName}`) });
    t.output('ContentBucketName', { Description: 'Upload content here (premium under premium/)', Value: ref(site.bucket) });
    t.output('ApiUrl', { Description: 'POST /register, GET /content/{key}', Value: stageUrl(api.api, 'prod') });
    t.output('UserPoolClientId', { Description: 'App client for sign-in', Value: ref(users.client) });
    t.output('MakePremiumCommand', {
      Description: 'After payment, flag a member as premium',
      Value: sub(`aws dynamodb update-item --table-name \${${table}} --key '{"userId":{"S":"USER_SUB"}}' --update-expression 'SET premium = :p' --expression-attribute-values '{":p":{"BOOL":true}}'`),
    });
  },
};
