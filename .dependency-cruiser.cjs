// Enforces the layering of DESIGN §6: model <- catalog <- engine <- {store, api, cli}; web -> {model, catalog, engine}.
// The text layer (src/text: every user-facing sentence) sits just above model: model <- text <- {catalog, engine, cli, api, web}.
// The engine stays pure: no node:* built-ins and no I/O packages.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'model-imports-zod-only',
      severity: 'error',
      from: { path: '^src/model/' },
      to: { pathNot: ['^src/model/', 'node_modules/zod/'] },
    },
    {
      name: 'text-imports-model-only',
      severity: 'error',
      from: { path: '^src/text/' },
      to: { pathNot: ['^src/model/', '^src/text/', 'node_modules/zod/'] },
    },
    {
      name: 'catalog-imports-model-and-text-only',
      severity: 'error',
      from: { path: '^src/catalog/' },
      to: { pathNot: ['^src/model/', '^src/text/', '^src/catalog/', 'node_modules/zod/'] },
    },
    {
      name: 'engine-is-pure',
      severity: 'error',
      from: { path: '^src/engine/' },
      to: {
        pathNot: [
          '^src/model/',
          '^src/text/',
          '^src/catalog/',
          '^src/engine/',
          'node_modules/(zod|graphology|graphology-traversal|graphology-types|graphology-components|graphology-dag|fast-xml-parser)/',
        ],
      },
    },
    {
      name: 'engine-no-node-builtins',
      severity: 'error',
      from: { path: '^src/(engine|model|catalog|text)/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'cli-does-not-import-api-or-web',
      severity: 'error',
      from: { path: '^src/cli/' },
      to: { path: '^(web/|src/api/)' },
    },
    {
      name: 'api-does-not-import-cli-or-web',
      severity: 'error',
      from: { path: '^src/api/' },
      to: { path: '^(web/|src/cli/)' },
    },
    {
      name: 'store-is-below-the-shells',
      severity: 'error',
      from: { path: '^src/store/' },
      to: { path: '^(web/|src/(api|cli)/)' },
    },
    {
      name: 'web-imports-model-engine-only',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^src/(api|cli|store)/' },
    },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: ['web/dist', 'node_modules'] },
  },
};
