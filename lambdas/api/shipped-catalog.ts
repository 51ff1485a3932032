import type { JourneyDefinition } from '../domain/journeys/definition-schema';
import type { MessageTemplateDefinition } from '../domain/messaging/templates/template-schema';
import type { SegmentDefinition } from '../domain/segments/definition-schema';

/**
 * The content shipped with the platform (`catalog/`), loaded by the composition root and passed in: the
 * routes that list it never import content themselves.
 */
export interface ShippedCatalog {
  readonly segments: readonly SegmentDefinition[];
  readonly journeys: readonly JourneyDefinition[];
  readonly templates: readonly { readonly templateId: string; readonly definition: MessageTemplateDefinition }[];
}

export interface ShippedCatalogServices {
  readonly shippedCatalog: ShippedCatalog;
}
