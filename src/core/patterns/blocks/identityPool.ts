import type { TemplateBuilder } from '../builder';
import { getAtt, note, ref, sub } from '../values';
import { inlinePolicy } from './iam';
import type { UserPoolIds } from './cognito';
import { privateBucket } from './storage';

/**
 * A Cognito identity pool that trades a user-pool sign-in for temporary AWS credentials
 * (STS), scoped by IAM policy variables to the user's own S3 prefix. The app manages
 * its own files without any server in between, and never holds long-term keys.
 */
export function userFilesIdentityPool(t: TemplateBuilder, users: UserPoolIds): { identityPool: string; bucket: string } {
  const bucket = privateBucket(t, { id: 'UserFilesBucket', comment: 'Each user\'s files, under private/<their identity id>/.', cors: true });
  const identityPool = t.resource(
    'UserIdentityPool',
    'AWS::Cognito::IdentityPool',
    {
      AllowUnauthenticatedIdentities: note('Signed-in users only: guests get no AWS credentials.', false),
      CognitoIdentityProviders: [{ ClientId: ref(users.client), ProviderName: getAtt(users.userPool, 'ProviderName') }],
    },
    'The identity pool hands signed-in users short-lived credentials from STS.',
  );
  t.resource(
    'UserFilesRole',
    'AWS::IAM::Role',
    {
      AssumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Federated: 'cognito-identity.amazonaws.com' },
            Action: 'sts:AssumeRoleWithWebIdentity',
            Condition: {
              StringEquals: { 'cognito-identity.amazonaws.com:aud': ref(identityPool) },
              'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' },
            },
          },
        ],
      },
      Policies: [
        inlinePolicy('OwnPrefixOnly', [
          {
            Action: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
            Resource: sub(`\${${bucket}.Arn}/private/\${!cognito-identity.amazonaws.com:sub}/*`),
          },
          {
            Action: 's3:ListBucket',
            Resource: getAtt(bucket, 'Arn'),
            Condition: { StringLike: { 's3:prefix': ['private/${cognito-identity.amazonaws.com:sub}/*'] } },
          },
        ]),
      ],
    },
    'Credentials of signed-in users: the policy variable limits each one to their own prefix.',
  );
  t.resource('UserIdentityPoolRoles', 'AWS::Cognito::IdentityPoolRoleAttachment', {
    IdentityPoolId: ref(identityPool),
    Roles: { authenticated: getAtt('UserFilesRole', 'Arn') },
  });
  t.output('IdentityPoolId', { Description: 'Cognito identity pool for S3 access from the app', Value: ref(identityPool) });
  t.output('UserFilesBucketName', { Description: 'Bucket with a private prefix per user', Value: ref(bucket) });
  return { identityPool, bucket };
}
