import type { TemplateBuilder } from '../builder';
import { autoScalingGroup } from '../blocks/autoScaling';
import { ecsCluster, fargateService, fargateTask, serviceScalableTarget } from '../blocks/containers';
import { consumeQueue, queueWithDlq } from '../blocks/messaging';
import { securityGroup, vpc, type VpcIds } from '../blocks/network';
import { getAtt, note, ref, sub, type ValueMap } from '../values';
import type { PatternDefinition } from '../types';

/** Jobs may run up to an hour; a message stays hidden that long while a worker has it. */
const JOB_VISIBILITY_SECONDS = 3600;
const BACKLOG_PER_WORKER = 10;

/**
 * The worker loop, in bash with the AWS CLI: long-poll, run the job, delete the message
 * only when the job succeeded (otherwise it comes back, and after 5 tries goes to the DLQ).
 */
const WORKER_LOOP = `while true; do
  MSG=$(aws sqs receive-message --queue-url "$QUEUE_URL" --wait-time-seconds 20 --max-number-of-messages 1 --query 'Messages[0].[ReceiptHandle,Body]' --output text)
  if [ -z "$MSG" ] || [ "$MSG" = "None" ]; then continue; fi
  HANDLE=$(printf '%s' "$MSG" | cut -f1)
  BODY=$(printf '%s' "$MSG" | cut -f2-)
  if run_job "$BODY"; then aws sqs delete-message --queue-url "$QUEUE_URL" --receipt-handle "$HANDLE"; fi
done`;

/** The job: the one place to put your own work. This one sleeps `seconds` from the message. */
const RUN_JOB = `run_job() {
  SECONDS_TO_WORK=$(printf '%s' "$1" | grep -o '"seconds": *[0-9]*' | grep -o '[0-9]*$' || echo 1)
  echo "job started: $1"
  sleep "$SECONDS_TO_WORK"
  echo "job done after $SECONDS_TO_WORK s"
}`;

const ASG_USER_DATA = `#!/bin/bash
set -euo pipefail
cat > /usr/local/bin/queue-worker <<'WORKER'
#!/bin/bash
${RUN_JOB}
${WORKER_LOOP}
WORKER
chmod +x /usr/local/bin/queue-worker
cat > /etc/systemd/system/queue-worker.service <<'UNIT'
[Unit]
Description=SQS queue worker
After=network-online.target
[Service]
Environment=QUEUE_URL=\${JobQueue}
Environment=AWS_DEFAULT_REGION=\${AWS::Region}
ExecStart=/usr/local/bin/queue-worker
Restart=always
[Install]
WantedBy=multi-user.target
UNIT
systemctl enable --now queue-worker
`;

function backlogPerWorker(queueName: ValueMap, workers: ValueMap): ValueMap[] {
  return [
    { Id: 'visible', MetricStat: { Metric: { Namespace: 'AWS/SQS', MetricName: 'ApproximateNumberOfMessagesVisible', Dimensions: [{ Name: 'QueueName', Value: queueName }] }, Stat: 'Sum' }, ReturnData: false },
    { Id: 'workers', MetricStat: { Metric: workers, Stat: 'Average' }, ReturnData: false },
    { Id: 'backlog', Expression: 'visible / workers', Label: 'Messages waiting per worker', ReturnData: true },
  ];
}

function asgWorkers(t: TemplateBuilder, network: VpcIds, sg: string): void {
  const asg = autoScalingGroup(t, {
    prefix: 'Worker',
    subnets: network.subnets.app,
    securityGroup: sg,
    userData: ASG_USER_DATA,
    statements: [consumeQueue('JobQueue')],
    minSize: 1,
    maxSize: 10,
    desiredCapacity: 1,
    groupMetrics: ['GroupInServiceInstances'],
    comment: 'Workers in every AZ; a job may run for an hour, far past Lambda\'s 15-minute limit.',
  });
  t.resource(
    'WorkerBacklogScaling',
    'AWS::AutoScaling::ScalingPolicy',
    {
      AutoScalingGroupName: ref(asg.group),
      PolicyType: 'TargetTrackingScaling',
      TargetTrackingConfiguration: {
        CustomizedMetricSpecification: {
          Metrics: backlogPerWorker(getAtt('JobQueue', 'QueueName'), {
            Namespace: 'AWS/AutoScaling',
            MetricName: 'GroupInServiceInstances',
            Dimensions: [{ Name: 'AutoScalingGroupName', Value: ref(asg.group) }],
          }),
        },
        TargetValue: note('Keep about this many waiting messages per worker.', BACKLOG_PER_WORKER),
      },
    },
    'Scale on queue depth per worker (backlog), not CPU: the queue says how much work is waiting.',
  );
}

