/**
 * The console's security headers, one list for both places that serve it: CloudFront's response headers policy
 * (deployed) and the local server (`npm start`). The CSP allows no inline or foreign script; styles may be inline
 * (Cloudscape sets positions as style attributes), images and fonts come from the console itself or data: URLs.
 */
export function consoleContentSecurityPolicy(apiOrigin: string | undefined): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${apiOrigin ? ` ${apiOrigin}` : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const CONSOLE_HSTS = { maxAgeSeconds: 63_072_000, includeSubdomains: true, preload: false } as const;
export const CONSOLE_REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** The headers as a plain record (the local server sets them on every console response). */
export function consoleSecurityHeaders(apiOrigin: string | undefined): Record<string, string> {
  return {
    'content-security-policy': consoleContentSecurityPolicy(apiOrigin),
    'strict-transport-security': `max-age=${CONSOLE_HSTS.maxAgeSeconds}; includeSubDomains`,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': CONSOLE_REFERRER_POLICY,
  };
}
