import { sub, type Value, type ValueMap } from '../values';

export interface Statement {
  Sid?: string;
  Effect?: 'Allow' | 'Deny';
  Principal?: Value;
  Action: string | string[];
  Resource: Value;
  Condition?: Value;
}

export const policyDocument = (statements: Statement[]): ValueMap => ({
  Version: '2012-10-17',
  Statement: statements.map(({ Sid, Effect, Principal, Action, Resource, Condition }) => {
    const out: ValueMap = {};
    if (Sid) out.Sid = Sid;
    out.Effect = Effect ?? 'Allow';
    if (Principal) out.Principal = Principal;
    out.Action = Action;
    out.Resource = Resource;
    if (Condition) out.Condition = Condition;
    return out;
  }),
});

/** The trust policy that lets one AWS service assume a role. */
export const assumedBy = (service: string): ValueMap => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }],
});

export const managedPolicy = (name: string): ValueMap => sub(`arn:\${AWS::Partition}:iam::aws:policy/${name}`);

/** Inline policy entry for `AWS::IAM::Role.Policies`. */
export const inlinePolicy = (name: string, statements: Statement[]): ValueMap => ({ PolicyName: name, PolicyDocument: policyDocument(statements) });
