import { localIdentity } from '../../../local/api/local-identity';

const identity = localIdentity();

describe('local identity (the local Cognito stand-in)', () => {
  it('issues an ID token whose claims carry the role as a Cognito group, and verifies it', async () => {
    const token = identity.issueToken({ role: 'healthcare-user', subject: 'user-1' });

    const claims = await identity.verify(token);

    expect(claims).toMatchObject({ sub: 'user-1', 'cognito:groups': ['healthcare-user'], token_use: 'id' });
  });

  it('rejects a token whose payload was altered', async () => {
    const [header, , signature] = identity.issueToken({ role: 'non-clinical-user' }).split('.');
    const forged = Buffer.from(JSON.stringify({ sub: 'x', 'cognito:groups': ['healthcare-user'] })).toString(
      'base64url',
    );

    await expect(identity.verify(`${header}.${forged}.${signature}`)).rejects.toThrow();
  });

  it('rejects an expired token', async () => {
    const token = identity.issueToken({
      role: 'fhir-sync-admin',
      ttlSeconds: 60,
      now: new Date('2020-01-01T00:00:00Z'),
    });

    await expect(identity.verify(token)).rejects.toThrow(/expired/i);
  });

  it('rejects a token signed by another key', async () => {
    const token = localIdentity().issueToken({ role: 'fhir-sync-admin' });

    await expect(identity.verify(token)).rejects.toThrow();
  });

  it.each([
    ['without an expiry', { exp: undefined }, /expiry/],
    ['that is an access token', { token_use: 'access' }, /ID token/],
    ['without a token use', { token_use: undefined }, /ID token/],
  ])('rejects a token %s, as the Cognito authoriser does', async (_, claims, reason) => {
    const token = identity.issueToken({ role: 'healthcare-user', claims });

    await expect(identity.verify(token)).rejects.toThrow(reason);
  });
});
