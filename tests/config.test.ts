// Configuration: defaults, validation with one clear line, and .env.example
// kept in step with the settings the code reads.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { ConfigError, PROJECT_ROOT, parseConfig, renderEnvExample } from '../src/config.js';

describe('configuration', () => {
  it('serves on port 3978 with nothing configured', () => {
    const config = parseConfig({});
    expect(config.PORT).toBe(3978);
    expect(config.MicrosoftAppId).toBe('');
    expect(config.MicrosoftAppType).toBe('MultiTenant');
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('stops on an invalid value with one line naming the variable and what it accepts', () => {
    expect(() => parseConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => parseConfig({ PORT: 'eighty' })).toThrow('Invalid PORT="eighty": expected an integer from 0 to 65535.');
    expect(() => parseConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL.*one of fatal, error/);
    expect(() => parseConfig({ MicrosoftAppId: 'my-bot' })).toThrow(/MicrosoftAppId.*GUID/);
  });

  it('never echoes a secret in the error', () => {
    expect(() => parseConfig({ MicrosoftAppType: 'SingleTenant', MicrosoftAppId: '00000000-0000-4000-8000-000000000001', MicrosoftAppPassword: 's3cret' })).toThrow(/MicrosoftAppTenantId/);
  });

  it('says at start what STORAGE=blob and STORAGE=cosmos are missing', () => {
    expect(() => parseConfig({ STORAGE: 'blob' })).toThrow(/BLOB_CONNECTION_STRING.*BLOB_ACCOUNT_URL/);
    expect(() => parseConfig({ STORAGE: 'cosmos' })).toThrow(/COSMOS_ENDPOINT/);
    expect(() => parseConfig({ STORAGE: 'blob', BLOB_CONTAINER: 'Bot_State' })).toThrow(/BLOB_CONTAINER.*container name/);
    expect(parseConfig({ STORAGE: 'blob', BLOB_ACCOUNT_URL: 'https://partnerbot.blob.core.windows.net' })).toMatchObject({ STORAGE: 'blob', BLOB_CONTAINER: 'bot-state' });
    expect(parseConfig({ STORAGE: 'cosmos', COSMOS_ENDPOINT: 'https://partnerbot.documents.azure.com:443/' }).COSMOS_DATABASE).toBe('brics-partner-bot');
  });

  it('documents every setting in .env.example, generated from the same list', () => {
    expect(readFileSync(`${PROJECT_ROOT}/.env.example`, 'utf8')).toBe(renderEnvExample());
  });
});
