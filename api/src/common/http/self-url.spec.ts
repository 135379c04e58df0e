import { loopbackBaseUrl } from './self-url.js';

describe('loopbackBaseUrl', () => {
  it.each([
    ['every IPv4 interface', { address: '0.0.0.0', family: 'IPv4', port: 3000 }, 'http://127.0.0.1:3000'],
    ['every IPv6 interface', { address: '::', family: 'IPv6', port: 3000 }, 'http://127.0.0.1:3000'],
    ['loopback, as tests listen', { address: '127.0.0.1', family: 'IPv4', port: 41234 }, 'http://127.0.0.1:41234'],
    ['one LAN address', { address: '192.168.1.10', family: 'IPv4', port: 8080 }, 'http://192.168.1.10:8080'],
    ['an IPv6 address in brackets', { address: '::1', family: 'IPv6', port: 3000 }, 'http://[::1]:3000'],
  ])('reaches a server listening on %s', (_case, address, expected) => {
    expect(loopbackBaseUrl(address)).toBe(expected);
  });

  it('refuses before the server listens', () => {
    expect(() => loopbackBaseUrl(null)).toThrow(/not listening/);
  });
});
