import type { AppUpdater } from 'electron-updater';
import type { AppMode } from './origin';
import { startUpdateSchedule, type UpdateSchedule } from './updatePolicy';

/**
 * The thin adapter around electron-updater. It is imported lazily inside the function, so loading
 * this module (or anything that imports it) never loads Electron. The decisions live in
 * updatePolicy.ts; the feed is the `publish` entry of electron-builder.yml, baked in at build time.
 */
export interface UpdaterLog {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface AutoUpdateOptions {
  mode: AppMode;
  isPackaged: boolean;
  isWorkingTime: (now: Date) => boolean;
  log: UpdaterLog;
}

/** The module as `import()` returns it: CommonJS exports, possibly wrapped as `default`. */
interface ElectronUpdaterModule {
  autoUpdater?: AppUpdater;
  default?: { autoUpdater: AppUpdater };
}

/** Never fails the app: a broken updater is logged and Roomly runs on without updates. */
export async function startAutoUpdates(options: AutoUpdateOptions): Promise<UpdateSchedule | null> {
  // An unpackaged run has no update feed (app-update.yml) to read.
  if (!options.isPackaged) return null;
  try {
    return await startWithElectronUpdater(options);
  } catch (error) {
    options.log.error({ err: error }, 'auto-update is off: the updater could not start');
    return null;
  }
}

async function startWithElectronUpdater(options: AutoUpdateOptions): Promise<UpdateSchedule> {
  const loaded = (await import('electron-updater')) as ElectronUpdaterModule;
  const autoUpdater = loaded.autoUpdater ?? loaded.default?.autoUpdater;
  if (!autoUpdater) throw new Error('electron-updater has no autoUpdater export.');
  const { log } = options;
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = true;
  autoUpdater.logger = {
    info: (message?: unknown) => log.info({ updater: String(message) }),
    warn: (message?: unknown) => log.warn({ updater: String(message) }),
    error: (message?: unknown) => log.error({ updater: String(message) }),
  };
  // An EventEmitter without an 'error' listener would throw; a failed download is only logged.
  autoUpdater.on('error', (error) => log.warn({ err: error }, 'update failed'));
  autoUpdater.on('update-downloaded', (info) => log.info({ version: info.version }, 'update downloaded'));

  return startUpdateSchedule({
    mode: options.mode,
    clock: () => new Date(),
    isWorkingTime: options.isWorkingTime,
    log,
    timers: { setInterval, clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout) },
    updater: {
      check: async () => {
        await autoUpdater.checkForUpdates();
      },
      installNow: () => autoUpdater.quitAndInstall(true, true),
      onDownloaded: (listener) => void autoUpdater.on('update-downloaded', () => listener()),
    },
  });
}
