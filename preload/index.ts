import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

// Sandboxed preload: bundled into one CommonJS file. The page sees `window.roomly` and nothing else.
contextBridge.exposeInMainWorld('roomly', createBridge({ ipcRenderer }));
