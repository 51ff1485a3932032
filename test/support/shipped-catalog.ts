import { JOURNEY_CATALOG } from '../../catalog/journeys';
import { SEGMENT_CATALOG } from '../../catalog/segments';
import { TEMPLATE_CATALOG } from '../../catalog/templates';
import type { ShippedCatalog } from '../../lambdas/api/shipped-catalog';

/** The shipped content, as the composition root hands it to the routes. */
export const SHIPPED_CATALOG: ShippedCatalog = {
  segments: SEGMENT_CATALOG,
  journeys: JOURNEY_CATALOG,
  templates: TEMPLATE_CATALOG,
};
