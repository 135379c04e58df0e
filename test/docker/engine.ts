// A Docker engine for the test: the running one, or `dockerd` started here (and stopped by stopEngine).
import { spawn, spawnSync, type ChildProcess, type SpawnSyncReturns, type StdioOptions } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function run(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string; timeoutMs?: number; stdio?: StdioOptions } = {},
): SpawnSyncReturns<string> {
  return spawnSync(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    input: options.input,
    stdio: options.stdio,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: options.timeoutMs ?? 1_800_000,
  });
}

/** Runs and throws with the output when the command fails. */
export function must(command: string, args: string[], options: Parameters<typeof run>[2] = {}): string {
  const result = run(command, args, options);
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}${result.error ? ` (${result.error.message})` : ''}\n${result.stdout ?? ''}\n${result.stderr ?? ''}`.slice(-8000));
  }
  return result.stdout;
}

export const has = (command: string): boolean => run('sh', ['-c', `command -v ${command}`]).status === 0;

const engineUp = (): boolean => has('docker') && run('docker', ['info'], { timeoutMs: 20_000 }).status === 0;

export interface Engine {
  /** False when no engine runs and none could be started: the test is skipped, loudly. */
  available: boolean;
  why?: string;
  stop(): Promise<void>;
}

export async function ensureEngine(): Promise<Engine> {
  if (engineUp()) return { available: true, stop: async () => {} };
  if (!has('docker')) return { available: false, why: 'no docker CLI', stop: async () => {} };
  if (!has('dockerd')) return { available: false, why: 'no Docker engine runs and dockerd is not installed', stop: async () => {} };
  if (process.getuid?.() !== 0) return { available: false, why: 'no Docker engine runs and dockerd needs root', stop: async () => {} };
  const logFile = path.join(os.tmpdir(), `pasar-dockerd-${process.pid}.log`);
  const log = fs.openSync(logFile, 'a');
  const child: ChildProcess = spawn('dockerd', [], { stdio: ['ignore', log, log], detached: true });
  console.log(`[docker] no engine was running: started dockerd (pid ${child.pid}, log ${logFile}); it is stopped at the end`);
  const stop = async () => {
    if (child.exitCode !== null || !child.pid) return;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, 30_000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
    fs.closeSync(log);
  };
  const deadline = Date.now() + 60_000;
  while (!engineUp()) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      return { available: false, why: `dockerd did not start (see ${logFile})`, stop: async () => {} };
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { available: true, stop };
}

/**
 * The docker CLI that can run a BuildKit build (for `--secret`): `docker buildx` when installed, otherwise a
 * CLI older than 23 with BuildKit built in (Debian's docker.io ships /usr/bin/docker 20.10).
 */
export function buildKitCommand(): { command: string; args: string[] } {
  if (run('docker', ['buildx', 'version']).status === 0) return { command: 'docker', args: ['buildx', 'build', '--load'] };
  for (const cli of ['docker', '/usr/bin/docker']) {
    const version = run(cli, ['version', '--format', '{{.Client.Version}}']).stdout.trim();
    const major = Number(version.split('.')[0]);
    if (major && major < 23) return { command: cli, args: ['build'] };
  }
  return { command: 'docker', args: ['build'] };
}

/** docker compose v2 when present, else docker-compose v1. */
export function composeCommand(): { command: string; args: string[] } {
  if (run('docker', ['compose', 'version']).status === 0) return { command: 'docker', args: ['compose'] };
  return { command: 'docker-compose', args: [] };
}
