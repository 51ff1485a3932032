/** Key builders for the Patients table; `docs/storage.md` lists the access pattern each serves. */
export const patientPk = (patientId: string) => `PATIENT#${patientId}`;
export const resourceSk = (resourceType: string, resourceId: string) => `RESOURCE#${resourceType}#${resourceId}`;
export const RESOURCE_SK_PREFIX = 'RESOURCE#';
export const versionPk = (resourceType: string, resourceId: string) => `RESOURCE#${resourceType}/${resourceId}`;
export const VERSION_SK = 'VERSION';
