import type { NestedStack, Stack } from 'aws-cdk-lib';
import type { Template } from 'aws-cdk-lib/assertions';

/** Small readers of synthesised templates, shared by the infrastructure tests. */
export type Resource = { Type: string; Properties: Record<string, unknown> };
export type Statement = {
  Effect?: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: unknown;
  Principal?: unknown;
};

export const asList = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);
export const getAtt = (logicalId: string, attribute = 'Arn') => ({ 'Fn::GetAtt': [logicalId, attribute] });

export const resourcesOf = (template: Template, type: string, properties: object = {}) =>
  Object.entries(template.findResources(type, { Properties: properties })) as [string, Resource][];

/** The one resource of a type with these properties; fails the test if there are none or several. */
export function onlyResource(template: Template, type: string, properties: object = {}): [string, Resource] {
  const found = resourcesOf(template, type, properties);
  expect(found).toHaveLength(1);
  return found[0] as [string, Resource];
}

/** The statements of the managed policy attached to a role. */
export function statementsOf(template: Template, roleId: string): Statement[] {
  const [, policy] = onlyResource(template, 'AWS::IAM::ManagedPolicy', { Roles: [{ Ref: roleId }] });
  return (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement;
}

/** How values cross between a nested stack and its parent. */
export function nestedStackReferences(
  parent: { stack: Stack; template: Template },
  nested: { stack: NestedStack; template: Template },
) {
  const nestedId = () => parent.stack.getLogicalId(nested.stack.nestedStackResource as never);
  return {
    /** What a parameter of the nested stack is bound to in the parent. */
    inParent(value: unknown): unknown {
      const parameter = (value as { Ref?: string } | undefined)?.Ref;
      const resource = parent.template.toJSON().Resources[nestedId()] as Resource;
      return (resource.Properties.Parameters as Record<string, unknown>)[parameter ?? ''] ?? value;
    },
    /** How the parent refers to a nested resource's `Ref` (no attribute) or attribute. */
    nestedOutput(logicalId: string, attribute?: string): unknown {
      const outputs = nested.template.toJSON().Outputs as Record<string, { Value: unknown }>;
      const wanted = JSON.stringify(attribute ? getAtt(logicalId, attribute) : { Ref: logicalId });
      const [name] = Object.entries(outputs).find(([, output]) => JSON.stringify(output.Value) === wanted) ?? [];
      expect(name).toBeDefined();
      return getAtt(nestedId(), `Outputs.${name}`);
    },
  };
}
