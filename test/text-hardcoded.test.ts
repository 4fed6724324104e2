/**
 * No engine, store, CLI or web module holds a user-facing sentence of its own: string literals with Chinese characters or
 * English words in a row belong in src/text. Found with TypeScript's own parser (literals only, not comments).
 * The allow-list below names each exception and why; shrink it, never grow it silently.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const DIRS = ['src/engine', 'src/store', 'src/cli', 'web'];
/** Built or copied files under web/, not sources. */
const NOT_SOURCES = /^web\/(dist|public)\//;

/** Files still holding their own words, each with the reason. */
const ALLOWED: Record<string, string> = {
  'src/engine/redact-text.ts': 'patterns that recognise Chinese words in user notes: data, not text shown',
  'web/shell/api-client.ts':
    'ApiError diagnostics (network, content type, schema): shown only as the technical detail under a save error',
};

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
/** Three words of two or more letters in a row, after `${…}` is removed: "give either --ban or". */
const SENTENCE = /[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}/;
/** A command's syntax, the same in every language. */
const SYNTAX = /^banradius [a-z]/;
/** A statement of SQL (the store's), the same in every language. */
const SQL = /^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|PRAGMA) /;

/**
 * Where a literal is not text for a person: the message of `new Error(…)` (an invariant a developer reads) and
 * the value of a `class` property (CSS class names).
 */
function notText(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isNewExpression(parent) && ts.isIdentifier(parent.expression) && parent.expression.text === 'Error')
    return true;
  return ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name) && parent.name.text === 'class';
}

/** The text of every string and template literal of a module, outside its imports. */
function literals(source: string): string[] {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (!notText(node)) out.push(node.text);
    } else if (ts.isTemplateExpression(node) && !notText(node))
      out.push([node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' '));
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

/** The literals of a module that read as words for a person. */
function sentences(source: string): string[] {
  return literals(source).filter((t) => !SYNTAX.test(t) && !SQL.test(t) && (CJK.test(t) || SENTENCE.test(t)));
}

const modules = DIRS.flatMap((d) =>
  readdirSync(join(ROOT, d), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `${d}/${f}`)
    .filter((f) => !NOT_SOURCES.test(f)),
);

describe('user-facing sentences live in src/text', () => {
  it('finds Chinese and English sentences in literals, but not in comments or syntax lines', () => {
    const sample = [
      '// 这是注释 with some English words',
      "const a = '账户被封';",
      `const b = \`give either \${x} or the other\`;`,
      "const c = 'banradius risk MAP.json [--json]';",
      "const d = 'access';",
      "const e = h('p', { class: 'icon-button small req-remove' }, '：');",
      "if (!ok) throw new Error('the bundled example map does not validate');",
      "const f = lang === 'zh' ? '、' : ', ';",
      "const g = db.prepare('SELECT id, version FROM maps WHERE id = ?');",
      "const h = 'select the maps you want';",
    ].join('\n');
    expect(sentences(sample)).toEqual([
      '账户被封',
      'give either   or the other',
      '：',
      '、',
      'select the maps you want',
    ]);
  });

  it.each(modules.filter((m) => !Object.hasOwn(ALLOWED, m)))('%s holds none', (m) => {
    expect(sentences(readFileSync(join(ROOT, m), 'utf8'))).toEqual([]);
  });

  it('allows only files that exist and still need the exception', () => {
    for (const m of Object.keys(ALLOWED)) {
      expect(modules).toContain(m);
      expect(sentences(readFileSync(join(ROOT, m), 'utf8')).length, m).toBeGreaterThan(0);
    }
  });
});
