import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const API_MAIN = path.join(REPO_ROOT, 'api/dist/main.js');
export const ARTIFACTS = path.join(REPO_ROOT, 'test/artifacts');
