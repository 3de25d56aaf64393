import type { TemplateBuilder } from '../builder';
import { invokePermission, lambdaFunction, NODE_RUNTIME } from '../blocks/lambda';
import { uptimeCheckCode } from '../code/uptimeCheck';
import { equals, getAtt, not, note, ref, sub, type ValueMap } from '../values';
import type { PatternDefinition } from '../types';

const FUNCTION_ID = 'UptimeCheckFunction';

function parameters(t: TemplateBuilder): { url: ValueMap; schedule: ValueMap; email: ValueMap } {
  return {
    url: t.parameter('CheckUrl', { Type: 'String', Description: 'URL the job checks', Default: 'https://aws.amazon.com', AllowedPattern: '^https?://.+$' }),
    schedule: t.parameter('ScheduleExpression', {
      Type: 'String',
      Description: 'When the job runs: rate(5 minutes), or cron(0 9 * * ? *) for 09:00 UTC daily',
      Default: 'rate(5 minutes)',
      AllowedPattern: '^(rate|cron)\\(.+\\)$',
    }),
    email: t.parameter('AlertEmail', { Type: 'String', Description: 'Email for alerts (confirm the subscription mail). Empty: no email.', Default: '' }),
  };
}

function alertTopic(t: TemplateBuilder, email: ValueMap): string {
  t.condition('HasAlertEmail', not(equals(email, '')));
  const topic = t.resource('AlertTopic', 'AWS::SNS::Topic', {}, 'Alerts from the job; subscribe email, chat or on-call tools.');
  t.resource('AlertEmailSubscription', 'AWS::SNS::Subscription', { TopicArn: ref(topic), Protocol: 'email', Endpoint: email }, undefined, {
    condition: 'HasAlertEmail',
  });
  return topic;
}

/** The SAM form: the schedule is an event of the function, and SAM writes the rule and permission. */
function buildSam(t: TemplateBuilder): void {
  t.useSam();
  const { url, schedule, email } = parameters(t);
  const topic = alertTopic(t, email);
  t.resource(
    FUNCTION_ID,
    'AWS::Serverless::Function',
    {
      Description: 'Checks the URL on a schedule and alerts when it is down',
      Runtime: NODE_RUNTIME,
      Architectures: ['arm64'],
      Handler: 'index.handler',
      Timeout: 15,
      MemorySize: 256,
      Environment: { Variables: { CHECK_URL: url, ALERT_TOPIC_ARN: ref(topic) } },
      Policies: [{ SNSPublishMessagePolicy: { TopicName: getAtt(topic, 'TopicName') } }],
      Events: note('The schedule replaces the crontab of an always-on EC2 instance: you pay per run, not per hour.', {
        Schedule: { Type: 'Schedule', Properties: { Schedule: schedule, Description: 'Runs the uptime check' } },
      }),
      InlineCode: uptimeCheckCode.source,
    },
    'The job itself. SAM creates its role, the EventBridge rule and the invoke permission.',
  );
  t.resource('UptimeCheckFunctionLogs', 'AWS::Logs::LogGroup', { LogGroupName: sub(`/aws/lambda/\${${FUNCTION_ID}}`), RetentionInDays: 14 });
  outputs(t, topic);
}

/** The plain CloudFormation form: the rule, its target and the permission, written out. */
function buildCloudFormation(t: TemplateBuilder): void {
  const { url, schedule, email } = parameters(t);
  const topic = alertTopic(t, email);
  lambdaFunction(t, {
    id: FUNCTION_ID,
    comment: 'The job itself: a function that runs for seconds, instead of a server that idles all day.',
    description: 'Checks the URL on a schedule and alerts when it is down',
    code: uptimeCheckCode,
    timeout: 15,
    environment: { CHECK_URL: url, ALERT_TOPIC_ARN: ref(topic) },
    statements: [{ Action: 'sns:Publish', Resource: ref(topic) }],
  });
  t.resource(
    'UptimeCheckSchedule',
    'AWS::Events::Rule',
    {
      Description: 'Runs the uptime check',
      ScheduleExpression: schedule,
      State: 'ENABLED',
      Targets: [{ Id: 'UptimeCheck', Arn: getAtt(FUNCTION_ID, 'Arn') }],
    },
    'The schedule replaces the crontab of an always-on EC2 instance: you pay per run, not per hour.',
  );
  invokePermission(
    t,
    'UptimeCheckInvokePermission',
    FUNCTION_ID,
    'events.amazonaws.com',
    getAtt('UptimeCheckSchedule', 'Arn'),
    'EventBridge may invoke the function, from this rule only.',
  );
  outputs(t, topic);
}

function outputs(t: TemplateBuilder, topic: string): void {
  t.output('AlertTopicArn', { Description: 'Subscribe to the alerts', Value: ref(topic) });
  t.output('RunNowCommand', { Description: 'Run the job once by hand', Value: sub(`aws lambda invoke --function-name \${${FUNCTION_ID}} result.json`) });
}

export const serverlessCronPattern: PatternDefinition = {
  id: 'serverless-cron',
  version: '1.0.0',
  title: { en: 'Serverless cron job', ko: '서버리스 크론 작업' },
  description: {
    en: 'An EventBridge schedule invokes a Lambda function (here an uptime check that alerts through SNS), replacing a crontab on an always-on EC2 instance.',
    ko: 'EventBridge 일정이 Lambda 함수(여기서는 SNS로 알리는 가동 시간 점검)를 호출하여, 항상 켜져 있는 EC2의 크론을 대체합니다.',
  },
  seeds: ['003'],
  scenario: {
    en: 'A job runs every few minutes on an EC2 instance that idles the rest of the time; an EventBridge schedule and a Lambda function do the same with no server to patch or pay for.',
    ko: '몇 분마다 실행되는 작업 때문에 나머지 시간에는 놀고 있는 EC2 인스턴스를 유지합니다. EventBridge 일정과 Lambda로 관리하거나 비용을 낼 서버 없이 같은 일을 합니다.',
  },
  keywords: ['cron', 'schedule', 'eventbridge', 'cloudwatch events', 'lambda', 'sam', '크론', '스케줄'],
  options: [
    {
      kind: 'choice',
      key: 'flavor',
      title: { en: 'Template style', ko: '템플릿 형식' },
      description: { en: 'AWS SAM (short) or plain CloudFormation (every part written out)', ko: 'AWS SAM(간결) 또는 일반 CloudFormation(모든 구성 요소를 명시)' },
      default: 'sam',
      choices: [
        { value: 'sam', title: { en: 'AWS SAM', ko: 'AWS SAM' } },
        { value: 'cloudformation', title: { en: 'CloudFormation', ko: 'CloudFormation' } },
      ],
    },
  ],
  build(t, options) {
    if (options.flavor === 'cloudformation') buildCloudFormation(t);
    else buildSam(t);
  },
};
