import { mapGet } from '../../parse/nodes';
import { resolveNumber } from '../../model/values';
import { setScalarValue } from '../../edit/templateEdits';
import type { Rule } from '../types';

const MIN_HOURS = 24;
const MAX_HOURS = 8_760; // 365 days

export const kinesisRetentionRange: Rule = {
  meta: {
    id: 'AL409',
    name: 'kinesis-retention-range',
    category: 'messaging',
    severity: 'error',
    docsUrl: 'https://docs.aws.amazon.com/streams/latest/dev/kinesis-extended-retention.html',
    description: {
      en: 'Kinesis stream retention outside 24 hours – 365 days',
      ko: 'Kinesis 스트림 보존 기간이 24시간 ~ 365일 범위를 벗어남',
    },
    messages: {
      tooShort: {
        en: "Stream '{stream}' has RetentionPeriodHours {value}; Kinesis Data Streams keeps records for at least {min} hours.",
        ko: "스트림 '{stream}'의 RetentionPeriodHours가 {value}입니다. Kinesis Data Streams는 레코드를 최소 {min}시간 보관합니다.",
      },
      tooLong: {
        en: "Stream '{stream}' has RetentionPeriodHours {value}; Kinesis Data Streams keeps records for at most {max} hours (365 days).",
        ko: "스트림 '{stream}'의 RetentionPeriodHours가 {value}입니다. Kinesis Data Streams는 레코드를 최대 {max}시간(365일)까지 보관합니다.",
      },
    },
    lesson: {
      why: {
        en: 'A Kinesis data stream keeps every record for its retention period, from 24 hours up to 365 days, and consumers can re-read (replay) anything inside that window. CloudFormation rejects a value outside it.',
        ko: 'Kinesis 데이터 스트림은 보존 기간(24시간~365일) 동안 모든 레코드를 보관하며, 소비자는 그 기간 안의 데이터를 다시 읽을(재처리) 수 있습니다. 범위를 벗어난 값은 CloudFormation이 거부합니다.',
      },
      scenario: {
        en: 'The Kinesis notes: a retention period of 1 day to 1 year, data can be reprocessed within it, and records cannot be deleted (they are immutable). DynamoDB Streams, by comparison, keep 24 hours.',
        ko: 'Kinesis 노트: 보존 기간은 1일~1년이고 그 기간 안에서 데이터를 다시 처리할 수 있으며, 레코드는 임의로 삭제할 수 없습니다(불변). 비교하면 DynamoDB Streams는 24시간만 보관합니다.',
      },
      answer: {
        en: 'Keep RetentionPeriodHours between 24 and 8,760. For longer archives, deliver the stream to S3 with Amazon Data Firehose.',
        ko: 'RetentionPeriodHours는 24에서 8,760 사이로 두세요. 더 오래 보관하려면 Amazon Data Firehose로 S3에 전달하세요.',
      },
    },
    seeds: ['003'],
    cfnLintOverlap: ['E3034'],
    fixes: {
      clamp: { en: 'Set RetentionPeriodHours to the nearest allowed value', ko: 'RetentionPeriodHours를 허용 범위의 가장 가까운 값으로 설정' },
    },
  },
  check({ template, report }) {
    for (const stream of template.resourcesOfType('AWS::Kinesis::Stream')) {
      const node = mapGet(stream.properties, 'RetentionPeriodHours');
      const value = resolveNumber(template, node);
      if (!node || value === undefined || (value >= MIN_HOURS && value <= MAX_HOURS)) continue;
      report({
        messageId: value < MIN_HOURS ? 'tooShort' : 'tooLong',
        path: template.pathOf(node) ?? ['Resources', stream.id, 'Properties', 'RetentionPeriodHours'],
        resourceId: stream.id,
        data: { stream: stream.id, value, min: MIN_HOURS, max: MAX_HOURS },
        fixes: setScalarValue(template, node, value < MIN_HOURS ? MIN_HOURS : MAX_HOURS, 'clamp'),
      });
    }
  },
};
