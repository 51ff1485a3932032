/**
 * What the console learns where it is served: `config.json` beside `index.html`, written by the local server
 * (`npm start`) or at deploy by CDK. Nothing about the environment is built into the bundle.
 */
export type AuthConfig =
  | { readonly kind: 'local' }
  | {
      readonly kind: 'cognito';
      /** The user pool's issuer, e.g. https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_abc. */
      readonly authority: string;
      readonly clientId: string;
      /** The managed login domain, for sign-out (Cognito's /logout endpoint). */
      readonly domain: string;
    };

export interface ConsoleConfig {
  /** The staff API's base URL; empty when the API answers on the console's own origin (locally). */
  readonly apiUrl: string;
  readonly auth: AuthConfig;
}

export async function loadConfig(): Promise<ConsoleConfig> {
  const response = await fetch(`${import.meta.env.BASE_URL}config.json`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`config.json answered ${response.status}`);
  return (await response.json()) as ConsoleConfig;
}
