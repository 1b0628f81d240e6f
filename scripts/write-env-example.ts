// Regenerates .env.example from the settings list in src/config.ts.
import { writeFileSync } from 'node:fs';
import { PROJECT_ROOT, renderEnvExample } from '../src/config.js';

writeFileSync(`${PROJECT_ROOT}/.env.example`, renderEnvExample());
console.log('.env.example written');
