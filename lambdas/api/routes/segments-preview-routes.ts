import { visibilityOf } from '../../domain/patients/visibility';
import { type PreviewServices, previewSegment } from '../../domain/segments/preview';
import { readDefinition, type SegmentApiServices } from '../../domain/segments/segment-service';
import { notFound } from '../problem';
import { defineRoute, type RouteDefinition } from '../route';
import {
  DEFAULT_PREVIEW_PATIENTS,
  PREVIEW_SAMPLE_SIZE,
  previewBody,
  previewResponse,
} from '../schemas/segment-api-schemas';
import { orRefuse } from './segments-refusal';
import { SEGMENTS_TAG } from './segments-routes';

const access = { kind: 'permission', permission: 'segments:manage' } as const;

export type SegmentPreviewServices = PreviewServices & Pick<SegmentApiServices, 'fhirPath'>;

/**
 * `POST /segments/preview`: an unsaved definition evaluated over the patients as they are, as the segment
 * evaluation functions evaluate it (FHIRPath criteria included), in a function of its own for that reason.
 */
export function segmentPreviewRoutes(services: SegmentPreviewServices): RouteDefinition[] {
  return [
    defineRoute({
      operationId: 'previewSegment',
      method: 'POST',
      path: '/segments/preview',
      summary:
        'Evaluate an unsaved definition: how many of the first patients match, a sample, and one patient explained',
      tag: SEGMENTS_TAG,
      access,
      audit: { action: 'segment.preview', readOnly: true },
      body: previewBody,
      response: { status: 200, description: 'counts, a sample, and the explanation', schema: previewResponse },
      errors: [403, 404],
      handle: async ({ body, principal, audit }) => {
        const { definition } = orRefuse(await readDefinition(body.definition, services.fhirPath, '/definition'));
        // Explaining one patient shows that patient's data: the audit entry names them.
        if (body.patientId) audit.patientId = body.patientId;
        const result = await previewSegment(
          {
            definition,
            limit: body.limit ?? DEFAULT_PREVIEW_PATIENTS,
            sampleSize: PREVIEW_SAMPLE_SIZE,
            patientId: body.patientId,
            mayReadClinical: visibilityOf(principal.roles).has('clinical'),
          },
          services,
        );
        if (!result) throw notFound('no patient with this id');
        return orRefuse(result);
      },
    }),
  ];
}
