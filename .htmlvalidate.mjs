// html-validate's configuration for the built site (test/browser/htmlValidity.test.ts checks every page
// of both builds with it; `npx html-validate dist` does the same by hand). The recommended preset,
// with each rule that is turned off justified right beside it.
/** @type {import('html-validate').ConfigData} */
export default {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // Report text is shown as written: table-like fragments that are not the report's data are kept
    // in <pre> byte for byte (TextFragment.astro), and tab-separated source lines often end in a tab.
    // Trailing whitespace there is the reader's evidence, not sloppy markup; the rule is about how
    // hand-written source is formatted and cannot tell the two apart.
    'no-trailing-whitespace': 'off',
  },
};
