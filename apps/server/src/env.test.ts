import { describe, expect, it } from 'vitest';
import { allowedOriginsOf, readEnv } from './env';

describe('allowed origins', () => {
  it('are PUBLIC_ORIGINS and this port on the loopback addresses, nothing else', () => {
    const env = readEnv({
      PORT: '4100',
      PUBLIC_ORIGINS: 'https://hearth.example.org, https://psh.example.net/',
    });
    expect(allowedOriginsOf(env)).toEqual([
      'https://hearth.example.org',
      'https://psh.example.net',
      'http://localhost:4100',
      'http://127.0.0.1:4100',
      'http://[::1]:4100',
    ]);
    expect(allowedOriginsOf(readEnv({}))).toEqual([
      'http://localhost:3000',
      'http://127.0.0.1:3000',
      'http://[::1]:3000',
    ]);
  });

  it('refuses a PUBLIC_ORIGINS entry that is not an origin', () => {
    expect(() => readEnv({ PUBLIC_ORIGINS: 'hearth.example.org' })).toThrow(/PUBLIC_ORIGINS/);
    expect(() => readEnv({ PUBLIC_ORIGINS: 'https://hearth.example.org/staff' })).toThrow(/PUBLIC_ORIGINS/);
  });
});
