import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { applyDocumentLanguage, i18n, startInChosenLanguage } from './i18n';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain <div id="root">');
// The first render waits for the page's language (a small fetch unless it is English), so nobody sees English first.
void startInChosenLanguage().then(() => {
  applyDocumentLanguage();
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ErrorBoundary>
          <App />
        </ErrorBoundary>
      </I18nextProvider>
    </StrictMode>,
  );
});
