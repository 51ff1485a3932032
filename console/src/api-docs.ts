import 'swagger-ui-dist/swagger-ui.css';
import SwaggerUIBundle from 'swagger-ui-dist/swagger-ui-es-bundle.js';
import { loadConfig } from './config';

/** The API reference, rendered by Swagger UI (bundled: no CDN) from the API's own `/openapi.json`. */
loadConfig().then((config) => {
  SwaggerUIBundle({
    url: `${config.apiUrl}/openapi.json`,
    dom_id: '#api-reference',
    deepLinking: true,
    docExpansion: 'list',
    defaultModelsExpandDepth: 1,
    tryItOutEnabled: false,
    supportedSubmitMethods: [],
  });
});
