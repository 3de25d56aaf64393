import type { TemplateBuilder } from '../builder';
import { welcomeEmailCode } from '../code/welcomeEmail';
import { getAtt, note, ref, sub, type Value } from '../values';
import { dynamoTable, streamRead } from './dynamodb';
import { eventSourceMapping, lambdaFunction } from './lambda';
import { MAX_RETENTION_SECONDS } from './messaging';

export interface WelcomeEmailIds {
  table: string;
  fn: string;
  identity: string;
}

/**
 * welcome-email: a subscribers table with Streams → Lambda (allowed `ses:SendEmail` for
 * one sender identity) → SES. Only INSERT events reach the function.
 */
export function welcomeEmail(t: TemplateBuilder, siteName: Value): WelcomeEmailIds {
  const sender = t.parameter('SenderAddress', {
    Type: 'String',
    Description: 'Address the welcome email comes from. SES sends it a verification link when the stack is created.',
    AllowedPattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$',
    ConstraintDescription: 'an email address',
  });
  const identity = t.resource(
    'SenderIdentity',
    'AWS::SES::EmailIdentity',
    { EmailIdentity: sender },
    'SES only sends from verified identities; click the link SES mails to this address.',
  );
  const table = dynamoTable(t, {
    id: 'SubscribersTable',
    comment: 'Subscribers. A new item is a new subscriber; the stream announces it.',
    partitionKey: 'email',
    stream: 'NEW_IMAGE',
  });
  t.resource(
    'WelcomeEmailFailures',
    'AWS::SQS::Queue',
    { MessageRetentionPeriod: MAX_RETENTION_SECONDS, SqsManagedSseEnabled: true },
    'Stream records that still fail after retries land here instead of blocking the shard.',
  );
  const fn = lambdaFunction(t, {
    id: 'WelcomeEmailFunction',
    comment: 'Sends the welcome email through SES; its role may send only as the sender identity.',
    description: 'Sends a welcome email to each new subscriber',
    code: welcomeEmailCode,
    timeout: 30,
    environment: { SENDER_ADDRESS: sender, SITE_NAME: siteName },
    statements: [
      ...streamRead(table),
      { Action: 'ses:SendEmail', Resource: sub('arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:identity/${SenderAddress}') },
      { Action: 'sqs:SendMessage', Resource: getAtt('WelcomeEmailFailures', 'Arn') },
    ],
  }).fn;
  eventSourceMapping(t, 'WelcomeEmailTrigger', fn, getAtt(table, 'StreamArn'), 'DynamoDB Streams invokes the function with batches of new items.', {
    startingPosition: 'LATEST',
    batchSize: 10,
    extra: {
      FilterCriteria: note('Filter at the source: updates and deletes never invoke (or bill) the function.', {
        Filters: [{ Pattern: JSON.stringify({ eventName: ['INSERT'] }) }],
      }),
      MaximumRetryAttempts: 3,
      BisectBatchOnFunctionError: true,
      DestinationConfig: { OnFailure: { Destination: getAtt('WelcomeEmailFailures', 'Arn') } },
    },
  });
  t.output('SubscribersTableName', { Description: 'Table to add subscribers to', Value: ref(table) });
  t.output('AddSubscriberCommand', {
    Description: 'Try it: add a subscriber and watch the email arrive',
    Value: sub(`aws dynamodb put-item --table-name \${${table}} --item '{"email":{"S":"you@example.com"},"name":{"S":"You"}}'`),
  });
  return { table, fn, identity };
}
