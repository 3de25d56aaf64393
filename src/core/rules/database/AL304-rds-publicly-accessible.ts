import { mapGet } from '../../parse/nodes';
import { resolveBoolean } from '../../model/values';
import { setScalarFix } from '../../edit/compositeEdits';
import { DB_INSTANCE_TYPE } from '../support/rds';
import type { Rule } from '../types';

export const rdsPubliclyAccessible: Rule = {
  meta: {
    id: 'AL304',
    name: 'rds-publicly-accessible',
    category: 'database',
    severity: 'warning',
    docsUrl: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html',
    description: {
      en: 'RDS DB instance is publicly accessible',
      ko: 'RDS DB 인스턴스가 퍼블릭 액세스 가능함',
    },
    messages: {
      public: {
        en: "DB instance '{resource}' has PubliclyAccessible true: it gets a public IP and its endpoint resolves from the internet.",
        ko: "DB 인스턴스 '{resource}'의 PubliclyAccessible이 true입니다. 퍼블릭 IP를 받고 엔드포인트가 인터넷에서도 조회됩니다.",
      },
    },
    lesson: {
      why: {
        en: 'A publicly accessible DB instance has a public IP address, so its security group is the only thing between the database and the internet. The data tier belongs in private subnets, where nothing outside the VPC can even try to connect.',
        ko: '퍼블릭 액세스가 가능한 DB 인스턴스는 퍼블릭 IP를 가지므로 데이터베이스와 인터넷 사이에는 보안 그룹 하나만 남습니다. 데이터 계층은 VPC 밖에서 연결을 시도조차 할 수 없는 프라이빗 서브넷에 있어야 합니다.',
      },
      scenario: {
        en: 'The 3-tier shop in the notes puts the app and the RDS database in private subnets that the internet cannot reach, and chains the security groups: the RDS group accepts only the app servers, the app only the web servers, the web only the load balancer.',
        ko: '노트의 3계층 쇼핑몰은 앱과 RDS 데이터베이스를 인터넷에서 접근할 수 없는 프라이빗 서브넷에 두고 보안 그룹을 체인으로 연결합니다. RDS 보안 그룹은 앱 서버의 트래픽만, 앱은 웹 서버만, 웹은 ELB만 허용합니다.',
      },
      answer: {
        en: "Set PubliclyAccessible: false, place the instance in a DB subnet group of private subnets, and allow the DB port only from the app tier's security group. Reach it for administration through SSM Session Manager or a bastion.",
        ko: 'PubliclyAccessible: false로 하고, 프라이빗 서브넷으로 된 DB 서브넷 그룹에 인스턴스를 두며, DB 포트는 앱 계층의 보안 그룹에서만 허용하세요. 관리 목적의 접속은 SSM Session Manager나 배스천 호스트를 이용하세요.',
      },
    },
    seeds: ['002'],
    fixes: {
      makePrivate: { en: 'Set PubliclyAccessible to false', ko: 'PubliclyAccessible을 false로 설정' },
    },
  },
  check({ template, report }) {
    for (const instance of template.resourcesOfType(DB_INSTANCE_TYPE)) {
      const node = mapGet(instance.properties, 'PubliclyAccessible');
      if (resolveBoolean(template, node) !== true) continue;
      report({
        messageId: 'public',
        path: template.pathOf(node!) ?? ['Resources', instance.id, 'Properties', 'PubliclyAccessible'],
        resourceId: instance.id,
        data: { resource: instance.id },
        fixes: setScalarFix(template, node, false, 'makePrivate'),
      });
    }
  },
};
