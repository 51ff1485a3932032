import type { Model } from 'fhirpath';
import { arrToHash, updateWithGeneratedData } from 'fhirpath/fhir-context/general-additions';
import type { FhirPathModelData } from './fhirpath-model-cut';

/**
 * The R4 model FHIRPath expressions are compiled with: fhirpath's own, cut to the resource types the platform
 * stores, and completed the way `fhirpath/fhir-context/r4` completes it.
 */
export const fhirpathR4Model: Model = (() => {
  const data = require('./fhirpath-model.generated.json') as FhirPathModelData;
  const model = { ...data, resourcesWithUrlParam: arrToHash(data.resourcesWithUrlParam) };
  updateWithGeneratedData(model);
  return model as unknown as Model;
})();
