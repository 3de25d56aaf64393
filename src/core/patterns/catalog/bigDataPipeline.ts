import type { TemplateBuilder } from '../builder';
import { assumedBy, inlinePolicy, type Statement } from '../blocks/iam';
import { eventSourceMapping, invokePermission, lambdaFunction } from '../blocks/lambda';
import { consumeQueue, queuePolicy, queueWithDlq } from '../blocks/messaging';
import { securityGroup, vpc } from '../blocks/network';
import { namedBucket, privateBucket } from '../blocks/storage';
import { firehoseTransformCode, ingestSummaryCode } from '../code/bigData';
import { getAtt, note, ref, stackSuffix, sub, type ValueMap } from '../values';
import type { PatternDefinition } from '../types';

const SUMMARY_TIMEOUT = 60;

/** A lower-case physical name unique to the stack (Glue and Redshift names must be lower case). */
const lowerName = (logicalId: string, separator: string): ValueMap => sub(`${logicalId.toLowerCase()}${separator}\${StackSuffix}`, { StackSuffix: stackSuffix() });

function ingestion(t: TemplateBuilder, ingestionBucketArn: ValueMap): void {
  t.resource(
    'TelemetryStream',
    'AWS::Kinesis::Stream',
    { StreamModeDetails: { StreamMode: 'ON_DEMAND' }, RetentionPeriodHours: 24, StreamEncryption: { EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' } },
    'Kinesis Data Streams absorbs the device traffic, ordered per device and replayable for a day.',
  );
  t.resource('TelemetryRuleRole', 'AWS::IAM::Role', {
    AssumeRolePolicyDocument: assumedBy('iot.amazonaws.com'),
    Policies: [inlinePolicy('PutTelemetry', [{ Action: 'kinesis:PutRecord', Resource: getAtt('TelemetryStream', 'Arn') }])],
  });
  t.resource(
    'TelemetryRule',
    'AWS::IoT::TopicRule',
    {
      TopicRulePayload: {
        Description: 'Device telemetry into Kinesis',
        Sql: "SELECT *, topic(2) AS deviceId FROM 'devices/+/telemetry'",
        AwsIotSqlVersion: '2016-03-23',
        RuleDisabled: false,
        Actions: [{ Kinesis: { StreamName: ref('TelemetryStream'), PartitionKey: '${topic(2)}', RoleArn: getAtt('TelemetryRuleRole', 'Arn') } }],
      },
    },
    'IoT Core receives device messages over MQTT; this rule forwards them to Kinesis, keyed by device.',
  );
  lambdaFunction(t, {
    id: 'TransformFunction',
    comment: 'Firehose hands batches to this function: invalid readings go to the error prefix.',
    description: 'Validates and stamps telemetry on its way into S3',
    code: firehoseTransformCode,
    timeout: 60,
  });
  t.resource(
    'DeliveryRole',
    'AWS::IAM::Role',
    {
      AssumeRolePolicyDocument: assumedBy('firehose.amazonaws.com'),
      Policies: [
        inlinePolicy('Deliver', [
          { Action: ['kinesis:DescribeStream', 'kinesis:GetShardIterator', 'kinesis:GetRecords', 'kinesis:ListShards'], Resource: getAtt('TelemetryStream', 'Arn') },
          { Action: ['s3:PutObject', 's3:AbortMultipartUpload', 's3:GetBucketLocation', 's3:ListBucket', 's3:ListBucketMultipartUploads'], Resource: [ingestionBucketArn, sub('${IngestionBucketArn}/*', { IngestionBucketArn: ingestionBucketArn })] },
          { Action: ['lambda:InvokeFunction', 'lambda:GetFunctionConfiguration'], Resource: getAtt('TransformFunction', 'Arn') },
        ]),
      ],
    },
    'Firehose reads the stream, calls the transform and writes to the bucket with this role.',
  );
  t.resource(
    'DeliveryStream',
    'AWS::KinesisFirehose::DeliveryStream',
    {
      DeliveryStreamType: 'KinesisStreamAsSource',
      KinesisStreamSourceConfiguration: { KinesisStreamARN: getAtt('TelemetryStream', 'Arn'), RoleARN: getAtt('DeliveryRole', 'Arn') },
      ExtendedS3DestinationConfiguration: {
        BucketARN: ingestionBucketArn,
        RoleARN: getAtt('DeliveryRole', 'Arn'),
        Prefix: 'raw/',
        ErrorOutputPrefix: 'errors/!{firehose:error-output-type}/',
        BufferingHints: note('Batch a minute (or 5 MB) of readings per object: fewer, larger files for Athena.', { IntervalInSeconds: 60, SizeInMBs: 5 }),
        CompressionFormat: 'GZIP',
        ProcessingConfiguration: {
          Enabled: true,
          Processors: [{ Type: 'Lambda', Parameters: [{ ParameterName: 'LambdaArn', ParameterValue: getAtt('TransformFunction', 'Arn') }] }],
        },
      },
    },
    'Firehose: serverless delivery from the stream into S3, batched, compressed and transformed.',
  );
}

function analytics(t: TemplateBuilder): void {
  t.resource(
    'TelemetryDatabase',
    'AWS::Glue::Database',
    { CatalogId: ref('AWS::AccountId'), DatabaseInput: { Name: lowerName('TelemetryDatabase', '_'), Description: 'Telemetry data lake' } },
    'The Glue Data Catalog describes the files in S3 so Athena can query them with SQL.',
  );
  t.resource('ReadingsTable', 'AWS::Glue::Table', {
    CatalogId: ref('AWS::AccountId'),
    DatabaseName: ref('TelemetryDatabase'),
    TableInput: {
      Name: 'readings',
      TableType: 'EXTERNAL_TABLE',
      Parameters: { classification: 'json', compressionType: 'gzip' },
      StorageDescriptor: {
        Location: sub('s3://${IngestionBucket}/raw/'),
        InputFormat: 'org.apache.hadoop.mapred.TextInputFormat',
        OutputFormat: 'org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat',
        SerdeInfo: { SerializationLibrary: 'org.openx.data.jsonserde.JsonSerDe' },
        Columns: [
          { Name: 'deviceid', Type: 'string' },
          { Name: 'temperature', Type: 'double' },
          { Name: 'ts', Type: 'string' },
          { Name: 'ingestedat', Type: 'string' },
        ],
      },
    },
  });
  t.resource(
    'AnalyticsWorkGroup',
    'AWS::Athena::WorkGroup',
    {
      Name: sub('${AWS::StackName}-analyticsworkgroup'),
      Description: 'Queries over the telemetry data lake',
      RecursiveDeleteOption: true,
      WorkGroupConfiguration: {
        EnforceWorkGroupConfiguration: true,
        PublishCloudWatchMetricsEnabled: true,
        ResultConfiguration: { OutputLocation: sub('s3://${ReportingBucket}/athena/'), EncryptionConfiguration: { EncryptionOption: 'SSE_S3' } },
      },
    },
    'Athena: serverless SQL over S3, paid per query; results land in the reporting bucket.',
  );
}

function warehouse(t: TemplateBuilder): void {
  const network = vpc(t, { azCount: 3, tiers: ['data'] });
  securityGroup(t, 'WarehouseSecurityGroup', ref(network.vpc), 'Redshift Serverless workgroup', [], 'Add ingress from your BI tools or app tier.');
  t.resource(
    'WarehouseNamespace',
    'AWS::RedshiftServerless::Namespace',
    {
      NamespaceName: lowerName('WarehouseNamespace', '-'),
      AdminUsername: 'warehouseadmin',
      ManageAdminPassword: note('Redshift generates the admin password into Secrets Manager.', true),
      DbName: 'telemetry',
    },
    'Redshift Serverless: a data warehouse for heavy reporting, no cluster to size.',
  );
  t.resource('WarehouseWorkgroup', 'AWS::RedshiftServerless::Workgroup', {
    WorkgroupName: lowerName('WarehouseWorkgroup', '-'),
    NamespaceName: ref('WarehouseNamespace'),
    BaseCapacity: 8,
    PubliclyAccessible: false,
    SubnetIds: network.subnets.data.map((s) => ref(s)),
    SecurityGroupIds: [ref('WarehouseSecurityGroup')],
  });
  t.output('WarehouseWorkgroupName', { Description: 'Redshift Serverless workgroup', Value: ref('WarehouseWorkgroup') });
}

export const bigDataPipelinePattern: PatternDefinition = {
  id: 'big-data-pipeline',
  version: '1.0.0',
  title: { en: 'Serverless big-data ingestion', ko: '서버리스 빅데이터 수집' },
  description: {
    en: 'IoT Core topic rule → Kinesis Data Stream → Firehose with a Lambda transform → S3 ingestion bucket → (SQS →) Lambda summaries; a Glue database and Athena workgroup query the lake into a reporting bucket; optional Redshift Serverless.',
    ko: 'IoT Core 규칙 → Kinesis Data Stream → Lambda 변환이 있는 Firehose → S3 수집 버킷 → (SQS →) Lambda 요약. Glue 데이터베이스와 Athena 작업 그룹이 데이터 레이크를 조회해 보고 버킷에 씁니다. 선택적으로 Redshift Serverless.',
  },
  seeds: ['000'],
  scenario: {
    en: 'Devices stream data in real time; it is ingested serverlessly, stored in S3 as a data lake, processed as it arrives, and queried with SQL for reports, with no servers to manage anywhere.',
    ko: '장치가 실시간으로 데이터를 보냅니다. 서버리스로 수집해 S3 데이터 레이크에 저장하고, 도착하는 대로 처리하며, SQL로 보고서를 조회합니다. 어디에도 관리할 서버가 없습니다.',
  },
  keywords: ['iot', 'kinesis', 'firehose', 's3', 'data lake', 'glue', 'athena', 'redshift', 'sqs', 'lambda', '빅데이터'],
  options: [
    {
      kind: 'toggle',
      key: 'sqsBuffer',
      title: { en: 'SQS between S3 and Lambda', ko: 'S3와 Lambda 사이의 SQS' },
      description: { en: 'Buffer new-object events in a queue with a DLQ', ko: '새 객체 이벤트를 DLQ가 있는 대기열에 버퍼링' },
      default: true,
    },
    {
      kind: 'toggle',
      key: 'redshift',
      title: { en: 'Redshift Serverless', ko: 'Redshift Serverless' },
      description: { en: 'A serverless data warehouse for heavy reporting', ko: '무거운 보고를 위한 서버리스 데이터 웨어하우스' },
      default: false,
    },
  ],
  build(t, options) {
    const bucketName = namedBucket('IngestionBucket');
    ingestion(t, bucketName.arn());
    privateBucket(t, { id: 'ReportingBucket', comment: 'Athena results and the per-object summaries.' });

    const statements: Statement[] = [
      { Action: 's3:GetObject', Resource: bucketName.arn('/raw/*') },
      { Action: 's3:PutObject', Resource: sub('${ReportingBucket.Arn}/summaries/*') },
    ];
    const notification: ValueMap = {};
    let dependsOn: string;
    if (options.sqsBuffer) {
      const queue = queueWithDlq(t, { id: 'IngestQueue', comment: 'New objects wait here: bursts are smoothed and failures retried.', visibilityTimeout: 6 * SUMMARY_TIMEOUT });
      statements.push(consumeQueue(queue.queue));
      dependsOn = queuePolicy(t, 'IngestQueuePolicy', [queue.queue], 's3.amazonaws.com', bucketName.arn(), 'S3 may send this bucket\'s events to the queue.');
      notification.QueueConfigurations = [{ Event: 's3:ObjectCreated:*', Queue: getAtt(queue.queue, 'Arn'), Filter: { S3Key: { Rules: [{ Name: 'prefix', Value: 'raw/' }] } } }];
    } else {
      dependsOn = 'SummaryInvokePermission';
    }
    const fn = lambdaFunction(t, {
      id: 'SummaryFunction',
      comment: 'Summarizes each new object per device, as it arrives.',
      description: 'Summarizes each new batch of readings',
      code: ingestSummaryCode,
      timeout: SUMMARY_TIMEOUT,
      memorySize: 512,
      environment: { REPORTING_BUCKET: ref('ReportingBucket') },
      statements,
    }).fn;
    if (options.sqsBuffer) {
      eventSourceMapping(t, 'SummaryTrigger', fn, getAtt('IngestQueue', 'Arn'), 'Lambda polls the queue in batches.', { batchSize: 10 });
    } else {
      invokePermission(t, 'SummaryInvokePermission', fn, 's3.amazonaws.com', bucketName.arn(), 'S3 may invoke the function for this bucket.', { sourceAccount: true });
      notification.LambdaConfigurations = [{ Event: 's3:ObjectCreated:*', Function: getAtt(fn, 'Arn'), Filter: { S3Key: { Rules: [{ Name: 'prefix', Value: 'raw/' }] } } }];
    }
    privateBucket(t, {
      id: 'IngestionBucket',
      name: bucketName.name,
      comment: 'The data lake: Firehose writes raw/, failed records go to errors/.',
      expireDays: 365,
      notification,
      extras: { dependsOn },
    });
    analytics(t);
    if (options.redshift) warehouse(t);

    t.output('DeviceTopic', { Description: 'Devices publish JSON to devices/<deviceId>/telemetry', Value: 'devices/+/telemetry' });
    t.output('IngestionBucketName', { Description: 'Raw data under raw/', Value: ref('IngestionBucket') });
    t.output('ReportingBucketName', { Description: 'Summaries and Athena results', Value: ref('ReportingBucket') });
    t.output('AthenaQuery', {
      Description: 'Try it in the Athena console (workgroup below)',
      Value: sub('SELECT deviceid, avg(temperature) FROM "${TelemetryDatabase}".readings GROUP BY deviceid'),
    });
    t.output('AthenaWorkGroup', { Description: 'Athena workgroup', Value: ref('AnalyticsWorkGroup') });
    t.output('PublishCommand', {
      Description: 'Send a reading through IoT Core',
      Value: "aws iot-data publish --topic devices/truck-42/telemetry --cli-binary-format raw-in-base64-out --payload '{\"temperature\":21.5,\"ts\":\"2024-01-01T09:00:00Z\"}'",
    });
  },
};
