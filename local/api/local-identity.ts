import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject, randomUUID, sign } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { JwtVerifier } from 'aws-jwt-verify';
import type { Role } from '../../lambdas/domain/access/roles';

/**
 * The local stand-in for the Cognito user pool: issues RS256 ID tokens whose claims look like
 * Cognito's (`sub`, `cognito:groups`, `cognito:username`, `token_use`), and verifies them with
 * `aws-jwt-verify` — the library the deployed platform would use outside API Gateway.
 */
export const LOCAL_ISSUER = 'http://localhost/local-user-pool';
export const LOCAL_AUDIENCE = 'patient-outreach-local';
const KEY_ID = 'local-1';

export interface LocalIdentity {
  issueToken(options: {
    role: Role;
    subject?: string;
    username?: string;
    ttlSeconds?: number;
    now?: Date;
    /** Claims over the defaults (`undefined` drops one): lets a test forge what Cognito never issues. */
    claims?: Record<string, unknown>;
  }): string;
  verify(token: string): Promise<Record<string, unknown>>;
}

function loadOrCreateKey(path: string | undefined): KeyObject {
  if (path && existsSync(path)) return createPrivateKey(readFileSync(path, 'utf8'));
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  if (path) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  }
  return privateKey;
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** With a key file the tokens survive restarts (`npm start` and the CLI share `.data/local-user-pool.pem`). */
export function localIdentity(keyFile?: string): LocalIdentity {
  const privateKey = loadOrCreateKey(keyFile);
  const jwk = { ...createPublicKey(privateKey).export({ format: 'jwk' }), kid: KEY_ID, alg: 'RS256', use: 'sig' };
  const verifier = JwtVerifier.create({
    issuer: LOCAL_ISSUER,
    audience: LOCAL_AUDIENCE,
    jwksUri: `${LOCAL_ISSUER}/.well-known/jwks.json`,
  });
  verifier.cacheJwks({ keys: [jwk as never] });
  return {
    issueToken({ role, subject, username, ttlSeconds = 3600, now = new Date(), claims = {} }) {
      const iat = Math.floor(now.getTime() / 1000);
      const header = base64url({ alg: 'RS256', typ: 'JWT', kid: KEY_ID });
      const payload = base64url({
        sub: subject ?? randomUUID(),
        'cognito:groups': [role],
        'cognito:username': username ?? `local-${role}`,
        token_use: 'id',
        iss: LOCAL_ISSUER,
        aud: LOCAL_AUDIENCE,
        iat,
        exp: iat + ttlSeconds,
        ...claims,
      });
      const signature = sign('RSA-SHA256', Buffer.from(`${header}.${payload}`), privateKey).toString('base64url');
      return `${header}.${payload}.${signature}`;
    },
    // As API Gateway's Cognito authoriser: an ID token (not an access token) that expires.
    async verify(token) {
      const claims = (await verifier.verify(token)) as Record<string, unknown>;
      if (typeof claims.exp !== 'number') throw new Error('the token has no expiry (exp)');
      if (claims.token_use !== 'id') throw new Error('the token is not an ID token (token_use must be id)');
      return claims;
    },
  };
}
