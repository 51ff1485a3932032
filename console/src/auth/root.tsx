import { useCallback, useEffect, useMemo, useState } from 'react';
import { BrowserRouter } from 'react-router-dom';
import { createApiClient, dataOf } from '../api/client';
import type { Caller, Permission } from '../api/types';
import { App } from '../app/app';
import { ErrorAlert, Loading } from '../app/page-states';
import { type Session, SessionContext } from '../app/session';
import type { ConsoleConfig } from '../config';
import { cognitoSignIn, type SignedOutReason, type Tokens } from './sign-in';
import { SignInPage } from './sign-in-page';

/**
 * Holds the session: signed out, the sign-in page; signed in, the console. The session ends when the token
 * expires (a timer at its `exp`), when the API rejects the token (a 401), or on sign-out; the token lives in
 * this component's state only.
 */
export function Root({ config }: { config: ConsoleConfig }) {
  const cognito = useMemo(() => (config.auth.kind === 'cognito' ? cognitoSignIn(config.auth) : undefined), [config]);
  const [tokens, setTokens] = useState<Tokens>();
  const [reason, setReason] = useState<SignedOutReason>();
  const [caller, setCaller] = useState<Caller>();
  const [failure, setFailure] = useState<unknown>();

  const end = useCallback(
    (why: SignedOutReason) => {
      setTokens(undefined);
      setCaller(undefined);
      setReason(why);
      if (why === 'signed-out' && cognito) void cognito.signOut();
    },
    [cognito],
  );

  useEffect(() => {
    cognito?.resume().then((resumed) => resumed && setTokens(resumed), setFailure);
  }, [cognito]);

  const client = useMemo(
    () =>
      createApiClient({
        baseUrl: config.apiUrl,
        token: () => tokens?.idToken,
        onUnauthorized: () => end('rejected'),
      }),
    [config.apiUrl, tokens, end],
  );

  useEffect(() => {
    if (!tokens) return;
    const timer = setTimeout(() => end('expired'), Math.max(0, tokens.expiresAt.getTime() - Date.now()));
    dataOf(client.GET('/me')).then(setCaller, setFailure);
    return () => clearTimeout(timer);
  }, [tokens, client, end]);

  const session = useMemo<Session | undefined>(() => {
    if (!tokens || !caller) return undefined;
    const held = new Set<Permission>(caller.permissions);
    return {
      client,
      caller,
      expiresAt: tokens.expiresAt,
      can: (...permissions) => permissions.every((p) => held.has(p)),
      signOut: () => end('signed-out'),
    };
  }, [tokens, caller, client, end]);

  if (failure) return <ErrorAlert header="Sign-in failed" error={failure} onRetry={() => window.location.reload()} />;
  if (!tokens)
    return (
      <SignInPage
        config={config}
        reason={reason}
        onSignedIn={(signedIn) => {
          setReason(undefined);
          setTokens(signedIn);
        }}
        onCognito={cognito ? () => void cognito.start() : undefined}
      />
    );
  if (!session) return <Loading what="your permissions" />;
  return (
    <SessionContext.Provider value={session}>
      <BrowserRouter basename={import.meta.env.BASE_URL.replace(/\/$/, '')}>
        <App />
      </BrowserRouter>
    </SessionContext.Provider>
  );
}
