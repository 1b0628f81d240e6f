// Regenerates deploymentTemplates/deployWithNewResourceGroup/ from
// deployUseExistResourceGroup/ (npm run templates:write).
import { readFileSync, writeFileSync } from 'node:fs';
import { PROJECT_ROOT } from '../src/config.js';
import { DERIVED_PARAMETER_FILES, DERIVED_TEMPLATES, newResourceGroupParameters, newResourceGroupTemplate } from './newResourceGroupTemplate.js';

const existing = `${PROJECT_ROOT}/deploymentTemplates/deployUseExistResourceGroup`;
const created = `${PROJECT_ROOT}/deploymentTemplates/deployWithNewResourceGroup`;
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const write = (path: string, value: unknown) => writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);

for (const { from, to, deployment } of DERIVED_TEMPLATES) write(`${created}/${to}`, newResourceGroupTemplate(read(`${existing}/${from}`), deployment));
for (const { from, to } of DERIVED_PARAMETER_FILES) write(`${created}/${to}`, newResourceGroupParameters(read(`${existing}/${from}`)));
console.log('deploymentTemplates/deployWithNewResourceGroup/ written');
