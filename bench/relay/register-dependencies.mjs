// Loaded with `node --import` before any bench module: installs the resolution hook.
import { register } from 'node:module';

register('./resolve-from-sync-server.mjs', import.meta.url);
