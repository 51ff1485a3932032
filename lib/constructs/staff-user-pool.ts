import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import {
  AccountRecovery,
  FeaturePlan,
  Mfa,
  StandardThreatProtectionMode,
  UserPool,
  type UserPoolClient,
  UserPoolGroup,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { ROLE_PERMISSIONS, ROLES, type Role } from '../../lambdas/domain/access/roles';
import { acknowledge } from '../compliance';
import type { CognitoMfaMode } from '../settings';

/** Tokens are short-lived (a bearer token in a browser is the thing to steal); a refresh covers a shift. */
export const STAFF_TOKEN_VALIDITY = Duration.minutes(15);
export const STAFF_REFRESH_TOKEN_VALIDITY = Duration.hours(12);

export interface StaffUserPoolProps {
  readonly userPoolName: string;
  readonly mfa: CognitoMfaMode;
  readonly deletionProtection: boolean;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * The staff directory: an administrator creates every account (no self sign-up), e-mail is the user
 * name, sign-in is SRP with a TOTP second factor, and each role of `lambdas/domain/access/roles.ts` is
 * a group. The ID token's `cognito:groups` claim is what the API's authorisation step reads.
 */
export class StaffUserPool extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  readonly groups: Readonly<Record<Role, UserPoolGroup>>;

  constructor(scope: Construct, id: string, props: StaffUserPoolProps) {
    super(scope, id);
    this.userPool = new UserPool(this, 'UserPool', {
      userPoolName: props.userPoolName,
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      // A changed address takes effect only once verified, so an account cannot be moved to an unverified one.
      keepOriginal: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      mfa: props.mfa === 'required' ? Mfa.REQUIRED : Mfa.OPTIONAL,
      // TOTP only: SMS codes can be intercepted, and would need an SMS role and spend limits.
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 14,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
        passwordHistorySize: 24,
      },
      // Threat protection (compromised credentials, adaptive authentication) needs the Plus plan.
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      userInvitation: {
        emailSubject: 'Your patient outreach staff account',
        emailBody:
          'An account was created for you. User name: {username}. Temporary password: {####}. ' +
          'You will be asked to choose a new password and to set up an authenticator app.',
      },
      deletionProtection: props.deletionProtection,
      removalPolicy: props.removalPolicy,
    });

    this.groups = Object.fromEntries(
      ROLES.map((role) => [
        role,
        new UserPoolGroup(this, `Group-${role}`, {
          userPool: this.userPool,
          groupName: role,
          description: `Staff role ${role}; permissions: ${ROLE_PERMISSIONS[role].join(', ')}`,
        }),
      ]),
    ) as Record<Role, UserPoolGroup>;

    this.client = this.userPool.addClient('StaffClient', {
      userPoolClientName: 'staff',
      generateSecret: false,
      authFlows: { userSrp: true },
      // No hosted UI: without this CDK would enable the implicit and code grants with a placeholder callback.
      disableOAuth: true,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: STAFF_TOKEN_VALIDITY,
      accessTokenValidity: STAFF_TOKEN_VALIDITY,
      refreshTokenValidity: STAFF_REFRESH_TOKEN_VALIDITY,
    });

    if (props.mfa === 'optional') {
      acknowledge(
        this.userPool,
        'AwsSolutions-COG2',
        'MFA is optional here because the cognitoMfa context setting says so for this stage (the default outside prod, for test accounts); prod defaults to required, and TOTP is offered to every user.',
      );
    }
  }
}
