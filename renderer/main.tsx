import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ApiProvider } from './api/context';
import { createApiClient } from './api/client';
import { NoticeProvider } from './components/Notice';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApiProvider value={createApiClient()}>
      <NoticeProvider>
        <App />
      </NoticeProvider>
    </ApiProvider>
  </StrictMode>,
);
