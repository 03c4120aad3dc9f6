import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const PROPERTY_MAY_NOT_IMPORT = [
  {
    group: [
      '**/routers/staff/**',
      '**/routers/tenant/**',
      '**/queries/staff/**',
      '**/queries/tenant/**',
      '**/queries/services/**',
      '**/schema/services/**',
    ],
    message: 'The property side never reaches services or tenant code.',
  },
  {
    // The same folders through relative paths (`../staff/…` from queries/property or routers/property).
    regex: '^\\.\\.?/(?:\\.\\./)*(?:staff|tenant|services)/',
    message: 'The property side never reaches services or tenant code.',
  },
];
const PROPERTY_MAY_NOT_IMPORT_PATHS = ['@hearth/db', '@hearth/db/testing'].map((name) => ({
  name,
  message: 'Property code imports @hearth/db/property only (no services data).',
}));

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/.turbo/**',
      '**/migrations/**',
      'tooling/e2e/artifacts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      ecmaVersion: 2023,
      sourceType: 'module',
      parserOptions: {
        projectService: {
          allowDefaultProject: [
            '*.config.ts',
            'eslint.config.js',
            'packages/domain/vitest.config.ts',
            'tooling/vitest-reporters.ts',
          ],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-console': 'off',
      // React's onSubmit/onClick may take a promise-returning handler; elsewhere a floating promise is an error.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      eqeqeq: ['error', 'smart'],
      // Environment is read in one validated env.ts per app (STYLE.md habit 9).
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read the environment in env.ts only.',
        },
      ],
    },
  },
  {
    files: [
      'apps/server/src/env.ts',
      '**/*.test.ts',
      '**/test-*.ts',
      '**/testing.ts',
      'tooling/**',
      '**/*.config.ts',
      'packages/db/drizzle.config.ts',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: [
      'packages/api/src/routers/property/**/*.ts',
      'packages/db/src/queries/property/**/*.ts',
      'packages/db/src/property.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: PROPERTY_MAY_NOT_IMPORT_PATHS, patterns: PROPERTY_MAY_NOT_IMPORT },
      ],
    },
  },
  {
    files: ['apps/{staff,tenant,property}/src/**/*.{ts,tsx}', 'packages/ui/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@hearth/db', '@hearth/db/*'], message: 'Portals never depend on the database.' },
          ],
        },
      ],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@hearth/api',
              message: 'Portals import the API router type only.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  // Plain JavaScript (this file) has no types to check.
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
