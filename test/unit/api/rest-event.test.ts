import { parseGroupsClaim, principalFromClaims, rolesOfGroupsClaim } from '../../../lambdas/api/rest-event';

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
    expect(principalFromClaims({ sub: 'u1', 'cognito:groups': ['admins', 'healthcare-user'] })).toEqual({
      subject: 'u1',
      roles: ['healthcare-user'],
    });
    expect(principalFromClaims({ sub: 'u1', 'cognito:groups': '[healthcare-user fhir-sync-admin]' })).toEqual({
      subject: 'u1',
      roles: ['healthcare-user', 'fhir-sync-admin'],
    });
    expect(principalFromClaims({ 'cognito:groups': 'healthcare-user' })).toBeUndefined();
  });

  it.each([
    ['a group whose name holds a comma, joined by the REST authoriser', 'evil,fhir-sync-admin'],
    ['the same, bracketed', '[evil,fhir-sync-admin]'],
    ['a role beside a group that is none, in a string', 'healthcare-user,evil'],
  ])('grants nothing from an ambiguous claim: %s', (_, claim) => {
    expect(principalFromClaims({ sub: 'u1', 'cognito:groups': claim })?.roles).toEqual([]);
  });

  it('never splits a group of an array claim', () => {
    expect(rolesOfGroupsClaim(['evil,fhir-sync-admin'])).toEqual([]);
    expect(rolesOfGroupsClaim(['evil fhir-sync-admin', 'non-clinical-user'])).toEqual(['non-clinical-user']);
  });
});
