// The one line loadConfig stops start-up with, for tests of bad environments.
import { expect } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

export function configProblem(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('loadConfig accepted a bad environment');
}
