import { welcomeEmail } from '../blocks/welcomeEmail';
import type { PatternDefinition } from '../types';

export const welcomeEmailPattern: PatternDefinition = {
  id: 'welcome-email',
  version: '1.0.0',
  title: { en: 'Welcome email on subscription', ko: '구독 시 환영 이메일' },
  description: {
    en: 'A DynamoDB table with Streams triggers a Lambda function whose role may send email through SES from one verified sender.',
    ko: 'DynamoDB Streams가 있는 테이블이 Lambda를 호출하고, Lambda의 역할은 검증된 발신자 한 명으로 SES 이메일을 보낼 수 있습니다.',
  },
  seeds: ['000', '001', '003'],
  scenario: {
    en: 'The blog greets each first-time subscriber: adding DynamoDB Streams to the table invokes a Lambda function, which has an IAM role allowed to use SES and sends the email.',
    ko: '블로그에 처음 구독한 사람에게 환영 이메일을 보냅니다. 테이블에 DynamoDB Streams를 추가하면 Lambda가 호출되고, SES 사용 권한이 있는 IAM 역할로 메일을 보냅니다.',
  },
  keywords: ['dynamodb', 'streams', 'lambda', 'ses', 'email', '이메일', '스트림'],
  options: [],
  build(t) {
    const siteName = t.parameter('SiteName', { Type: 'String', Description: 'Name used in the email subject and greeting', Default: 'myblog.com', MinLength: 1 });
    welcomeEmail(t, siteName);
  },
};
