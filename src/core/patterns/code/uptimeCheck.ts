import { inlineCode } from './inlineCode';

/** The cron job: check a URL on a schedule and raise an alert when it's down. */
export const uptimeCheckCode = inlineCode(
  'uptime-check',
  `
const { SNSClient, PublishCommand } = require('@aws-sdk/client-sns');
const sns = new SNSClient({});

exports.handler = async () => {
  const url = process.env.CHECK_URL;
  const started = Date.now();
  let status = 0;
  let problem;
  try {
    const response = await fetch(url, { method: 'GET', redirect: 'follow', signal: AbortSignal.timeout(10000) });
    status = response.status;
    if (!response.ok) problem = 'HTTP ' + status;
  } catch (error) {
    problem = error.name === 'TimeoutError' ? 'no answer within 10 s' : error.message;
  }
  const result = { url, status, ms: Date.now() - started, ok: !problem };
  console.log(JSON.stringify(result));
  if (problem) {
    await sns.send(new PublishCommand({
      TopicArn: process.env.ALERT_TOPIC_ARN,
      Subject: 'Uptime check failed',
      Message: url + ' is down: ' + problem,
    }));
  }
  return result;
};
`,
);
