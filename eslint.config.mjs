// @ts-check
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/**
 * Contexts depend downstream only: territories ← identity ← groups ← knowledge ← discussions ←
 * moderation (each may import the ones before it); search and notifications may read all of
 * them; nothing imports those two but the apps.
 */
function contextConstraints() {
  const base = ['scope:platform', 'scope:shared'];
  const chain = ['territories', 'identity', 'groups', 'knowledge', 'discussions', 'moderation'].map(
    (c) => `scope:${c}`,
  );
  return [
    ...chain.map((tag, i) => ({ sourceTag: tag, onlyDependOnLibsWithTags: [...chain.slice(0, i), ...base] })),
    ...['scope:search', 'scope:notifications'].map((tag) => ({
      sourceTag: tag,
      onlyDependOnLibsWithTags: [...chain, ...base],
    })),
  ];
}

/** Who may import whom (STYLE.md): runtime, type and scope tags checked on every import. */
const depConstraints = [
  // Runtimes never mix: the API and the web app share only runtime-neutral code.
  { sourceTag: 'runtime:api', onlyDependOnLibsWithTags: ['runtime:api', 'runtime:shared'] },
  { sourceTag: 'runtime:web', onlyDependOnLibsWithTags: ['runtime:web', 'runtime:shared'] },
  { sourceTag: 'runtime:shared', onlyDependOnLibsWithTags: ['runtime:shared'] },
  // Layers: apps compose; features use the platform; core imports no feature.
  {
    sourceTag: 'type:app',
    onlyDependOnLibsWithTags: [
      'type:feature',
      'type:core',
      'type:database',
      'type:ui',
      'type:data-access',
      'type:util',
    ],
  },
  {
    sourceTag: 'type:feature',
    onlyDependOnLibsWithTags: ['type:feature', 'type:core', 'type:database', 'type:util'],
  },
  { sourceTag: 'type:core', onlyDependOnLibsWithTags: ['type:util'] },
  { sourceTag: 'type:database', onlyDependOnLibsWithTags: ['type:core', 'type:util'] },
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:core', 'type:database', 'type:util'] },
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:util'] },
  { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:util'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
  {
    sourceTag: 'type:e2e',
    onlyDependOnLibsWithTags: [
      'type:app',
      'type:feature',
      'type:testing',
      'type:core',
      'type:database',
      'type:util',
    ],
  },
  ...contextConstraints(),
  { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
];

/** Layer rules by file role (STYLE.md "Rules of thumb"). */
const layerRules = [
  {
    files: ['**/*.resolver.ts'],
    message:
      'Resolvers shape GraphQL only: go through a service (no TypeORM, repositories or entities here).',
    patterns: ['typeorm', 'typeorm/*', '@nestjs/typeorm', '**/*.repository*', '**/*.entity*'],
  },
  {
    files: ['**/*.service.ts'],
    message: 'Services hold rules and transactions, not GraphQL: return plain objects, throw DomainError.',
    patterns: ['graphql', '@nestjs/graphql', '@nestjs/apollo'],
  },
  {
    files: ['**/*.policy.ts'],
    message: 'Policies are pure functions: no Nest, no TypeORM.',
    patterns: ['@nestjs/*', 'typeorm', 'typeorm/*'],
  },
  {
    files: ['**/*.entity.ts'],
    message: 'Entities are not GraphQL types: put @Field on a *.model.ts.',
    patterns: ['@nestjs/graphql', 'graphql'],
  },
  {
    files: ['**/*.model.ts', '**/*.input.ts', '**/*.args.ts'],
    message: 'GraphQL types are not entities: put @Column on a *.entity.ts.',
    patterns: ['typeorm', 'typeorm/*'],
  },
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.data/**',
      '.nx/**',
      'apps/web/public/**',
      'libs/web/graphql/src/generated/**',
      'tests/bench/results/**',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...nx.configs['flat/base'],
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.api.json', './tsconfig.web.json', './tsconfig.tools.json'],
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        { enforceBuildableLibDependency: false, allow: [], depConstraints, banTransitiveDependencies: false },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      // Nest and class-validator classes are often decorator-only.
      '@typescript-eslint/no-extraneous-class': 'off',
    },
  },
  ...layerRules.map(({ files, message, patterns }) => ({
    files,
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] },
  })),
  {
    files: ['apps/web/**/*.{ts,tsx}', 'libs/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Tests may poke at internals through loose typing of responses.
    files: ['**/*.spec.ts', '**/*.spec.tsx', '**/*.e2e-spec.ts', '**/*.int-spec.ts', 'tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
      // expect.any() and friends are typed `any`.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      // Raw SQL probes (dataSource.query) return rows typed `any`.
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);
