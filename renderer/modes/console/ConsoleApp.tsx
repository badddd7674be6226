import { SessionProvider } from '../../session/SessionProvider';
import { ConsoleRoutes } from './ConsoleRoutes';

/** The console: sign-in first, then the signed-in pages. */
export function ConsoleApp() {
  return (
    <SessionProvider>
      <ConsoleRoutes />
    </SessionProvider>
  );
}
