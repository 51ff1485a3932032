import { parseGroupsClaim, principalFromClaims } from '../../../lambdas/api/rest-event';

describe('Cognito claims from API Gateway', () => {
  it.each([
    [['healthcare-user'], ['healthcare-user']],
    ['healthcare-user,fhir-sync-admin', ['healthcare-user', 'fhir-sync-admin']],
    ['[healthcare-user fhir-sync-admin]', ['healthcare-user', 'fhir-sync-admin']],
    ['', []],
    [undefined, []],
  ])('parses the groups claim %p', (claim, groups) => {
    expect(parseGroupsClaim(claim)).toEqual(groups);
  });

  it('grants only known roles and needs a subject', () => {
    expect(principalFromClaims({ sub: 'u1', 'cognito:groups': '[admins healthcare-user]' })).toEqual({
      subject: 'u1',
      roles: ['healthcare-user'],
    });
    expect(principalFromClaims({ 'cognito:groups': 'healthcare-user' })).toBeUndefined();
  });
});
