import { publicBaseUrl } from './public-url.js';

describe('publicBaseUrl', () => {
  it.each<[string | undefined, string | undefined, string[], string]>([
    ['https://pasar.example.id', 'localhost:3000', ['192.168.1.10'], 'https://pasar.example.id'],
    [undefined, 'localhost:3000', ['192.168.1.10'], 'http://192.168.1.10:3000'],
    [undefined, '127.0.0.1:8080', ['10.0.0.5'], 'http://10.0.0.5:8080'],
    [undefined, '192.168.1.10:3000', ['192.168.1.10'], 'http://192.168.1.10:3000'],
    [undefined, 'pasar.lan', ['192.168.1.10'], 'http://pasar.lan'],
    [undefined, 'localhost:3000', [], 'http://localhost:3000'],
  ])('PUBLIC_URL %s, Host %s, LAN %j → %s', (publicUrl, host, lan, expected) => {
    expect(publicBaseUrl(publicUrl, host, lan)).toBe(expected);
  });
});
