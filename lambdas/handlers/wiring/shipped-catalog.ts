import { JOURNEY_CATALOG } from '../../../catalog/journeys';
import { SEGMENT_CATALOG } from '../../../catalog/segments';
import { TEMPLATE_CATALOG } from '../../../catalog/templates';
import type { ShippedCatalog } from '../../api/shipped-catalog';

/** The content shipped in `catalog/`, which the definition routes list and install. */
export const SHIPPED_CATALOG: ShippedCatalog = {
  segments: SEGMENT_CATALOG,
  journeys: JOURNEY_CATALOG,
  templates: TEMPLATE_CATALOG,
};
