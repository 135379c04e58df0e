// The docs a newcomer reads must hold in a fresh clone: every relative link and every backticked repository path in
// README.md and docs/ exists, every section the code and the docs send a reader to by name (`docs/x.md, "Heading"`)
// is a heading of that file, and every registration that go-to-definition cannot follow is named in ARCHITECTURE.md.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths.js';

const TOP_LEVEL = ['api', 'client', 'test', 'docs', 'docker'];
/** Build outputs and installs: named in the docs, absent from a fresh clone. */
const GENERATED = new Set(['dist', 'node_modules', 'artifacts', 'data']);

/** Calls that register a callback with another capability, found by `this.<field>.<method>(`. */
const REGISTRATION = /this\.\w+\.(registerOrderHooks|onRecorded|registerHandler|register|subscribe)\(/g;

export interface DocProblem {
  file: string;
  problem: string;
}

function withoutFencedCode(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '');
}

/** Broken relative links (`[text](target)`) and backticked repository paths that do not exist. */
export function docProblems(file: string, markdown: string, exists: (repoPath: string) => string | null): DocProblem[] {
  const problems: DocProblem[] = [];
  const text = withoutFencedCode(markdown);
  const dir = path.posix.dirname(file);
  for (const match of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    const target = match[1]!;
    if (/^[a-z]+:/i.test(target) || target.startsWith('#')) continue;
    const repoPath = path.posix.normalize(path.posix.join(dir, target.split('#')[0]!));
    if (repoPath.startsWith('..')) problems.push({ file, problem: `link outside the repository: ${target}` });
    else if (exists(repoPath) === null) problems.push({ file, problem: `broken link: ${target}` });
  }
  for (const match of text.matchAll(/`([^`\n]+)`/g)) {
    const span = match[1]!;
    const [repoPath, symbol] = span.split('#') as [string, string | undefined];
    if (!new RegExp(`^(${TOP_LEVEL.join('|')})/[\\w./-]*$`).test(repoPath)) continue;
    if (repoPath.split('/').some((segment) => GENERATED.has(segment))) continue;
    const content = exists(repoPath.replace(/\/$/, ''));
    if (content === null) problems.push({ file, problem: `no such path: ${span}` });
    else if (symbol && !content.includes(symbol)) problems.push({ file, problem: `${repoPath} does not mention ${symbol}` });
  }
  return problems;
}

/** A pointer to a named section of a document: `docs/x.md, "Heading"` or `README, "Heading"` (comment breaks allowed). */
export interface SectionReference {
  file: string;
  doc: string;
  heading: string;
}

/** The section pointers in a source or a document; a comment's line break and its marker count as one space. */
export function sectionReferences(file: string, source: string): SectionReference[] {
  const text = source.replace(/\s*\n\s*(?:\/\/|\*|#)?\s*/g, ' ');
  const found: SectionReference[] = [];
  for (const match of text.matchAll(/\b(docs\/[\w.-]+\.md|README(?:\.md)?)`?(?:\]\([^)\s]*\))?,? "([^"]+)"/g)) {
    const doc = match[1]!.startsWith('README') ? 'README.md' : match[1]!;
    found.push({ file, doc, heading: match[2]! });
  }
  return found;
}

