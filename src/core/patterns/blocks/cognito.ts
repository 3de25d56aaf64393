import type { TemplateBuilder } from '../builder';
import { getAtt, ref, sub } from '../values';

export interface UserPoolIds {
  userPool: string;
  client: string;
}

/** A Cognito user pool: sign-up with email, verified addresses, a strong password policy. */
export function userPool(t: TemplateBuilder, prefix = 'Users'): UserPoolIds {
  const ids: UserPoolIds = { userPool: `${prefix}Pool`, client: `${prefix}PoolClient` };
  t.resource(
    ids.userPool,
    'AWS::Cognito::UserPool',
    {
      UserPoolName: sub(`\${AWS::StackName}-${prefix.toLowerCase()}`),
      UsernameAttributes: ['email'],
      AutoVerifiedAttributes: ['email'],
      Policies: { PasswordPolicy: { MinimumLength: 12, RequireLowercase: true, RequireUppercase: true, RequireNumbers: true, RequireSymbols: false } },
      AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] },
    },
    'Users sign up and sign in with Cognito: a managed, serverless identity service.',
  );
  t.resource(
    ids.client,
    'AWS::Cognito::UserPoolClient',
    {
      UserPoolId: ref(ids.userPool),
      ClientName: 'app',
      GenerateSecret: false,
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      PreventUserExistenceErrors: 'ENABLED',
    },
    'The mobile or web app signs users in through this client (SRP: the password never leaves the device).',
  );
  return ids;
}

export const userPoolArn = (ids: UserPoolIds) => getAtt(ids.userPool, 'Arn');
