import { afterEach } from 'vitest';
import { destroyOpenTestEditors } from './worksheet-test-editor.js';

afterEach(() => destroyOpenTestEditors());
