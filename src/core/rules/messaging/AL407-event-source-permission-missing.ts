import { nodeAt, toPlain } from '../../parse/nodes';
import type { Template } from '../../model/template';
import { addResource, freshLogicalId } from '../../edit/templateEdits';
import { addDependsOn } from '../../edit/dependsOn';
import { combineInsertions } from '../../edit/combine';
import type { PlainValue } from '../../edit/serialize';
import {
  bucketArnWithoutCycle,
  bucketNotificationTargets,
  eventRuleLambdaTargets,
  grantOnResourcePolicy,
  lambdaPermissionsByFunction,
  permissionsAllow,
  policiesAllow,
  type PushTarget,
} from '../support/eventSources';
import { topicPolicies } from '../support/sns';
import { queuePolicies } from '../support/sqs';
import type { ReportDescriptor, Rule } from '../types';

type Fixes = ReportDescriptor['fixes'];

export const eventSourcePermissionMissing: Rule = {
  meta: {
    id: 'AL407',
    name: 'event-source-permission-missing',
    category: 'messaging',
    severity: 'error',
    docsUrl: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/grant-destinations-permissions-to-s3.html',
    description: {
      en: 'S3 or EventBridge sends events to a target that does not allow it',
      ko: 'S3나 EventBridge가 허용되지 않은 대상으로 이벤트를 보냄',
    },
    messages: {
      s3Lambda: {
        en: "Bucket '{sender}' notifies function '{target}', but no AWS::Lambda::Permission lets s3.amazonaws.com invoke it; CloudFormation fails to create the bucket notification.",
        ko: "버킷 '{sender}'이 함수 '{target}'에 알림을 보내지만, s3.amazonaws.com의 호출을 허용하는 AWS::Lambda::Permission이 없습니다. CloudFormation이 버킷 알림을 만들지 못합니다.",
      },
      s3Queue: {
        en: "Bucket '{sender}' sends events to queue '{target}', but no queue policy lets s3.amazonaws.com send messages to it; CloudFormation fails to create the bucket notification.",
        ko: "버킷 '{sender}'이 큐 '{target}'로 이벤트를 보내지만, s3.amazonaws.com의 메시지 전송을 허용하는 큐 정책이 없습니다. CloudFormation이 버킷 알림을 만들지 못합니다.",
      },
      s3Topic: {
        en: "Bucket '{sender}' sends events to topic '{target}', but no topic policy lets s3.amazonaws.com publish to it; CloudFormation fails to create the bucket notification.",
        ko: "버킷 '{sender}'이 토픽 '{target}'으로 이벤트를 보내지만, s3.amazonaws.com의 발행을 허용하는 토픽 정책이 없습니다. CloudFormation이 버킷 알림을 만들지 못합니다.",
      },
      eventsLambda: {
        en: "EventBridge rule '{sender}' targets function '{target}', but no AWS::Lambda::Permission lets events.amazonaws.com invoke it; the rule matches and the function is never called.",
        ko: "EventBridge 규칙 '{sender}'이 함수 '{target}'를 대상으로 하지만, events.amazonaws.com의 호출을 허용하는 AWS::Lambda::Permission이 없습니다. 규칙은 일치해도 함수는 호출되지 않습니다.",
      },
    },
    lesson: {
      why: {
        en: 'S3 and EventBridge call their targets as AWS services, so each target has to let that service in: a Lambda permission (resource-based policy) for a function, a queue policy for SQS, a topic policy for SNS. S3 checks the destination when the notification is created, so the stack fails; EventBridge fails silently at every event.',
        ko: 'S3와 EventBridge는 AWS 서비스로서 대상을 호출하므로, 각 대상이 그 서비스를 허용해야 합니다. 함수는 Lambda 권한(리소스 기반 정책), SQS는 큐 정책, SNS는 토픽 정책이 필요합니다. S3는 알림을 만들 때 대상을 검증하므로 스택이 실패하고, EventBridge는 이벤트마다 조용히 실패합니다.',
      },
      scenario: {
        en: 'The thumbnail pattern: users upload photos to S3, and every new object makes S3 invoke a Lambda function that writes a thumbnail to a second bucket, optionally followed by SQS or SNS notifications. The serverless CRON job is the same idea with a schedule that invokes Lambda.',
        ko: '썸네일 패턴: 사용자가 S3에 사진을 올리면 새 객체마다 S3가 Lambda 함수를 호출하고, 함수는 썸네일을 별도 버킷에 저장하며 필요하면 SQS나 SNS로 알림을 보냅니다. 서버리스 CRON 작업도 스케줄이 Lambda를 호출한다는 점에서 같습니다.',
      },
      answer: {
        en: 'Add an AWS::Lambda::Permission with Principal s3.amazonaws.com (or events.amazonaws.com) scoped by SourceArn/SourceAccount, or a queue/topic policy for S3, and make the bucket DependsOn it so the permission exists before the notification is validated.',
        ko: 'SourceArn/SourceAccount로 범위를 좁힌 Principal s3.amazonaws.com(또는 events.amazonaws.com)의 AWS::Lambda::Permission, 또는 S3용 큐/토픽 정책을 추가하고, 알림을 검증하기 전에 권한이 존재하도록 버킷에 DependsOn을 거세요.',
      },
    },
    seeds: ['000', '003'],
    fixes: {
      addLambdaPermission: { en: 'Add an AWS::Lambda::Permission for the sender', ko: '보내는 쪽을 위한 AWS::Lambda::Permission 추가' },
      addQueuePolicy: { en: 'Allow S3 to send to the queue (queue policy)', ko: 'S3가 큐에 보낼 수 있도록 허용 (큐 정책)' },
      addTopicPolicy: { en: 'Allow S3 to publish to the topic (topic policy)', ko: 'S3가 토픽에 발행할 수 있도록 허용 (토픽 정책)' },
    },
  },
  check({ template, report }) {
    const targets = [...bucketNotificationTargets(template), ...eventRuleLambdaTargets(template)];
    if (targets.length === 0) return;
    const permissions = lambdaPermissionsByFunction(template);
    const queues = queuePolicies(template);
    const topics = topicPolicies(template);
    for (const target of targets) {
      const { sender, service, targetId } = target;
      let messageId: string;
      let fixes: Fixes;
      if (target.kind === 'lambda') {
        if (permissionsAllow(template, permissions.get(targetId), service, sender.id)) continue;
        messageId = service === 's3.amazonaws.com' ? 's3Lambda' : 'eventsLambda';
        fixes = lambdaPermissionFix(template, target);
      } else if (target.kind === 'queue') {
        const attached = queues.get(targetId);
        if (policiesAllow(template, attached, { service, actions: ['sqs:SendMessage'], sourceId: sender.id })) continue;
        messageId = 's3Queue';
        fixes = resourcePolicyFix(template, target, 'AWS::SQS::QueuePolicy', 'Queues', attached, 'sqs:SendMessage', { 'Fn::GetAtt': [targetId, 'Arn'] }, 'addQueuePolicy');
      } else {
        const attached = topics.get(targetId);
        if (policiesAllow(template, attached, { service, actions: ['sns:Publish'], sourceId: sender.id })) continue;
        messageId = 's3Topic';
        fixes = resourcePolicyFix(template, target, 'AWS::SNS::TopicPolicy', 'Topics', attached, 'sns:Publish', { Ref: targetId }, 'addTopicPolicy');
      }
      report({ messageId, path: target.path, resourceId: sender.id, data: { sender: sender.id, target: targetId }, fixes });
    }
  },
};

