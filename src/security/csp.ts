// The portal's Content-Security-Policy, in one place. Astro writes it into every page as a
// <meta http-equiv> (astro.config.mjs: security.csp, which adds the hashes of anything it inlines);
// public/_headers and the nginx snippet in the README send the same policy as an HTTP header, where
// frame-ancestors also works (a <meta> policy cannot carry it). A test keeps the three in step.
//
// Everything comes from the site itself ('self' also covers a sub-path such as /nianbao/): no outside
// host, no inline script or style attribute, no eval. Pagefind's search runs WebAssembly, which needs
// 'wasm-unsafe-eval' (it allows compiling WebAssembly only, not JavaScript eval).

/** script-src sources (Astro adds the hashes of inlined scripts to this directive in the <meta>). */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
/** style-src sources (Astro adds the hashes of inlined styles). */
export const STYLE_SOURCES = ["'self'"] as const;

/** Every other directive, for the <meta> and the header alike. */
export const DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Only valid in a header: no other site may frame the portal (clickjacking). */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** The policy as one HTTP header value. */
export function headerPolicy(): string {
  return [...DIRECTIVES, `script-src ${SCRIPT_SOURCES.join(' ')}`, `style-src ${STYLE_SOURCES.join(' ')}`, ...HEADER_ONLY_DIRECTIVES].join(
    '; ',
  );
}

/** The other security headers sent with every response. */
export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};
