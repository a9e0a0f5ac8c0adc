/// <reference types="astro/client" />

/** src/build/catalogCache.ts */
declare module 'virtual:nianbao/catalog-cache' {
  /** The cross-year checks' cache file; null outside a build. */
  export const file: string | null;
  /** The key of the code that makes them. */
  export const codeKey: string;
}