/** The condition that ties a grant to the sender without a dependency cycle. */
function senderCondition(template: Template, target: PushTarget): { [key: string]: PlainValue } {
  if (target.service === 'events.amazonaws.com') return { ArnEquals: { 'aws:SourceArn': { 'Fn::GetAtt': [target.sender.id, 'Arn'] } } };
  const bucketArn = bucketArnWithoutCycle(template, target.sender);
  return bucketArn ? { ArnLike: { 'aws:SourceArn': bucketArn } } : { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } };
}

function lambdaPermissionFix(template: Template, target: PushTarget): Fixes {
  const fromS3 = target.service === 's3.amazonaws.com';
  const id = freshLogicalId(template, `${target.targetId}${fromS3 ? 'S3' : 'Events'}Permission`);
  const functionName = toPlain(nodeAt(template.root, target.path)) as PlainValue;
  const source: { [key: string]: PlainValue } = fromS3
    ? { SourceAccount: { Ref: 'AWS::AccountId' }, ...(bucketArnWithoutCycle(template, target.sender) ? { SourceArn: bucketArnWithoutCycle(template, target.sender)! } : {}) }
    : { SourceArn: { 'Fn::GetAtt': [target.sender.id, 'Arn'] } };
  const add = addResource(template, id, {
    Type: 'AWS::Lambda::Permission',
    Properties: { FunctionName: functionName, Action: 'lambda:InvokeFunction', Principal: target.service, ...source },
  });
  if (!add) return [];
  // S3 validates the destination when it creates the notification: the permission must exist first.
  const edits = combineInsertions([add, fromS3 ? addDependsOn(template, target.sender, id) : undefined]);
  return [{ fixId: 'addLambdaPermission', edits }];
}

function resourcePolicyFix(
  template: Template,
  target: PushTarget,
  policyType: string,
  targetsKey: string,
  attached: Parameters<typeof grantOnResourcePolicy>[1]['attached'],
  action: string,
  resource: PlainValue,
  fixId: string,
): Fixes {
  const grant = grantOnResourcePolicy(template, {
    targetId: target.targetId,
    attached,
    policyType,
    targetsKey,
    newPolicyBase: `${target.targetId}Policy`,
    statement: { Effect: 'Allow', Principal: { Service: target.service }, Action: action, Resource: resource, Condition: senderCondition(template, target) },
  });
  if (!grant) return [];
  return [{ fixId, edits: combineInsertions([...grant.edits, addDependsOn(template, target.sender, grant.policyId)]) }];
}
