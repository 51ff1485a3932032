import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';

const BASE = import.meta.env.BASE_URL; // '/console/'

/** The address of a console route (`/patients/p-1` → `/console/patients/p-1`): a real link, openable in a new tab. */
export function href(route: string): string {
  return `${BASE}${route.replace(/^\//, '')}`;
}

/** The route of a console address (the reverse of `href`). */
export function routeOf(address: string): string {
  return address.startsWith(BASE) ? `/${address.slice(BASE.length)}` : address;
}

/**
 * A Cloudscape `onFollow` that routes inside the console (a plain click) and leaves new-tab clicks and external
 * links to the browser.
 */
export function useFollow() {
  const navigate = useNavigate();
  return useCallback(
    (event: CustomEvent<{ href?: string; external?: boolean }>) => {
      const address = event.detail.href;
      if (!address || event.detail.external || !address.startsWith(BASE)) return;
      event.preventDefault();
      navigate(routeOf(address));
    },
    [navigate],
  );
}
