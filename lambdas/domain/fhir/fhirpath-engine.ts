import type fhirpathLibrary from 'fhirpath';
import type { Model } from 'fhirpath';

export interface FhirPathEngine {
  readonly fhirpath: typeof fhirpathLibrary;
  /** The platform's R4 model (`fhirpath-model.ts`). */
  readonly r4Model: Model;
}

let engine: FhirPathEngine | undefined;

/**
 * fhirpath and the R4 model, required on first use rather than on import: with its UCUM tables and ANTLR parser
 * the library costs about 40 ms of a module load, which a function then pays on its first expression instead of
 * at every start. Expressions are the exception on every path that bundles them: the API's definition routes,
 * a journey's FHIR conditions (only when an event of the kind arrives), a segment's FHIRPath escape hatch (no
 * catalog segment has one).
 */
export function fhirpathEngine(): FhirPathEngine {
  engine ??= {
    fhirpath: require('fhirpath') as typeof fhirpathLibrary,
    r4Model: (require('./fhirpath-model') as typeof import('./fhirpath-model')).fhirpathR4Model,
  };
  return engine;
}
