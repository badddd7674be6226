/**
 * Options for Roomly's windows, kept pure so tests check the security settings without Electron.
 * The shape is the subset of BrowserWindowConstructorOptions we set; index.ts passes it straight on.
 */
export interface WindowOptions {
  title: string;
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
  show: boolean;
  backgroundColor: string;
  autoHideMenuBar: boolean;
  fullscreen: boolean;
  kiosk: boolean;
  webPreferences: {
    preload: string;
    contextIsolation: true;
    sandbox: true;
    nodeIntegration: false;
    nodeIntegrationInWorker: false;
    nodeIntegrationInSubFrames: false;
    webSecurity: true;
    allowRunningInsecureContent: false;
    webviewTag: false;
    navigateOnDragDrop: false;
    spellcheck: false;
  };
}

export function windowOptions({ kiosk, preloadPath }: { kiosk: boolean; preloadPath: string }): WindowOptions {
  return {
    title: 'Roomly',
    width: 1440,
    height: 900,
    minWidth: 800,
    minHeight: 600,
    // Shown on 'ready-to-show', so nobody sees a blank white frame.
    show: false,
    backgroundColor: '#ffffff',
    // A door tablet has no menu bar at all (index.ts also removes the menu); the console hides it until Alt.
    autoHideMenuBar: true,
    fullscreen: kiosk,
    kiosk,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}
