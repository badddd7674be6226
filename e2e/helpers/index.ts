export { apiAs, type TestApi } from './api';
export { openBrowser, VIEWPORT, type OpenBrowser } from './browser';
export { consoleUi, type ConsoleUi, type RoomFilterChoice } from './consoleUi';
export { saveScreenshot, settle } from './screenshots';
export { ADMIN_EMAIL, ADMIN_PASSWORD, startServer, type RunningServer } from './server';
export { seriousA11yProblems } from './axe';
