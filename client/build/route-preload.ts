// Starts the download of the opened page's own chunk together with the app's entry, instead of after it.
// Every page is a lazy chunk (src/app/router.tsx), so a cold load was: index.html → the entry → run it → only
// then the page's chunk and its imports, one more round trip on a slow phone network. This plugin writes a tiny
// `assets/route-preload-<hash>.js` (an async module script in index.html's head: no inline script, so a CSP of
// script-src 'self' holds) that matches location.pathname against the router's paths and adds
// <link rel="modulepreload"> for that page's chunks and <link rel="preload" as="style"> for its CSS at once.
// The table comes from router.tsx itself (`const X = lazyPage(() => import('…'))` and
// `<Route path={appPaths.key} element={<X />} />`), so a new page is covered without touching this file.
// The same script also sends the opened page's first read (src/app/early-reads.ts: the join page's class, the
// trainee's missions and shop, the storefront's first page) so its answer is there when the page renders; the
// API client takes that answer instead of asking again (src/shared/api/early-answers.ts).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { earlyReads, type EarlyRead } from '../src/app/early-reads';
import { EARLY_ANSWERS_GLOBAL } from '../src/shared/api/early-answers';
import { appPaths } from '../src/shared/config/paths';

/** Where the client keeps the signed-in session (src/shared/auth/session.ts#SESSION_STORAGE_KEY). */
const SESSION_STORAGE_KEY = 'pasar-latihan.session';

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
  for (const match of source.matchAll(/const (\w+) = lazyPage\(\s*\(\) =>\s*import\('([^']+)'\)/g)) {
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

/** `/gabung/:code` → `^/gabung/[^/]+/?$`; with `capture`, `^/gabung/([^/]+)/?$`. */
export function patternToRegExp(pattern: string, capture = false): string {
  const body = pattern
    .split('/')
    .map((part) => (part.startsWith(':') ? (capture ? '([^/]+)' : '[^/]+') : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return `^${body === '' ? '/' : body}/?$`;
}

/**
 * The part of the script that sends the opened page's first reads (src/app/early-reads.ts) at once, with the stored
 * session's token as the API client would add it, and leaves each request in `window[EARLY_ANSWERS_GLOBAL]` under
 * the key sharedGet looks it up by (src/shared/api/early-answers.ts). Nothing is sent for an address with a query
 * string, a read whose value or role is missing, or a session past its expiry; a failure here only means the page
 * reads for itself, as before.
 */
export function earlyReadsCode(reads: Record<string, EarlyRead[]> = earlyReads): string {
  const table = Object.entries(reads).map(([pattern, list]) => [
    patternToRegExp(pattern, true),
    pattern.split('/').filter((part) => part.startsWith(':')).map((part) => part.slice(1)),
    list.map((read) => (read.role ? [read.url, read.role] : [read.url])),
  ]);
  return (
    `try{const E=${JSON.stringify(table)},P=location.pathname;` +
    `let s=JSON.parse(localStorage.getItem(${JSON.stringify(SESSION_STORAGE_KEY)})||'null');` +
    `if(!s||typeof s.token!=='string'||Date.parse(s.expiresAt)<=Date.now())s=null;` +
    `if(!location.search)for(const[x,n,u]of E){const m=new RegExp(x).exec(P);if(!m)continue;` +
    `const v=Object.assign({},s),g=window[${JSON.stringify(EARLY_ANSWERS_GLOBAL)}]=new Map(),h=s?'Bearer '+s.token:'';` +
    `n.forEach((k,i)=>{v[k]=decodeURIComponent(m[i+1])});` +
    `for(const[a,role]of u){if(role&&(!s||s.role!==role))continue;let ok=1;` +
    `const url=location.origin+a.replace(/\\{(\\w+)\\}/g,(_,k)=>v[k]==null?(ok=0,''):encodeURIComponent(v[k]));if(!ok)continue;` +
    `const c=new AbortController(),answer=fetch(url,{headers:h?{Authorization:h}:{},signal:c.signal});answer.catch(()=>{});` +
    `g.set(url+'\\n'+h,{answer,controller:c,at:Date.now()})}break}}catch(e){}\n`
  );
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
          `for(const[s,js,css]of r){if(new RegExp(s).test(p)){js.forEach(i=>add(i,'modulepreload'));css.forEach(i=>add(i,'preload','style'));break}}\n` +
          earlyReadsCode();
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
