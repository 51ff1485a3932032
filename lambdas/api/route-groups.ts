/**
 * The Lambda functions the staff API is served by, one per group of routes. One function for every route
 * bundled everything any route calls (2.2 MB: FHIRPath for definitions, the ASL interpreter for simulation,
 * liquidjs, libphonenumber), and every cold start of every route paid to load it. Split by what the routes
 * pull in, each function carries only its group:
 * - `core`: patients and their 360 view, audit, ingestion operations, messages, settings, links, activities;
 * - `definitions`: the versioned definitions (segments and their members, templates, journeys and their
 *   enrolments), which bring the definition validators and the template engine;
 * - `simulation`: running a journey version on a simulated clock, which brings the ASL interpreter;
 * - `system`: health, the OpenAPI document and its page, from the document generated at build time (a
 *   function building it from the route table would bundle every route).
 */
export const API_FUNCTION_GROUPS = ['core', 'definitions', 'simulation', 'system'] as const;
export type ApiFunctionGroup = (typeof API_FUNCTION_GROUPS)[number];
