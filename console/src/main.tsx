import '@cloudscape-design/global-styles/index.css';
import I18nProvider from '@cloudscape-design/components/i18n';
import englishMessages from '@cloudscape-design/components/i18n/messages/all.en';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './auth/root';
import { loadConfig } from './config';

const container = document.getElementById('root') as HTMLElement;

loadConfig().then(
  (config) =>
    createRoot(container).render(
      <StrictMode>
        {/* Cloudscape's own English labels (close, dismiss, pagination…), so no control is left without a name. */}
        <I18nProvider locale="en" messages={[englishMessages]}>
          <Root config={config} />
        </I18nProvider>
      </StrictMode>,
    ),
  (error: Error) => {
    container.textContent = `The console could not start: ${error.message}`;
  },
);
