/**
 * The Lambda functions the staff API is served by, one per group of routes. One function for every route
 * bundled everything any route calls (2.2 MB: FHIRPath for definitions, the ASL interpreter for simulation,
 * liquidjs, libphonenumber), and every cold start of every route paid to load it. Split by what the routes
 * pull in, each function carries only its group:
 * - `core`: patients and their 360 view, audit, ingestion operations, templates, messages, settings, links,
 *   activities: the messaging side, which brings the template engine, phone numbers and time zones;
 * - `definitions`: segments and their members, journeys and their enrolments, which bring the definition
 *   validators (their FHIRPath conditions checked by the EvaluateFhirPath function);
 * - `preview`: an unsaved segment evaluated over the patients, which brings FHIRPath (the criteria's escape
 *   hatch) as the segment evaluation functions do; the other groups ask the EvaluateFhirPath function instead;
 * - `simulation`: running a journey version on a simulated clock, which brings the ASL interpreter;
 * - `system`: health, the OpenAPI document and its page, from the document generated at build time (a
 *   function building it from the route table would bundle every route).
 */
export const API_FUNCTION_GROUPS = ['core', 'definitions', 'preview', 'simulation', 'system'] as const;
export type ApiFunctionGroup = (typeof API_FUNCTION_GROUPS)[number];
