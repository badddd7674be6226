export { apiAs, type TestApi } from './api';
export { isClockSet, testNow, testNowIso } from './clock';
export { openBrowser, VIEWPORT, type OpenBrowser } from './browser';
export { consoleUi, type ConsoleUi, type RoomFilterChoice } from './consoleUi';
export { saveScreenshot, settle } from './screenshots';
export { ADMIN_EMAIL, ADMIN_PASSWORD, startServer, type RunningServer, type ServerOptions } from './server';
export { seriousA11yProblems } from './axe';
export { kioskUi, type DoorState, type KioskUi } from './kioskUi';
export { gridAfter, kioskWorld, middayZone, type KioskWorld } from './kioskWorld';
