import fs from 'node:fs';
import v8 from 'node:v8';
import { vi } from 'vitest';
import { applyMemorySettings, HEAP_GROWING_PERCENT, memoryFlagsToSet, startFlagsMissing, V8_START_FLAGS } from './memory.js';

const ALL = [`--heap-growing-percent=${HEAP_GROWING_PERCENT}`, '--liftoff-only'];

describe('memoryFlagsToSet: the V8 flags every production start sets, unless the operator set them', () => {
  it.each<[string, string[], string, string[]]>([
    ['nothing given', [], '', ALL],
    ['other flags only', ['--enable-source-maps'], '--max-old-space-size=512', ALL],
    ['heap growing percent on the command line', ['--heap-growing-percent=80'], '', ['--liftoff-only']],
    ['heap growing percent in NODE_OPTIONS, underscores', [], '--max-old-space-size=512 --heap_growing_percent=80', ['--liftoff-only']],
    ['--no-liftoff-only on the command line', ['--no-liftoff-only'], '', [`--heap-growing-percent=${HEAP_GROWING_PERCENT}`]],
    ['--liftoff_only in NODE_OPTIONS', [], '--liftoff_only', [`--heap-growing-percent=${HEAP_GROWING_PERCENT}`]],
    ['both', ['--liftoff-only'], '--heap-growing-percent=100', []],
    ['a longer flag sharing the prefix is not ours', ['--liftoff-only-something', '--heap-growing-percentile=1'], '', ALL],
  ])('%s', (_case, execArgv, nodeOptions, expected) => {
    expect(memoryFlagsToSet(execArgv, nodeOptions)).toEqual(expected);
  });
});

describe('applyMemorySettings', () => {
  afterEach(() => vi.restoreAllMocks());

  it('hands each flag to V8', () => {
    const set = vi.spyOn(v8, 'setFlagsFromString').mockImplementation(() => undefined);
    applyMemorySettings([], '');
    expect(set.mock.calls).toEqual(ALL.map((flag) => [flag]));
  });

  it("leaves the operator's own values alone", () => {
    const set = vi.spyOn(v8, 'setFlagsFromString').mockImplementation(() => undefined);
    applyMemorySettings(['--heap-growing-percent=80'], '--no-liftoff-only');
    expect(set).not.toHaveBeenCalled();
  });
});

describe('V8_START_FLAGS: on every start command, since V8 reads them only when it makes the heap', () => {
  const repo = new URL('../../../', import.meta.url);
  const read = (file: string) => fs.readFileSync(new URL(file, repo), 'utf8');
  const flags = V8_START_FLAGS.map(({ flag }) => flag);

  it.each(['start', 'start:prebuilt'])('`npm run %s` runs node with them before api/dist/main.js', (script) => {
    const command = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts[script]!;
    expect(command).toContain(`node ${flags.join(' ')} api/dist/main.js`);
  });

  it("the Docker image's CMD runs node with them before api/dist/main.js", () => {
    const cmd = read('docker/Dockerfile')
      .split('\n')
      .filter((line) => line.startsWith('CMD ['))
      .map((line) => JSON.parse(line.slice('CMD '.length)) as unknown);
    expect(cmd).toEqual([['node', ...flags, 'api/dist/main.js']]);
  });

  it.each<[string, string[], string, string[]]>([
    ['started with them', flags, '', []],
    ['started without them', [], '', flags],
    ['given in NODE_OPTIONS, underscores', [], '--max_semi_space_size=4', []],
    ['an operator value on the command line', ['--max-semi-space-size=32'], '', []],
  ])('startFlagsMissing: %s', (_case, execArgv, nodeOptions, expected) => {
    expect(startFlagsMissing(execArgv, nodeOptions)).toEqual(expected);
  });
});
