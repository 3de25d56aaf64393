import { inlineCode } from './inlineCode';

/** DynamoDB Streams → Lambda → SES: one welcome email per new subscriber. */
export const welcomeEmailCode = inlineCode(
  'welcome-email',
  `
const { SESv2Client, SendEmailCommand } = require('@aws-sdk/client-sesv2');
const ses = new SESv2Client({});

// Each INSERT on the subscribers table is a new subscriber to greet.
exports.handler = async (event) => {
  const batchItemFailures = [];
  for (const record of event.Records) {
    if (record.eventName !== 'INSERT') continue;
    const item = record.dynamodb.NewImage || {};
    const email = item.email && item.email.S;
    if (!email) continue;
    const name = (item.name && item.name.S) || 'there';
    try {
      await ses.send(new SendEmailCommand({
        FromEmailAddress: process.env.SENDER_ADDRESS,
        Destination: { ToAddresses: [email] },
        Content: {
          Simple: {
            Subject: { Data: 'Welcome to ' + process.env.SITE_NAME },
            Body: { Text: { Data: 'Hi ' + name + ',\\n\\nThanks for subscribing to ' + process.env.SITE_NAME + '. New posts will reach you here.\\n' } },
          },
        },
      }));
      console.log('Welcomed', email);
    } catch (error) {
      // Retry only this record; the rest of the batch is done.
      console.error('Could not email', email, error);
      batchItemFailures.push({ itemIdentifier: record.dynamodb.SequenceNumber });
    }
  }
  return { batchItemFailures };
};
`,
);
