import { InMemoryWebStorage, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { AuthConfig } from '../config';

/** Why the console shows the sign-in page again. */
export type SignedOutReason = 'signed-out' | 'expired' | 'rejected';

/** A signed-in session: the ID token the API's Cognito authorizer accepts, held in memory only. */
export interface Tokens {
  readonly idToken: string;
  /** When the token, and so the session, ends. */
  readonly expiresAt: Date;
}

export interface SignInMethod {
  /** A session the page load completes (Cognito's redirect back with a code), if any. */
  resume(): Promise<Tokens | undefined>;
  signOut(): Promise<void>;
}

/** Locally: the local user pool issues a token for the role picked on the sign-in page. */
export async function localSignIn(role: string, name: string): Promise<Tokens> {
  const response = await fetch('/local/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role, name }),
  });
  if (!response.ok) throw new Error(`The local user pool refused the sign-in (${response.status})`);
  const body = (await response.json()) as { idToken: string; expiresAt: string };
  return { idToken: body.idToken, expiresAt: new Date(body.expiresAt) };
}

const consoleUrl = () => `${window.location.origin}${import.meta.env.BASE_URL}`;

/**
 * Deployed: Cognito managed login, authorization code with PKCE, a public app client. The user store is in
 * memory (never localStorage): a reload goes back through managed login, which its own session cookie makes quick.
 */
export function cognitoSignIn(config: Extract<AuthConfig, { kind: 'cognito' }>) {
  const manager = new UserManager({
    authority: config.authority,
    client_id: config.clientId,
    redirect_uri: consoleUrl(),
    post_logout_redirect_uri: consoleUrl(),
    response_type: 'code',
    scope: 'openid email profile',
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: false,
  });
  const tokensOf = (user: { id_token?: string; expires_at?: number }): Tokens | undefined =>
    user.id_token && user.expires_at
      ? { idToken: user.id_token, expiresAt: new Date(user.expires_at * 1000) }
      : undefined;
  return {
    start: () => manager.signinRedirect(),
    async resume(): Promise<Tokens | undefined> {
      const url = new URL(window.location.href);
      if (!url.searchParams.has('code')) return undefined;
      const user = await manager.signinRedirectCallback();
      window.history.replaceState(null, '', consoleUrl());
      return tokensOf(user);
    },
    async signOut(): Promise<void> {
      await manager.removeUser();
      const logout = new URL(`https://${config.domain}/logout`);
      logout.searchParams.set('client_id', config.clientId);
      logout.searchParams.set('logout_uri', consoleUrl());
      window.location.assign(logout.toString());
    },
  };
}
