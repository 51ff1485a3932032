import { type AddToPrincipalPolicyResult, ManagedPolicy, type PolicyStatement, Role } from 'aws-cdk-lib/aws-iam';

/**
 * A role whose grants land in one customer-managed policy instead of the inline default policy CDK
 * would create. Same least privilege, but reviewable as a standalone policy, and compliant with the
 * HIPAA Security rule against inline policies (`HIPAA.Security-IAMNoInlinePolicy`).
 */
export class ManagedPolicyRole extends Role {
  private permissions?: ManagedPolicy;

  override addToPrincipalPolicy(statement: PolicyStatement): AddToPrincipalPolicyResult {
    // Created on first use: an empty managed policy is invalid.
    this.permissions ??= new ManagedPolicy(this, 'Permissions', { roles: [this] });
    this.permissions.addStatements(statement);
    return { statementAdded: true, policyDependable: this.permissions };
  }
}