/** The references whose document has no heading beginning with the name given (backticks aside). */
export function brokenSectionReferences(references: SectionReference[], read: (doc: string) => string | null): SectionReference[] {
  return references.filter(({ doc, heading }) => {
    const markdown = read(doc);
    if (markdown === null) return true;
    const headings = [...withoutFencedCode(markdown).matchAll(/^#{1,6} +(.+)$/gm)].map((match) => match[1]!.replace(/`/g, ''));
    return !headings.some((title) => title.startsWith(heading.replace(/`/g, '')));
  });
}

/** Registration call sites (`file`, `method`) in the API's source, tests apart. */
export function registrationSites(files: { file: string; source: string }[]): { file: string; method: string }[] {
  const sites = new Map<string, { file: string; method: string }>();
  for (const { file, source } of files) {
    for (const match of source.matchAll(REGISTRATION)) sites.set(`${file} ${match[1]}`, { file, method: match[1]! });
  }
  return [...sites.values()];
}

/** Sites that no line of the architecture document names (its path and its method on the same line). */
export function unnamedSites(architecture: string, sites: { file: string; method: string }[]): { file: string; method: string }[] {
  const lines = architecture.split('\n');
  return sites.filter(({ file, method }) => !lines.some((line) => line.includes(`\`${file}\``) && line.includes(`.${method}\``)));
}

function readRepo(repoPath: string): string | null {
  const full = path.join(REPO_ROOT, repoPath);
  if (!existsSync(full)) return null;
  return statSync(full).isDirectory() ? '' : readFileSync(full, 'utf8');
}

/** The files under `dir` (repository-relative) that `keep` takes, build outputs and installs left out. */
function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(path.join(REPO_ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const child = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return GENERATED.has(entry.name) ? [] : filesUnder(child, keep);
    return keep(entry.name) ? [child] : [];
  });
}

/** The API's source files, tests apart. */
const sourceFiles = (dir: string) => filesUnder(dir, (name) => name.endsWith('.ts') && !/\.(int-)?spec\.ts$/.test(name));
/** Every file a reader may follow a section pointer from: sources, tests, scripts, the Docker files, the docs. */
const pointerSources = (dir: string) => filesUnder(dir, (name) => /\.(ts|tsx|mjs|js|md)$|^Dockerfile$/.test(name));

const DOCS = ['README.md', ...readdirSync(path.join(REPO_ROOT, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

describe('the docs in the repository', () => {
  it('has the architecture, product and style documents', () => {
    expect(DOCS).toEqual(expect.arrayContaining(['docs/ARCHITECTURE.md', 'docs/PRODUCT.md', 'docs/STYLE.md']));
  });

  it.each(DOCS)('%s links only to files that exist in the repository', (file) => {
    expect(docProblems(file, readFileSync(path.join(REPO_ROOT, file), 'utf8'), readRepo)).toEqual([]);
  });

  it('sends a reader only to sections that exist (`docs/x.md, "Heading"` in the code and the docs)', () => {
    // This file's own cases point at made-up documents.
    const files = [...DOCS, ...['api/src', 'client/src', 'client/build', 'test', 'scripts', 'docker'].flatMap(pointerSources)].filter((file) => file !== 'test/docs/links.test.ts');
    const references = files.flatMap((file) => sectionReferences(file, readFileSync(path.join(REPO_ROOT, file), 'utf8')));
    expect(references.length).toBeGreaterThan(10);
    expect(brokenSectionReferences(references, readRepo)).toEqual([]);
  });

  it('names every hidden registration call site of api/src in ARCHITECTURE.md', () => {
    const sites = registrationSites(sourceFiles('api/src').map((file) => ({ file, source: readFileSync(path.join(REPO_ROOT, file), 'utf8') })));
    expect(sites.map((site) => site.method)).toEqual(expect.arrayContaining(['registerOrderHooks', 'onRecorded', 'registerHandler']));
    expect(unnamedSites(readFileSync(path.join(REPO_ROOT, 'docs/ARCHITECTURE.md'), 'utf8'), sites)).toEqual([]);
  });
});

describe('the docs checker itself', () => {
  const repo = new Map([
    ['A.md', ''],
    ['api/src/x.ts', 'export function place() {}'],
  ]);
  const exists = (repoPath: string) => repo.get(repoPath) ?? null;

  it('refuses a link out of the repository, a broken link, a missing path and a missing symbol', () => {
    const markdown = [
      '[brief](../shared/DESIGN.md) [a](A.md) [gone](B.md) [web](https://example.com)',
      '`api/src/x.ts#place` `api/src/x.ts#take` `api/src/y.ts` `client/dist/index.html` `npm test`',
      '```\n`api/src/in-a-fence.ts`\n```',
    ].join('\n');
    expect(docProblems('README.md', markdown, exists).map((p) => p.problem)).toEqual([
      'link outside the repository: ../shared/DESIGN.md',
      'broken link: B.md',
      'api/src/x.ts does not mention take',
      'no such path: api/src/y.ts',
    ]);
  });

  it.each([
    ['a pointer on one line', '// (docs/a.md, "Memory")', [{ doc: 'docs/a.md', heading: 'Memory' }]],
    ['split across a block comment', ' * see (`docs/a.md`, "The old\n * generation: 30 %")', [{ doc: 'docs/a.md', heading: 'The old generation: 30 %' }]],
    ['split across line comments', '// (docs/a.md,\n// "Memory")', [{ doc: 'docs/a.md', heading: 'Memory' }]],
    ['the README by its short name', '(README, "Weight on a phone")', [{ doc: 'README.md', heading: 'Weight on a phone' }]],
    ['a Markdown link, then the section', 'in [`docs/a.md`](docs/a.md), "The floor"', [{ doc: 'docs/a.md', heading: 'The floor' }]],
    ['a path without a section', 'see docs/a.md for more', []],
  ])('reads %s', (_name, source, expected) => {
    expect(sectionReferences('x.ts', source).map(({ doc, heading }) => ({ doc, heading }))).toEqual(expected);
  });

  it('refuses a pointer to a heading that is not there, or to a missing document', () => {
    const docs = new Map([['docs/a.md', '# A\n## Memory: what holds it\n## The `floor`\n```\n## In a fence\n```']]);
    const read = (doc: string) => docs.get(doc) ?? null;
    const refs = ['Memory', 'The floor', 'Gone', 'In a fence'].map((heading) => ({ file: 'x.ts', doc: 'docs/a.md', heading }));
    expect(brokenSectionReferences([...refs, { file: 'x.ts', doc: 'docs/b.md', heading: 'Memory' }], read).map((r) => `${r.doc} ${r.heading}`)).toEqual([
      'docs/a.md Gone',
      'docs/a.md In a fence',
      'docs/b.md Memory',
    ]);
  });

  it('finds registration call sites and the ones the document does not name', () => {
    const sites = registrationSites([
      { file: 'api/src/a.ts', source: 'this.uow.onRecorded((tx, e) => x); this.scheduler.registerHandler(K, h); this.wallet.registerAccount(p);' },
    ]);
    expect(sites).toEqual([
      { file: 'api/src/a.ts', method: 'onRecorded' },
      { file: 'api/src/a.ts', method: 'registerHandler' },
    ]);
    expect(unnamedSites('| `UnitOfWork.onRecorded` | `api/src/a.ts` |', sites)).toEqual([{ file: 'api/src/a.ts', method: 'registerHandler' }]);
  });
});