function fargateWorkers(t: TemplateBuilder, network: VpcIds, sg: string): void {
  const cluster = ecsCluster(t);
  const task = fargateTask(t, {
    prefix: 'Worker',
    image: 'public.ecr.aws/aws-cli/aws-cli:latest',
    cpu: '256',
    memory: '512',
    entryPoint: ['bash', '-c'],
    command: [`set -u\n${RUN_JOB}\n${WORKER_LOOP}\n`],
    environment: { QUEUE_URL: ref('JobQueue'), AWS_DEFAULT_REGION: ref('AWS::Region') },
    statements: [consumeQueue('JobQueue')],
  });
  const service = fargateService(t, {
    prefix: 'Worker',
    cluster,
    task,
    subnets: network.subnets.app,
    securityGroup: sg,
    desiredCount: 1,
    comment: 'Worker tasks on Fargate: no time limit per job, no servers to patch.',
  });
  const target = serviceScalableTarget(t, 'Worker', cluster, service, 1, 10);
  t.resource(
    'WorkerBacklogScaling',
    'AWS::ApplicationAutoScaling::ScalingPolicy',
    {
      PolicyName: 'backlog-per-task',
      PolicyType: 'TargetTrackingScaling',
      ScalingTargetId: ref(target),
      TargetTrackingScalingPolicyConfiguration: {
        CustomizedMetricSpecification: {
          Metrics: backlogPerWorker(getAtt('JobQueue', 'QueueName'), {
            Namespace: 'ECS/ContainerInsights',
            MetricName: 'RunningTaskCount',
            Dimensions: [
              { Name: 'ClusterName', Value: ref(cluster) },
              { Name: 'ServiceName', Value: getAtt(service, 'Name') },
            ],
          }),
        },
        TargetValue: note('Keep about this many waiting messages per task.', BACKLOG_PER_WORKER),
      },
    },
    'Scale on queue depth per task (backlog): the queue says how much work is waiting.',
  );
}

export const sqsWorkerAsgPattern: PatternDefinition = {
  id: 'sqs-worker-asg',
  version: '1.0.0',
  title: { en: 'Queue-decoupled workers', ko: '대기열로 분리된 워커' },
  description: {
    en: 'An SQS queue with a dead-letter queue, consumed by an Auto Scaling group or an ECS Fargate service that scales on queue depth per worker: the answer for jobs longer than 15 minutes.',
    ko: 'DLQ가 있는 SQS 대기열을 워커당 대기열 깊이로 확장하는 Auto Scaling 그룹 또는 ECS Fargate 서비스가 소비합니다. 15분보다 긴 작업의 정답입니다.',
  },
  seeds: ['000', '003'],
  scenario: {
    en: 'The wrong-answer note: a 25-minute job taken from SQS by Lambda can never finish. Workers on EC2 or Fargate poll the queue with no time limit and scale on the backlog.',
    ko: '오답노트: SQS에서 Lambda가 25분짜리 작업을 가져오면 절대 끝나지 않습니다. EC2나 Fargate 워커는 시간 제한 없이 대기열을 폴링하고 적체량에 따라 확장합니다.',
  },
  keywords: ['sqs', 'worker', 'auto scaling', 'asg', 'ecs', 'fargate', 'long job', 'backlog', 'dlq', '워커', '오답노트'],
  options: [
    {
      kind: 'choice',
      key: 'workers',
      title: { en: 'Workers', ko: '워커' },
      description: { en: 'EC2 Auto Scaling group or ECS Fargate service', ko: 'EC2 Auto Scaling 그룹 또는 ECS Fargate 서비스' },
      default: 'asg',
      choices: [
        { value: 'asg', title: { en: 'EC2 Auto Scaling group', ko: 'EC2 Auto Scaling 그룹' } },
        { value: 'fargate', title: { en: 'ECS on Fargate', ko: 'Fargate의 ECS' } },
      ],
    },
  ],
  build(t, options) {
    const network = vpc(t, { azCount: 2, tiers: ['public', 'app'], nat: true });
    queueWithDlq(t, {
      id: 'JobQueue',
      comment: 'The jobs. Producers enqueue and move on; workers take them at their own pace.',
      visibilityTimeout: JOB_VISIBILITY_SECONDS,
      maxReceiveCount: 3,
    });
    const sg = securityGroup(t, 'WorkerSecurityGroup', ref(network.vpc), 'Queue workers (no inbound traffic)', [], 'Workers only call out (to SQS through NAT); nothing calls in.');
    if (options.workers === 'fargate') fargateWorkers(t, network, sg);
    else asgWorkers(t, network, sg);
    t.output('JobQueueUrl', { Description: 'Send jobs here', Value: ref('JobQueue') });
    t.output('SendJobCommand', { Description: 'Try it: a job that works for 30 seconds', Value: sub(`aws sqs send-message --queue-url \${JobQueue} --message-body '{"seconds": 30}'`) });
  },
};
