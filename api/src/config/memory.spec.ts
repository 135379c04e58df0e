import v8 from 'node:v8';
import { jest } from '@jest/globals';
import { applyMemorySettings, HEAP_GROWING_PERCENT } from './memory.js';

describe('applyMemorySettings: the V8 heap policy every production start gets', () => {
  afterEach(() => jest.restoreAllMocks());

  it('sets the heap growing percent when nothing was given', () => {
    const set = jest.spyOn(v8, 'setFlagsFromString').mockImplementation(() => undefined);
    applyMemorySettings([], '');
    expect(set).toHaveBeenCalledWith(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  });

  it.each([
    ['on the command line', ['--heap-growing-percent=80'], ''],
    ['in NODE_OPTIONS, with underscores', [], '--max-old-space-size=512 --heap_growing_percent=80'],
  ])("leaves the operator's own value alone when given %s", (_where, execArgv, nodeOptions) => {
    const set = jest.spyOn(v8, 'setFlagsFromString').mockImplementation(() => undefined);
    applyMemorySettings(execArgv, nodeOptions);
    expect(set).not.toHaveBeenCalled();
  });
});
