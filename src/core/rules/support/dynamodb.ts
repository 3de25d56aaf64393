/** DynamoDB tables as CloudFormation writes them. */
import { mapGet, type CfnNode } from '../../parse/nodes';
import type { Resource, Template } from '../../model/template';

export const TABLE_TYPE = 'AWS::DynamoDB::Table';

export function dynamoTables(template: Template): Resource[] {
  return template.resourcesOfType(TABLE_TYPE);
}

/** `PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled` as written, with its parent. */
export function pitrSetting(table: Resource): { specification: CfnNode | undefined; enabled: CfnNode | undefined } {
  const specification = mapGet(table.properties, 'PointInTimeRecoverySpecification');
  return { specification, enabled: mapGet(specification, 'PointInTimeRecoveryEnabled') };
}
