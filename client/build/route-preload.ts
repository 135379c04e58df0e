// Starts the download of the opened page's own chunk together with the app's entry, instead of after it.
// Every page is a lazy chunk (src/app/router.tsx), so a cold load was: index.html → the entry → run it → only
// then the page's chunk and its imports, one more round trip on a slow phone network. This plugin writes a tiny
// `assets/route-preload-<hash>.js` (an async module script in index.html's head: no inline script, so a CSP of
// script-src 'self' holds) that matches location.pathname against the router's paths and adds
// <link rel="modulepreload"> for that page's chunks and <link rel="preload" as="style"> for its CSS at once.
// The table comes from router.tsx itself (`const X = lazy(() => import('…'))` and
// `<Route path={appPaths.key} element={<X />} />`), so a new page is covered without touching this file.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { appPaths } from '../src/shared/config/paths';

interface RouteModule {
  pattern: string;
  /** Absolute path of the page's module, as Rolldown names the chunk's facade module. */
  module: string;
}

/** The lazy pages of router.tsx and the paths they are mounted at. */
export function readRoutes(routerFile: string): RouteModule[] {
  const source = fs.readFileSync(routerFile, 'utf8');
  const dir = path.dirname(routerFile);
  const modules = new Map<string, string>();
  for (const match of source.matchAll(/const (\w+) = lazy\(\s*\(\) =>\s*import\('([^']+)'\)/g)) {
    const base = path.resolve(dir, match[2]!);
    const file = ['.tsx', '.ts', '/index.tsx', '/index.ts'].map((ext) => base + ext).find((candidate) => fs.existsSync(candidate));
    if (file) modules.set(match[1]!, file);
  }
  const routes: RouteModule[] = [];
  const paths = appPaths as Record<string, string>;
  for (const match of source.matchAll(/<Route\s+path=\{appPaths\.(\w+)\}\s+element=\{<(\w+)\s*\/>\}/g)) {
    const pattern = paths[match[1]!];
    const module = modules.get(match[2]!);
    if (pattern && module) routes.push({ pattern, module });
  }
  return routes;
}

/** `/gabung/:code` → `^/gabung/[^/]+/?$` */
export function patternToRegExp(pattern: string): string {
  const body = pattern
    .split('/')
    .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return `^${body === '' ? '/' : body}/?$`;
}

interface ChunkInfo {
  type: 'chunk';
  fileName: string;
  imports: string[];
  facadeModuleId: string | null;
  viteMetadata?: { importedCss: Set<string> };
}

export function routePreload(): Plugin {
  let root = '';
  let outDir = '';
  let script: { fileName: string; code: string } | undefined;
  return {
    name: 'pasar-latihan:route-preload',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = path.resolve(config.root, config.build.outDir);
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle || !ctx.chunk) return undefined;
        const chunks = new Map<string, ChunkInfo>();
        for (const output of Object.values(ctx.bundle)) if (output.type === 'chunk') chunks.set(output.fileName, output as unknown as ChunkInfo);
        const closure = (fileName: string, seen = new Set<string>()): Set<string> => {
          if (seen.has(fileName)) return seen;
          seen.add(fileName);
          for (const imported of chunks.get(fileName)?.imports ?? []) closure(imported, seen);
          return seen;
        };
        // What index.html loads anyway.
        const entry = closure(ctx.chunk.fileName);
        const byModule = new Map([...chunks.values()].filter((c) => c.facadeModuleId).map((c) => [c.facadeModuleId!, c]));
        const routes = readRoutes(path.join(root, 'src/app/router.tsx'))
          // Fixed paths before the ones with a parameter, as the router ranks them.
          .sort((a, b) => Number(a.pattern.includes(':')) - Number(b.pattern.includes(':')));
        // Each file once, the routes by index into that list: the script is on every first load, so it stays small.
        const files: string[] = [];
        const indexOf = (file: string) => {
          const name = file.replace(/^assets\//, '');
          if (!files.includes(name)) files.push(name);
          return files.indexOf(name);
        };
        const table: Array<[string, number[], number[]]> = [];
        for (const route of routes) {
          const chunk = byModule.get(route.module);
          if (!chunk) continue;
          const js = [...closure(chunk.fileName)].filter((file) => !entry.has(file));
          const css = [...new Set(js.flatMap((file) => [...(chunks.get(file)?.viteMetadata?.importedCss ?? [])]))];
          table.push([patternToRegExp(route.pattern), js.map(indexOf), css.map(indexOf)]);
        }
        if (table.length === 0) {
          console.warn('route-preload: no lazy route found in src/app/router.tsx; pages load after the entry');
          return undefined;
        }
        const code =
          `const f=${JSON.stringify(files)},r=${JSON.stringify(table)},p=location.pathname;` +
          `const add=(i,rel,as)=>{const h='/assets/'+f[i];if(document.querySelector('link[href="'+h+'"]'))return;const l=document.createElement('link');l.rel=rel;if(as)l.as=as;l.crossOrigin='';l.href=h;document.head.appendChild(l)};` +
          `for(const[s,js,css]of r){if(new RegExp(s).test(p)){js.forEach(i=>add(i,'modulepreload'));css.forEach(i=>add(i,'preload','style'));break}}\n`;
        const hash = createHash('sha256').update(code).digest('base64url').slice(0, 8);
        script = { fileName: `assets/route-preload-${hash}.js`, code };
        return [{ tag: 'script', attrs: { type: 'module', async: true, crossorigin: true, src: `/${script.fileName}` }, injectTo: 'head-prepend' }];
      },
    },
    writeBundle() {
      if (!script) return;
      fs.mkdirSync(path.join(outDir, path.dirname(script.fileName)), { recursive: true });
      fs.writeFileSync(path.join(outDir, script.fileName), script.code);
    },
  };
}
