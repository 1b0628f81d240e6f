// deployWithNewResourceGroup/ is derived from deployUseExistResourceGroup/:
// a subscription-level template that creates the resource group and deploys
// the resource-group template into it, unchanged, as a nested deployment. One
// source for the resources, so the two folders cannot drift.

export type ArmTemplate = {
  $schema: string;
  contentVersion: string;
  metadata?: { description?: string };
  parameters?: Record<string, ArmParameter>;
  variables?: Record<string, unknown>;
  resources: Array<Record<string, unknown>>;
  outputs?: Record<string, { type: string; value: unknown }>;
};

export type ArmParameter = {
  type: string;
  defaultValue?: unknown;
  metadata?: { description?: string };
  [key: string]: unknown;
};

export type ArmParameterFile = {
  $schema: string;
  contentVersion: string;
  parameters: Record<string, { value: unknown }>;
};

/** Pairs of resource-group template file and the new-resource-group file made from it. */
export const DERIVED_TEMPLATES = [
  { from: 'template-AzureBot-with-rg.json', to: 'template-AzureBot-new-rg.json', deployment: 'azure-bot' },
  { from: 'template-BotApp-with-rg.json', to: 'template-BotApp-new-rg.json', deployment: 'bot-app' },
] as const;

export const DERIVED_PARAMETER_FILES = [
  { from: 'parameters-for-template-AzureBot-with-rg.json', to: 'parameters-for-template-AzureBot-new-rg.json' },
  { from: 'parameters-for-template-BotApp-with-rg.json', to: 'parameters-for-template-BotApp-new-rg.json' },
] as const;

const GROUP_PARAMETERS: Record<string, ArmParameter> = {
  groupName: { type: 'string', metadata: { description: 'The resource group to create (or reuse when it exists).' } },
  groupLocation: { type: 'string', metadata: { description: 'The resource group\'s region, e.g. eastasia or westeurope; its resources default to it.' } },
};

/**
 * A parameter whose default needs resourceGroup() cannot be evaluated at
 * subscription scope: it is left to the nested template, where it resolves
 * against the new group.
 */
function passesThrough(parameter: ArmParameter): boolean {
  return !JSON.stringify(parameter.defaultValue ?? '').includes('resourceGroup()');
}

/** The subscription-level template that creates the group and deploys `template` into it. */
export function newResourceGroupTemplate(template: ArmTemplate, deploymentName: string): ArmTemplate {
  const passed = Object.entries(template.parameters ?? {}).filter(([, parameter]) => passesThrough(parameter));
  return {
    $schema: 'https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#',
    contentVersion: template.contentVersion,
    metadata: { description: `${template.metadata?.description ?? ''} Generated from ../deployUseExistResourceGroup/ by npm run templates:write; it creates the resource group first.`.trim() },
    parameters: { ...GROUP_PARAMETERS, ...Object.fromEntries(passed) },
    resources: [
      {
        type: 'Microsoft.Resources/resourceGroups',
        apiVersion: '2022-09-01',
        name: "[parameters('groupName')]",
        location: "[parameters('groupLocation')]",
      },
      {
        type: 'Microsoft.Resources/deployments',
        apiVersion: '2022-09-01',
        name: deploymentName,
        resourceGroup: "[parameters('groupName')]",
        dependsOn: ["[resourceId('Microsoft.Resources/resourceGroups', parameters('groupName'))]"],
        properties: {
          mode: 'Incremental',
          expressionEvaluationOptions: { scope: 'inner' },
          parameters: Object.fromEntries(passed.map(([name]) => [name, { value: `[parameters('${name}')]` }])),
          template,
        },
      },
    ],
    outputs: Object.fromEntries(
      Object.entries(template.outputs ?? {}).map(([name, output]) => [
        name,
        { type: output.type, value: `[reference(resourceId(parameters('groupName'), 'Microsoft.Resources/deployments', '${deploymentName}'), '2022-09-01').outputs.${name}.value]` },
      ]),
    ),
  };
}

/** The parameter file for the new-group template: the group's name and region, then the same values. */
export function newResourceGroupParameters(file: ArmParameterFile): ArmParameterFile {
  return {
    ...file,
    parameters: { groupName: { value: 'brics-partner-bot-rg' }, groupLocation: { value: 'eastasia' }, ...file.parameters },
  };
}
