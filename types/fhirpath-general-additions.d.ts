/** fhirpath ships no declarations for this module; these are the two functions its R4 model is completed with. */
declare module 'fhirpath/fhir-context/general-additions' {
  export function updateWithGeneratedData(modelInfo: object): void;
  export function arrToHash(values: readonly string[]): Record<string, true>;
}
