// manifest.yml: valid against Slack's published manifest schema, and its ids are the code's.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CALLBACK, SLASH_COMMAND } from '../../src/slack/ids.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// Slack's published schema, vendored with its MIT licence: the check needs no network.
const schemaDir = resolve(repoRoot, 'vendor/slack-manifest-schema');
// ajv-formats is CommonJS whose module.exports is the plugin itself.
const addFormats = createRequire(import.meta.url)('ajv-formats') as (ajv: Ajv) => Ajv;
const REMOTE = 'https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas/';

function readJson(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(resolve(schemaDir, name), 'utf8'));
}

interface Manifest {
  _metadata?: { major_version?: number };
  display_information: { name: string };
  features: {
    app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean };
    bot_user: { display_name: string };
    shortcuts: Array<{ type: string; callback_id: string; name: string }>;
    slash_commands: Array<{ command: string; url?: string }>;
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[]; request_url?: string };
    interactivity: { is_enabled: boolean; request_url?: string };
    socket_mode_enabled: boolean;
  };
}

const manifestText = readFileSync(resolve(repoRoot, 'manifest.yml'), 'utf8');
const manifest = parse(manifestText) as Manifest;

function validator() {
  // The schema files are draft-07; the top one refers to the versioned ones by their URL.
  // `regex` is a Slack annotation, not a JSON Schema keyword.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(readJson('manifest.schema.1.0.0.json'), `${REMOTE}manifest.schema.1.0.0.json`);
  ajv.addSchema(readJson('manifest.schema.2.0.0.json'), `${REMOTE}manifest.schema.2.0.0.json`);
  return ajv.compile(readJson('manifest.schema.json'));
}

describe('manifest.yml', () => {
  it('validates against Slack’s manifest schema', () => {
    const validate = validator();
    const ok = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the schema check catches a broken manifest', () => {
    const validate = validator();
    const broken = structuredClone(manifest) as unknown as Record<string, Record<string, unknown>>;
    (broken.features as Record<string, unknown>).slash_commands = [{ command: 'connectnote' }];
    expect(validate(broken)).toBe(false);
  });

  it('uses the ids in src/slack/ids.ts', () => {
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual([SLASH_COMMAND]);
    expect(manifest.features.shortcuts).toEqual([
      expect.objectContaining({ type: 'message', callback_id: CALLBACK.reviewShortcut }),
    ]);
  });

  it('has App Home (home and messages tabs), app_home_opened, interactivity and the bot scopes', () => {
    expect(manifest.features.app_home).toMatchObject({
      home_tab_enabled: true,
      messages_tab_enabled: true,
    });
    expect(manifest.settings.event_subscriptions.bot_events).toContain('app_home_opened');
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining(['commands', 'chat:write', 'im:write', 'users:read']),
    );
  });

  it('is in Socket Mode by default, and says how to switch to HTTP request URLs', () => {
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.settings.interactivity.request_url).toBeUndefined();
    expect(manifestComments()).toMatch(/socket_mode_enabled: false/);
    expect(manifestComments()).toMatch(/request_url: https:\/\/YOUR-HOST\/slack\/events/);
  });
});

function manifestComments(): string {
  return manifestText
    .split('\n')
    .filter((line) => line.trim().startsWith('#'))
    .join('\n');
}
