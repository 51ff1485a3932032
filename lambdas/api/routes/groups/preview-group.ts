import type { AuditLog } from '../../../domain/access/audit-trail';
import { inGroup, type RouteDefinition } from '../../route';
import { type SegmentPreviewServices, segmentPreviewRoutes } from '../segments-preview-routes';

export interface PreviewApiServices extends SegmentPreviewServices {
  readonly audit: AuditLog;
}

/** An unsaved segment definition evaluated over the patients: the `ApiSegmentPreview` function. */
export function previewRoutes(services: PreviewApiServices): RouteDefinition[] {
  return inGroup('preview', segmentPreviewRoutes(services));
}
