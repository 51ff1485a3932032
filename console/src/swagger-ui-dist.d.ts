declare module 'swagger-ui-dist/swagger-ui-es-bundle.js' {
  /** Swagger UI's ES bundle (the package ships no types): renders an OpenAPI document into `dom_id`. */
  export default function SwaggerUIBundle(options: Record<string, unknown>): unknown;
}
