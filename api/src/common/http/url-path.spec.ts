import { pathOf } from './url-path.js';

describe('pathOf', () => {
  it.each([
    ['/api/probe', '/api/probe'],
    ['/api/probe?x=1&y=2', '/api/probe'],
    ['/?', '/'],
    ['/api/a%20b?q', '/api/a%20b'],
  ])('%s → %s', (url, path) => {
    expect(pathOf(url)).toBe(path);
  });
});
