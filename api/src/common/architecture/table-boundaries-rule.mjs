// ESLint rule `boundaries/table-owner`: each capability (a folder of api/src/) names in SQL only the tables it owns
// (./table-owners.mjs). Wired in eslint.config.mjs; test/contract/table-boundaries.test.ts plants crossings and
// expects this rule to catch each one.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALL_TABLES_FOLDERS, CROSSINGS, READ_MODELS, TABLE_OWNERS } from './table-owners.mjs';

const API_SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MIGRATIONS = 'database/migrations/';

// A table named after an SQL keyword. Keywords are upper case in this code base, so prose ("from the shop") is not SQL.
// `FOR UPDATE OF x` names a locked alias, not a written table; `x.` is a column of alias x.
const SQL_TABLE =
  /\b(DELETE\s+FROM|INSERT\s+INTO|(?<!FOR\s|KEY\s)UPDATE|TRUNCATE(?:\s+TABLE)?|(?:ALTER|DROP|LOCK)\s+TABLE(?:\s+IF\s+EXISTS)?|FROM|JOIN|INTO|USING)\s+(?:ONLY\s+)?(?:public\.)?"?([a-z_][a-z0-9_]*)\b"?(?![.(])/g;
const CREATE_TABLE = /\bCREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(?:public\.)?"?([a-z_][a-z0-9_]*)"?/g;
const CREATE_VIEW = /\bCREATE\s+(?:OR\s+REPLACE\s+)?VIEW\s+(?:public\.)?"?([a-z_][a-z0-9_]*)"?/g;
const WRITES = /^(DELETE|INSERT|UPDATE|TRUNCATE|ALTER|DROP|LOCK|INTO)/;
// Query-builder and repository calls that take a table name as their first argument.
const TABLE_ARG_METHODS = new Set([
  'from', 'into', 'update', 'delete', 'insert', 'innerJoin', 'leftJoin', 'innerJoinAndSelect', 'leftJoinAndSelect',
  'getRepository', 'Entity',
]);
const ENTITY_IMPORT = /\.entity(\.js)?$/;

/** The folder of api/src/ a file belongs to ('' for the wiring files at its root), or null outside api/src/. */
function folderOf(relative) {
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  const parts = relative.split('/');
  return parts.length > 1 ? parts[0] : '';
}

function isTestFile(relative) {
  return /\.(int-)?spec\.ts$/.test(relative);
}

function textOf(node) {
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral') return node.quasis.map((q) => q.value.cooked ?? q.value.raw).join(' ? ');
  return null;
}

/** @type {import('eslint').Rule.RuleModule} */
export const tableOwnerRule = {
  meta: {
    type: 'problem',
    docs: { description: 'A capability names only the tables it owns (api/src/common/architecture/table-owners.mjs).' },
    // Options: `{ crossings }` replaces CROSSINGS (the contract test plants an allowance with it); none in eslint.config.mjs.
    schema: [
      {
        type: 'object',
        properties: { crossings: { type: 'array', items: { type: 'object' } } },
        additionalProperties: false,
      },
    ],
    messages: {
      foreign:
        "{{folder}}/ {{access}}s table '{{table}}', owned by {{owner}}/. Ask the owner's service or repository for it, " +
        'or list the crossing with its reason in CROSSINGS of api/src/common/architecture/table-owners.mjs.',
      unowned:
        "Table '{{table}}' has no owner: add it to TABLE_OWNERS in api/src/common/architecture/table-owners.mjs.",
      unpublished:
        "View '{{table}}' is not a published read model: add it to READ_MODELS in api/src/common/architecture/table-owners.mjs.",
      readModelWrite:
        "{{folder}}/ writes through read model '{{table}}', published by {{owner}}/ for reading only. Ask {{owner}}/'s service.",
      stale:
        "This file no longer names table '{{table}}': remove it from its CROSSINGS entry ({{file}}) in api/src/common/architecture/table-owners.mjs.",
      entityImport:
        "{{folder}}/ imports an entity of {{owner}}/ ({{source}}): an entity is a table. Ask {{owner}}/'s service instead.",
    },
  },
  create(context) {
    const relative = path.relative(API_SRC, context.filename).split(path.sep).join('/');
    const folder = folderOf(relative);
    if (folder === null || isTestFile(relative)) return {};
    if (relative.startsWith(MIGRATIONS)) {
      return {
        'Literal, TemplateLiteral'(node) {
          const text = textOf(node);
          if (!text) return;
          for (const match of text.matchAll(CREATE_TABLE)) {
            if (!Object.hasOwn(TABLE_OWNERS, match[1])) context.report({ node, messageId: 'unowned', data: { table: match[1] } });
          }
          for (const match of text.matchAll(CREATE_VIEW)) {
            if (!Object.hasOwn(READ_MODELS, match[1])) context.report({ node, messageId: 'unpublished', data: { table: match[1] } });
          }
        },
      };
    }
    if (ALL_TABLES_FOLDERS.includes(folder)) return {};

    const crossings = context.options[0]?.crossings ?? CROSSINGS;
    const allowance = crossings.find((entry) => entry.file === relative);
    const allowedWrites = new Set(allowance?.writes ?? []);
    const allowedReads = new Set([...(allowance?.reads ?? []), ...allowedWrites]);
    const crossed = new Set();
    const check = (node, table, access) => {
      if (Object.hasOwn(READ_MODELS, table)) {
        const owner = READ_MODELS[table];
        if (access === 'write' && owner !== folder) context.report({ node, messageId: 'readModelWrite', data: { folder: folder || '(root)', table, owner } });
        return;
      }
      if (!Object.hasOwn(TABLE_OWNERS, table)) return;
      const owner = TABLE_OWNERS[table];
      if (owner === folder) return;
      crossed.add(table);
      if ((access === 'read' ? allowedReads : allowedWrites).has(table)) return;
      context.report({ node, messageId: 'foreign', data: { folder: folder || '(root)', access, table, owner } });
    };

    return {
      'Program:exit'(node) {
        for (const table of allowedReads) {
          if (!crossed.has(table)) context.report({ node, loc: { line: 1, column: 0 }, messageId: 'stale', data: { table, file: relative } });
        }
      },
      'Literal, TemplateLiteral'(node) {
        // A template's own quasis are checked once, as the whole template.
        if (node.parent?.type === 'TemplateLiteral') return;
        const text = textOf(node);
        if (!text) return;
        for (const match of text.matchAll(SQL_TABLE)) {
          check(node, match[2], WRITES.test(match[1]) ? 'write' : 'read');
        }
      },
      CallExpression(node) {
        const callee = node.callee;
        const name = callee.type === 'MemberExpression' ? callee.property.name : callee.type === 'Identifier' ? callee.name : null;
        const first = node.arguments[0];
        if (!name || !TABLE_ARG_METHODS.has(name) || !first || first.type !== 'Literal' || typeof first.value !== 'string') return;
        const access = ['from', 'innerJoin', 'leftJoin', 'innerJoinAndSelect', 'leftJoinAndSelect'].includes(name) ? 'read' : 'write';
        check(node, first.value, access);
      },
      ImportDeclaration(node) {
        const source = node.source.value;
        if (typeof source !== 'string' || !source.startsWith('.') || !ENTITY_IMPORT.test(source)) return;
        const target = path.relative(API_SRC, path.resolve(path.dirname(context.filename), source)).split(path.sep).join('/');
        const owner = folderOf(target);
        if (owner !== null && owner !== folder) {
          context.report({ node, messageId: 'entityImport', data: { folder: folder || '(root)', owner: owner || '(root)', source } });
        }
      },
    };
  },
};

export const boundariesPlugin = { rules: { 'table-owner': tableOwnerRule } };
