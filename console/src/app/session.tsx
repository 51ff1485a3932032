import { createContext, useContext } from 'react';
import type { ApiClient } from '../api/client';
import type { Caller, Permission } from '../api/types';

export interface Session {
  readonly client: ApiClient;
  readonly caller: Caller;
  readonly expiresAt: Date;
  /** Whether the caller holds every one of these permissions (read from `GET /me`, never from a copy). */
  can(...permissions: Permission[]): boolean;
  signOut(): void;
}

export const SessionContext = createContext<Session | undefined>(undefined);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() outside a signed-in console');
  return session;
}

export function useApi(): ApiClient {
  return useSession().client;
}
