// How nianbao's tools and browser tests start Debian's Chromium: headless, without its own network
// traffic (updates, background fetches), so that every request comes from the page.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
