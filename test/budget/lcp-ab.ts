// Interleaved A/B of the Largest Contentful Paint of two client builds, on one app and one seeded class, in the same
// minutes: on a shared machine only loads taken side by side say which build paints sooner. A script that prints
// figures (not a test):
//
//   npm run lcp:ab -- A=/path/to/dist-a B=client/dist [--runs 3] [--trace] [--profile]
//
// Each named folder is a built client (`client/dist` after `npm run build`; copy it aside to keep a baseline). The
// app serves whichever a symlink points to (CLIENT_DIST_DIR), switched between loads; every run loads each route
// once per build, the builds' order alternating run by run (A B, then B A). Throttled as the budget test is (Slow
// 4G, 4× CPU, cold, 360×640). `--trace` prints each load's timeline: requests (start → first byte → end), long
// tasks, paints; `--profile` the JavaScript functions that took the most time until the LCP; `--trace-dir DIR` saves each load's DevTools performance trace there.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from '../support/browser.js';
import { startTestApp, stopTestApp } from '../support/e2e.js';
import { REPO_ROOT } from '../support/paths.js';
import { formatTimeline, loadRoute, median, type RouteLoad } from './measure.js';
import { lcpRoutes, seedClass } from './seed.js';

const args = process.argv.slice(2);
const builds = args.filter((arg) => /^\w+=/.test(arg)).map((arg) => {
  const [name, dir] = [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)];
  return { name, dir: path.resolve(REPO_ROOT, dir) };
});
const runsArg = args.indexOf('--runs');
const runs = runsArg >= 0 ? Number(args[runsArg + 1]) : 3;
const trace = args.includes('--trace');
const profile = args.includes('--profile');
const traceDirArg = args.indexOf('--trace-dir');
const traceDir = traceDirArg >= 0 ? path.resolve(args[traceDirArg + 1]!) : undefined;
const only = args.indexOf('--route');
const routeFilter = only >= 0 ? args[only + 1] : undefined;
if (builds.length === 0 || builds.some((b) => !fs.existsSync(path.join(b.dir, 'index.html')))) {
  console.error('usage: lcp-ab NAME=built-client-dir [NAME=dir …] [--runs N] [--trace] [--trace-dir DIR] [--route label]');
  process.exit(2);
}

const linkDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-lcp-ab-'));
const link = path.join(linkDir, 'dist');
/** Points the app's client folder at this build (an atomic rename of a fresh symlink). */
function serve(dir: string): void {
  const next = `${link}.next`;
  fs.rmSync(next, { force: true });
  fs.symlinkSync(dir, next);
  fs.renameSync(next, link);
}
serve(builds[0]!.dir);
if (traceDir) fs.mkdirSync(traceDir, { recursive: true });

const [app, browser] = await Promise.all([startTestApp({ env: { CLIENT_DIST_DIR: link } }), launchChromium()]);
try {
  const seeded = await seedClass(app);
  const routes = lcpRoutes(seeded).filter((r) => !routeFilter || r.label.startsWith(routeFilter));
  const results = new Map<string, RouteLoad[]>();
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? builds : [...builds].reverse();
    for (const route of routes) {
      for (const build of order) {
        serve(build.dir);
        const load = await loadRoute(browser, app.url, route.label, route.path, {
          localStorage: route.as,
          readySelector: route.readySelector,
          throttle: true,
          trace,
          profile,
          traceFile: traceDir ? path.join(traceDir, `${route.label.split(' ')[0]}-${build.name}-${run + 1}.json`) : undefined,
        });
        const key = `${route.label}\t${build.name}`;
        results.set(key, [...(results.get(key) ?? []), load]);
        console.log(`run ${run + 1} ${route.label.padEnd(20)} ${build.name.padEnd(6)} LCP ${String(load.lcpMs ?? '?').padStart(5)} ms  others' CPU ${Math.round(load.othersCpu * 100)}%  ${load.lcpElement ?? ''}`);
        if (trace) console.log(formatTimeline(load));
        if (load.profile) {
          const total = load.profile.reduce((sum, line) => sum + line.self, 0);
          console.log(`  JavaScript until the LCP: ${Math.round(total)} ms; the most self time:`);
          for (const line of load.profile.slice(0, 25)) console.log(`  ${line.self.toFixed(0).padStart(5)} ms  ${line.functionName.slice(0, 40).padEnd(40)} ${line.where}`);
        }
      }
    }
  }
  console.log(`\nLCP medians, Slow 4G + 4× CPU, cold, ${runs} interleaved runs per build (${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(2)}):`);
  for (const route of routes) {
    const cells = builds.map((build) => {
      const loads = results.get(`${route.label}\t${build.name}`) ?? [];
      const values = loads.map((l) => l.lcpMs ?? Number.POSITIVE_INFINITY);
      const others = median(loads.map((l) => Math.round(l.othersCpu * 100)));
      return `${build.name} ${median(values)} ms (${values.join(' / ')}; others ${others}%)`;
    });
    console.log(`  ${route.label.padEnd(20)} ${cells.join('   ')}`);
  }
} finally {
  await stopTestApp(app, browser);
  await browser.close();
  fs.rmSync(linkDir, { recursive: true, force: true });
}
