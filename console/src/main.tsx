import '@cloudscape-design/global-styles/index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './auth/root';
import { loadConfig } from './config';

const container = document.getElementById('root') as HTMLElement;

loadConfig().then(
  (config) =>
    createRoot(container).render(
      <StrictMode>
        <Root config={config} />
      </StrictMode>,
    ),
  (error: Error) => {
    container.textContent = `The console could not start: ${error.message}`;
  },
);
