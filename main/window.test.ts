import { describe, expect, it } from 'vitest';
import { windowOptions } from './window';

describe('windowOptions', () => {
  it.each([false, true])('locks the page down the same way in every mode (kiosk: %s)', (kiosk) => {
    const { webPreferences } = windowOptions({ kiosk, preloadPath: '/app/dist/preload/index.cjs' });
    expect(webPreferences).toMatchObject({
      preload: '/app/dist/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
  });

  it('opens the console as an ordinary window', () => {
    expect(windowOptions({ kiosk: false, preloadPath: 'p' })).toMatchObject({ kiosk: false, fullscreen: false, show: false });
  });

  it('opens the door tablet full screen in kiosk mode without a menu bar', () => {
    expect(windowOptions({ kiosk: true, preloadPath: 'p' })).toMatchObject({
      kiosk: true,
      fullscreen: true,
      autoHideMenuBar: true,
    });
  });
});
