import { HashRouter, Navigate, Route, Routes } from 'react-router';
import { ApiProvider } from './api/ApiProvider';
import type { ApiClient } from './api/client';
import { ModeTheme } from './components/ModeTheme';
import { ConsoleApp } from './modes/console/ConsoleApp';
import { KioskApp } from './modes/kiosk/KioskApp';

/**
 * Two modes in one bundle, chosen by the hash: `#/console` (default) at a desk, `#/kiosk` on a
 * door tablet. Hash routes work the same over http:// (the server) and app:// (Electron).
 */
export function App({ client }: { client: ApiClient }) {
  return (
    <ApiProvider client={client}>
      <HashRouter>
        <Routes>
          <Route
            path="/console/*"
            element={
              <ModeTheme variant="console">
                <ConsoleApp />
              </ModeTheme>
            }
          />
          <Route
            path="/kiosk/*"
            element={
              <ModeTheme variant="kiosk">
                <KioskApp />
              </ModeTheme>
            }
          />
          <Route path="*" element={<Navigate to="/console" replace />} />
        </Routes>
      </HashRouter>
    </ApiProvider>
  );
}
