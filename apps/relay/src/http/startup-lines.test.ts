import { describe, expect, it } from 'vitest';
import { startupLines, type StartupFacts } from './startup-lines';

const facts = (over: Partial<StartupFacts>): StartupFacts => ({
  listenHost: '127.0.0.1',
  port: 8787,
  servesWebApp: true,
  publicUrl: null,
  lanAddresses: ['192.168.1.20', '10.0.0.7'],
  ...over,
});

describe('the start-up lines', () => {
  it('keeps the exact line the e2e set-up reads when listening on 127.0.0.1, and says how to let phones in', () => {
    const lines = startupLines(facts({}));
    expect(lines[0]).toBe('notevote is running: open http://127.0.0.1:8787/');
    expect(lines.join('\n')).toMatch(/HOST=0\.0\.0\.0/);
  });

  it('lists every LAN address phones can use when listening on all interfaces, never 127.0.0.1 as the one to share', () => {
    for (const listenHost of ['0.0.0.0', '::']) {
      const lines = startupLines(facts({ listenHost }));
      expect(lines.slice(0, 2)).toEqual([
        'notevote is running: open http://192.168.1.20:8787/ (phones on the same Wi-Fi can use this address)',
        'notevote is running: open http://10.0.0.7:8787/ (phones on the same Wi-Fi can use this address)',
      ]);
      expect(lines.filter((line) => line.includes('127.0.0.1'))).toEqual([
        '  on this computer: http://127.0.0.1:8787/',
      ]);
      expect(lines.some((line) => line.startsWith('notevote is running: open http://127.0.0.1'))).toBe(false);
    }
  });

  it('says to join the Wi-Fi when listening on all interfaces without a LAN address', () => {
    const lines = startupLines(facts({ listenHost: '0.0.0.0', lanAddresses: [] }));
    expect(lines[0]).toMatch(/no network address phones could use yet: connect it to the Wi-Fi/);
    expect(lines.some((line) => line.startsWith('notevote is running: open http://127.0.0.1'))).toBe(false);
  });

  it('prints PUBLIC_URL first when it is set', () => {
    const lines = startupLines(facts({ listenHost: '127.0.0.1', publicUrl: 'https://sprint.example.org' }));
    expect(lines).toEqual([
      'notevote is running: open https://sprint.example.org/ (PUBLIC_URL: links and QR codes carry it)',
      'notevote is running: open http://127.0.0.1:8787/',
    ]);
  });

  it('names a specific interface as it is, IPv6 in brackets', () => {
    expect(startupLines(facts({ listenHost: '10.0.0.7' }))).toEqual([
      'notevote is running: open http://10.0.0.7:8787/',
    ]);
    expect(startupLines(facts({ listenHost: '::1' }))[0]).toBe('notevote is running: open http://[::1]:8787/');
  });

  it('says when it serves no web app', () => {
    expect(startupLines(facts({ servesWebApp: false, listenHost: '0.0.0.0' }))).toEqual([
      'notevote relay is running on http://127.0.0.1:8787/ (API and WebSocket only: WEB_ROOT is empty)',
    ]);
  });
});
