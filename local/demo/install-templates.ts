import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TEMPLATE_CATALOG } from '../../catalog/templates';
import { validateTemplate } from '../../lambdas/domain/messaging/templates/validate-template';
import { dynamoTemplates } from '../../lambdas/handlers/wiring/definition-stores';
import { localDynamoClient } from '../dynamodb/dynamodb-local';
import type { LocalStack } from '../local-stack';

/**
 * Installs every catalog template that is not installed yet, validated as `POST /templates` validates it,
 * so the demo (and the bench) can send from the first minute. Returns how many templates are installed.
 */
export async function installCatalogTemplates(stack: LocalStack, createdBy: string): Promise<number> {
  const client = DynamoDBDocumentClient.from(localDynamoClient(stack.endpoints.dynamodb), {
    marshallOptions: { removeUndefinedValues: true },
  });
  const store = dynamoTemplates(client, stack.tables.platform);
  for (const entry of TEMPLATE_CATALOG) {
    const validation = validateTemplate(entry.definition);
    if (!validation.ok) {
      const first = validation.errors[0];
      throw new Error(`catalog template ${entry.templateId} is not valid: ${first?.pointer} ${first?.message}`);
    }
    await store.create({
      templateId: entry.templateId,
      version: 1,
      definition: validation.definition,
      createdAt: stack.clock.now().toISOString(),
      createdBy,
    });
  }
  return TEMPLATE_CATALOG.length;
}
