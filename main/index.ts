import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, powerSaveBlocker, protocol, safeStorage, session } from 'electron';
import { pino } from 'pino';
import { openDb } from '../db';
import { createRoomlyDispatcher } from '../services';
import { ensureFirstAdmin, loadDemoData } from '../services/bootstrap';
import { loadOrCreateSecret } from '../services/secret';
import { parseConfig, type AppConfig } from './config';
import { createCredentialStore, fileBlob } from './credentials';
import { contentSecurityPolicy, hardenSession, hardenWebContents } from './hardening';
import { createSessionStore, registerIpc, sendBridgeEvent } from './ipc';
import { createKioskLock } from './kioskExit';
import { createKioskHours } from './kioskHours';
import { APP_SCHEME, appEntryUrl, createAppUrlCheck } from './origin';
import { keepAwakeDuringWorkingHours } from './power';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './protocol';
import { startAutoUpdates } from './updater';
import { windowOptions } from './window';
import { DEFAULT_KIOSK_HOURS, isWithinWorkingHours } from './workingHours';

// Wiring only: every decision below lives in a module with its own tests.
const log = pino({ name: 'roomly-desktop' });
const timers = { setInterval, clearInterval: (handle: unknown) => clearInterval(handle as NodeJS.Timeout) };
const isWorkingTime = (now: Date) => isWithinWorkingHours(DEFAULT_KIOSK_HOURS, now);
let mainWindow: BrowserWindow | null = null;

function openWindow(config: AppConfig, mayClose: () => boolean): void {
  const preloadPath = path.join(app.getAppPath(), 'dist', 'preload', 'index.cjs');
  const win = new BrowserWindow(windowOptions({ kiosk: config.mode === 'kiosk', preloadPath }));
  if (config.mode === 'kiosk') win.removeMenu();
  win.on('close', (event) => {
    if (!mayClose()) event.preventDefault();
  });
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => (mainWindow = null));
  void win.loadURL(appEntryUrl(config.mode, config.devServerUrl));
  mainWindow = win;
}

async function start(config: AppConfig): Promise<void> {
  const csp = contentSecurityPolicy(config.devServerUrl);
  hardenSession(session.defaultSession, csp);
  const webRoot = path.join(app.getAppPath(), 'dist', 'web');
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ root: webRoot, contentSecurityPolicy: csp }));

  const db = await openDb({ file: path.join(config.dataDir, 'roomly.sqlite') });
  app.once('will-quit', () => void db.close());
  if (config.admin) await ensureFirstAdmin(db, config.admin.email, config.admin.password);
  if (config.seed === 'demo') await loadDemoData(db, new Date());
  const dispatch = createRoomlyDispatcher({
    db,
    secret: loadOrCreateSecret(config.dataDir),
    log,
    onChange: (change) => {
      for (const win of BrowserWindow.getAllWindows()) sendBridgeEvent(win.webContents, 'changes', change);
    },
  });
  // A door tablet's credential survives restarts, encrypted by the OS key store (never in the page).
  const deviceCredential = createCredentialStore(safeStorage, fileBlob(path.join(config.dataDir, 'device-credential.bin')));
  let savedDeviceToken = deviceCredential.load() ?? undefined;
  const isKiosk = config.mode === 'kiosk';
  // The door tablet's office hours (asked as the tablet) keep its screen on; until known, the defaults.
  const hours = createKioskHours({ dispatch, deviceToken: () => (isKiosk ? savedDeviceToken : undefined), fallback: isWorkingTime });
  // Only the admin PIN, checked by the server, lets the door tablet close.
  const lock = createKioskLock(dispatch, () => setTimeout(() => app.quit(), 500));
  registerIpc(ipcMain, {
    dispatch: isKiosk ? lock.dispatch : dispatch,
    savedDeviceToken: () => (isKiosk ? savedDeviceToken : undefined),
    onDeviceCredential: (token) => {
      savedDeviceToken = token;
      void hours.refresh();
      try {
        deviceCredential.save(token);
      } catch (error) {
        log.warn({ err: error }, 'device credential kept in memory only');
      }
    },
    isTrustedSender: createAppUrlCheck(config),
    sessions: createSessionStore(),
    onRefused: (reason, info) => log.warn(info, `IPC call refused: ${reason}`),
  });

  openWindow(config, () => !isKiosk || lock.isUnlocked());
  if (isKiosk) {
    await hours.refresh().catch((error: unknown) => log.warn({ err: error }, 'office hours unknown; default hours apply'));
    timers.setInterval(() => void hours.refresh().catch(() => undefined), 15 * 60_000);
    keepAwakeDuringWorkingHours({ blocker: powerSaveBlocker, isWorkingTime: hours.isWorkingTime, clock: () => new Date(), timers });
  }
  await startAutoUpdates({ mode: config.mode, isPackaged: app.isPackaged, isWorkingTime: isKiosk ? hours.isWorkingTime : isWorkingTime, log });
}

function stop(title: string, error: unknown): void {
  log.error({ err: error }, title);
  dialog.showErrorBox(title, error instanceof Error ? error.message : String(error));
  app.exit(1);
}

function main(): void {
  let config: AppConfig;
  try {
    const defaultDataDir = app.getPath('userData');
    config = parseConfig({ argv: process.argv, env: process.env, defaultDataDir, isPackaged: app.isPackaged });
    if (config.dataDir !== defaultDataDir) app.setPath('userData', config.dataDir);
  } catch (error) {
    return stop('Roomly cannot start: check its settings', error);
  }
  // The scheme must be privileged before ready, and one Roomly runs per data folder.
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  if (!app.requestSingleInstanceLock()) return app.quit();

  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  const isAppUrl = createAppUrlCheck(config);
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, { isAppUrl, isPackaged: app.isPackaged }),
  );
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(() => start(config))
    .catch((error: unknown) => stop('Roomly could not start', error));
}

main();
