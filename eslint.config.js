// ESLint flat config: JavaScript and TypeScript (typescript-eslint's recommended rules, syntax only:
// the type-aware presets would run the TypeScript program a second time next to `npm run typecheck`)
// and Astro components (eslint-plugin-astro). Formatting is Prettier's job (`npm run format`).
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig(
  {
    // Build output, caches and files kept byte for byte (report texts and test fixtures).
    ignores: ['dist/', '.astro/', 'node_modules/', 'coverage/', '.vitest/', 'content/', 'test/fixtures/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      // Control characters in patterns here are deliberate: they strip or refuse them in report text and URLs.
      'no-control-regex': 'off',
      // `_name` marks a parameter or binding kept for its position or to drop a key from a rest object.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Served as-is to the browser.
    files: ['public/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
);
