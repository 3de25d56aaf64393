import { assumedBy, inlinePolicy } from '../blocks/iam';
import { dynamoTable } from '../blocks/dynamodb';
import { lambdaFunction } from '../blocks/lambda';
import { fulfilOrderCode, requestApprovalCode, validateOrderCode } from '../code/workflow';
import { equals, getAtt, not, note, ref, sub } from '../values';
import type { PatternDefinition } from '../types';

const APPROVAL_TIMEOUT_SECONDS = 86_400;

/** The workflow, in Amazon States Language; `${…}` are DefinitionSubstitutions. */
const DEFINITION = {
  Comment: 'Validate an order, wait for a person to approve large ones, then fulfil it',
  StartAt: 'ValidateOrder',
  States: {
    ValidateOrder: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName: '${ValidateFunctionArn}', 'Payload.$': '$' },
      OutputPath: '$.Payload',
      Retry: [{ ErrorEquals: ['Lambda.ServiceException', 'Lambda.TooManyRequestsException'], MaxAttempts: 3, BackoffRate: 2 }],
      Catch: [{ ErrorEquals: ['InvalidOrder'], Next: 'Rejected' }],
      Next: 'NeedsApproval',
    },
    NeedsApproval: {
      Type: 'Choice',
      Choices: [{ Variable: '$.needsApproval', BooleanEquals: true, Next: 'RequestApproval' }],
      Default: 'FulfilOrder',
    },
    RequestApproval: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
      Parameters: { FunctionName: '${ApprovalFunctionArn}', Payload: { 'token.$': '$$.Task.Token', 'order.$': '$' } },
      TimeoutSeconds: APPROVAL_TIMEOUT_SECONDS,
      ResultPath: '$.approval',
      Catch: [{ ErrorEquals: ['States.Timeout'], Next: 'Rejected' }],
      Next: 'Approved',
    },
    Approved: {
      Type: 'Choice',
      Choices: [{ Variable: '$.approval.approved', BooleanEquals: true, Next: 'FulfilOrder' }],
      Default: 'Rejected',
    },
    FulfilOrder: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName: '${FulfilFunctionArn}', 'Payload.$': '$' },
      OutputPath: '$.Payload',
      Retry: [{ ErrorEquals: ['Lambda.ServiceException', 'Lambda.TooManyRequestsException'], MaxAttempts: 3, BackoffRate: 2 }],
      End: true,
    },
    Rejected: { Type: 'Fail', Error: 'OrderRejected', Cause: 'The order was invalid, rejected, or not approved in time' },
  },
};

export const stepFunctionsWorkflowPattern: PatternDefinition = {
  id: 'step-functions-workflow',
  version: '1.0.0',
  title: { en: 'Serverless workflow', ko: '서버리스 워크플로' },
  description: {
    en: 'A Step Functions state machine orchestrates Lambda steps (validate, fulfil) with retries, and pauses on a task token for human approval of large orders.',
    ko: 'Step Functions 상태 머신이 재시도를 포함한 Lambda 단계(검증, 처리)를 조율하고, 큰 주문은 작업 토큰으로 멈춰 사람의 승인을 기다립니다.',
  },
  seeds: ['003'],
  scenario: {
    en: 'Split a long process into steps instead of one long Lambda: each step retries on its own, and the workflow can wait up to a day (or a year) for a person without paying for a running function.',
    ko: '긴 처리를 하나의 긴 Lambda 대신 단계로 나눕니다. 단계마다 따로 재시도하고, 워크플로는 실행 중인 함수 비용 없이 사람을 하루(최대 1년)까지 기다릴 수 있습니다.',
  },
  keywords: ['step functions', 'state machine', 'workflow', 'orchestration', 'task token', 'approval', 'lambda', '워크플로', '승인'],
  options: [],
  build(t) {
    const threshold = t.parameter('ApprovalThreshold', { Type: 'Number', Description: 'Orders totalling at least this need a person\'s approval', Default: 1000, MinValue: 0 });
    const email = t.parameter('ApproverEmail', { Type: 'String', Description: 'Approvers get the approve/reject commands here (confirm the subscription). Empty: subscribe later.', Default: '' });
    t.condition('HasApproverEmail', not(equals(email, '')));
    t.resource('ApprovalTopic', 'AWS::SNS::Topic', {}, 'Approval requests go to people through this topic.');
    t.resource('ApproverSubscription', 'AWS::SNS::Subscription', { TopicArn: ref('ApprovalTopic'), Protocol: 'email', Endpoint: email }, undefined, { condition: 'HasApproverEmail' });
    const orders = dynamoTable(t, { id: 'OrdersTable', comment: 'Fulfilled orders.', partitionKey: 'orderId' });

    const validate = lambdaFunction(t, {
      id: 'ValidateOrderFunction',
      comment: 'Step 1: validate and total the order.',
      description: 'Validates an order and decides whether it needs approval',
      code: validateOrderCode,
      environment: { APPROVAL_THRESHOLD: threshold },
    }).fn;
    const approval = lambdaFunction(t, {
      id: 'RequestApprovalFunction',
      comment: 'Step 2: send the task token to a person; the workflow waits without running anything.',
      description: 'Asks a person to approve an order',
      code: requestApprovalCode,
      environment: { APPROVAL_TOPIC_ARN: ref('ApprovalTopic') },
      statements: [{ Action: 'sns:Publish', Resource: ref('ApprovalTopic') }],
    }).fn;
    const fulfil = lambdaFunction(t, {
      id: 'FulfilOrderFunction',
      comment: 'Step 3: record the approved order.',
      description: 'Records a fulfilled order',
      code: fulfilOrderCode,
      environment: { ORDERS_TABLE: ref(orders) },
      statements: [{ Action: 'dynamodb:PutItem', Resource: getAtt(orders, 'Arn') }],
    }).fn;

    t.resource(
      'OrderWorkflowRole',
      'AWS::IAM::Role',
      {
        AssumeRolePolicyDocument: assumedBy('states.amazonaws.com'),
        Policies: [inlinePolicy('InvokeSteps', [{ Action: 'lambda:InvokeFunction', Resource: [validate, approval, fulfil].map((fn) => getAtt(fn, 'Arn')) }])],
      },
      'The state machine may invoke its three steps, nothing else.',
    );
    t.resource(
      'OrderWorkflow',
      'AWS::StepFunctions::StateMachine',
      {
        StateMachineType: 'STANDARD',
        RoleArn: getAtt('OrderWorkflowRole', 'Arn'),
        Definition: note('Validate → (approval if large) → fulfil; a rejected or timed-out approval fails the execution.', DEFINITION),
        DefinitionSubstitutions: {
          ValidateFunctionArn: getAtt(validate, 'Arn'),
          ApprovalFunctionArn: getAtt(approval, 'Arn'),
          FulfilFunctionArn: getAtt(fulfil, 'Arn'),
        },
      },
      'The workflow: each step retries on its own, and waiting for a person costs nothing.',
    );
    t.output('StateMachineArn', { Description: 'The order workflow', Value: ref('OrderWorkflow') });
    t.output('ApprovalTopicArn', { Description: 'Subscribe approvers here', Value: ref('ApprovalTopic') });
    t.output('StartCommand', {
      Description: 'Try it: an order large enough to need approval',
      Value: sub(`aws stepfunctions start-execution --state-machine-arn \${OrderWorkflow} --input '{"orderId":"o-1","items":[{"sku":"laptop","price":1500,"quantity":1}]}'`),
    });
  },
};
