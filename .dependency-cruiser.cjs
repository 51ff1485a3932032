/**
 * The layers of docs/architecture.md (the layout table of the design) as rules: `test/unit/import-graph.test.ts`
 * runs them over the tree and fails on any cycle or forbidden arrow. Paths are relative to the folder cruised
 * from, so the test can also run them over a small tree with a deliberate violation.
 */
const AWS = '^(@aws-sdk|@aws-lambda-powertools|@middy|aws-lambda|aws-cdk-lib|constructs|cdk-nag)(/|$)';

module.exports = {
  forbidden: [
    { name: 'no-cycle', severity: 'error', comment: 'import cycles', from: {}, to: { circular: true } },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment:
        'lambdas/domain holds the logic only: nothing from AWS, the API layer, adapters, handlers, config or catalog/',
      from: { path: '^lambdas/domain/' },
      to: { path: ['^lambdas/(api|adapters|handlers|config)/', '^lambdas/function-catalog', '^catalog/', AWS] },
    },
    {
      name: 'api-imports-domain-only',
      severity: 'error',
      comment: 'lambdas/api (routes, dispatch, schemas, OpenAPI) may import the domain only',
      from: { path: '^lambdas/api/' },
      to: { path: ['^lambdas/(adapters|handlers|config)/', '^catalog/', '^@aws-sdk/'] },
    },
    {
      name: 'adapters-import-domain-only',
      severity: 'error',
      comment: 'lambdas/adapters implement the domain ports; composition is in lambdas/handlers',
      from: { path: '^lambdas/adapters/' },
      to: { path: ['^lambdas/(api|handlers|config)/', '^catalog/'] },
    },
    {
      name: 'lambdas-stand-alone',
      severity: 'error',
      comment: 'what is deployed never imports the local stack, tests, benchmarks or infrastructure',
      from: { path: '^(lambdas|catalog|statemachines)/' },
      to: { path: '^(local|test|bench|lib|bin|scripts|console)/' },
    },
    {
      name: 'catalog-is-content',
      severity: 'error',
      comment: 'catalog/ is data; it may name the domain types it is written to, nothing else',
      from: { path: '^catalog/' },
      to: { path: '^lambdas/(api|adapters|handlers|config)/' },
    },
    {
      name: 'console-uses-the-published-contract',
      severity: 'error',
      comment: 'the console knows the API by its OpenAPI document (generated types), never by its code',
      from: { path: '^console/' },
      to: { path: '^(lambdas|lib|local|catalog|statemachines|scripts|bin|bench)/' },
    },
    {
      name: 'infrastructure-bundles-handlers',
      severity: 'error',
      comment: 'lib/ bundles handlers by path; it never imports them',
      from: { path: '^(lib|bin)/' },
      to: { path: '^lambdas/handlers/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|cdk\\.out|dist)/' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    moduleSystems: ['es6', 'cjs'],
  },
};
