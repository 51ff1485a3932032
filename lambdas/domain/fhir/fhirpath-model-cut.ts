import { ACCEPTED_RESOURCE_TYPES } from './resource-types';

/**
 * FHIRPath's R4 model (`fhirpath/fhir-context/r4`) as the inputs it is built from, before fhirpath derives
 * its lookup tables from them. Nine tenths of it are the element paths of every R4 resource.
 */
export interface FhirPathModelData {
  readonly version: string;
  readonly score: unknown;
  readonly choiceTypePaths: Readonly<Record<string, unknown>>;
  readonly pathsDefinedElsewhere: Readonly<Record<string, string>>;
  readonly type2Parent: Readonly<Record<string, string>>;
  readonly path2Type: Readonly<Record<string, unknown>>;
  readonly resourcesWithUrlParam: readonly string[];
}

/** Written by `npm run schemas`; `fhirpath-model.ts` loads it. */
export const FHIRPATH_MODEL_FILE = 'fhirpath-model.generated.json';

/** Segment criteria are evaluated over a Bundle of the patient's resources. */
const KEPT_RESOURCE_TYPES: ReadonlySet<string> = new Set([...ACCEPTED_RESOURCE_TYPES, 'Bundle']);

/**
 * Keeps the paths of the resources the platform stores (and of every data type), drops those of the other
 * 130-odd resource types, which no stored resource has: written at build time by `npm run schemas` to
 * `fhirpath-model.generated.json`, so that functions bundle about a tenth of the model.
 */
export function cutFhirPathModel(full: FhirPathModelData, resourceTypes: readonly string[]): FhirPathModelData {
  const dropped = new Set(resourceTypes.filter((type) => !KEPT_RESOURCE_TYPES.has(type)));
  const kept = <T>(table: Readonly<Record<string, T>>) =>
    Object.fromEntries(Object.entries(table).filter(([path]) => !dropped.has(path.split('.')[0] as string)));
  return {
    ...full,
    choiceTypePaths: kept(full.choiceTypePaths),
    pathsDefinedElsewhere: kept(full.pathsDefinedElsewhere),
    path2Type: kept(full.path2Type),
  };
}
