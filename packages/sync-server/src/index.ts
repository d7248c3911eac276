export { type Clock, systemClock } from './clock.js';
export { loadConfig, type RelayLimits, type ServerConfig, testConfig } from './config.js';
export { type RunningServer, startServer } from './server.js';
