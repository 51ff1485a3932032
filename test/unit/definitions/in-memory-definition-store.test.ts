import type { DefinitionKind } from '../../../lambdas/domain/definitions/kinds';
import { definitionStoreContract } from '../../support/definition-store-contract';
import { InMemoryDefinitionStore } from '../../support/in-memory-definitions';

/** The in-memory fake keeps the contract DynamoDB Local holds the real store to (test/integration/definition-store.test.ts). */
definitionStoreContract(() => {
  const stores = new Map<DefinitionKind, InMemoryDefinitionStore<unknown>>();
  return (kind) => {
    const store = stores.get(kind) ?? new InMemoryDefinitionStore<unknown>(kind);
    stores.set(kind, store);
    return store;
  };
});
