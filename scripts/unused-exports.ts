/**
 * Lists what the product does not use (a check for people, not part of `npm test`):
 *  1. exports of electron/, shared/, db/, renderer/ that no file outside test/ imports (dead, or test-only);
 *  2. files of shared/ reachable from only one process (they belong in renderer/lib or electron/domain).
 * Run: `npx tsx scripts/unused-exports.ts`. Uses the TypeScript compiler API (no extra dependency): every
 * import and re-export is resolved to the declaration it names, so aliases and barrels are followed.
 * With `--local`, exports used only inside their own file are listed too (drop the `export`). An export that only a
 * test imports but its own file uses is not listed: the test then tests code the product runs.
 */
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(import.meta.dirname, '..');
const PRODUCT = ['electron', 'shared', 'db', 'renderer'];
const TOOLS = ['scripts', 'bench'];
/** `--local` also lists exports used only inside their own file. */
const showLocal = process.argv.includes('--local');
const rel = (f: string) => path.relative(root, f).split(path.sep).join('/');
const top = (f: string) => rel(f).split('/')[0]!;
const isTest = (f: string) => top(f) === 'test';

const files = ts.sys
  .readDirectory(
    root,
    ['.ts', '.tsx'],
    undefined,
    [...PRODUCT, ...TOOLS, 'test'].map((d) => `${d}/**/*`),
  )
  .filter((f) => !f.endsWith('.d.ts') && !rel(f).startsWith('db/migrations/'));
const program = ts.createProgram(files, {
  target: ts.ScriptTarget.ES2023,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  jsx: ts.JsxEmit.ReactJSX,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  resolveJsonModule: true,
  esModuleInterop: true,
  types: ['node', 'vite/client'],
});
const checker = program.getTypeChecker();
const ours = program.getSourceFiles().filter((sf) => !sf.isDeclarationFile && !sf.fileName.includes('/node_modules/'));

/** `${file}#${name}` of each export → the files (other than its own) that import it. */
const users = new Map<string, Set<string>>();
/** Files whose every export counts as used (namespace imports, `export *`, dynamic import()). */
const wholeModule = new Map<string, Set<string>>();
/** File → files it imports (resolved), for reachability. */
const imports = new Map<string, Set<string>>();

const add = <K, V>(m: Map<K, Set<V>>, k: K, v: V) => (m.get(k) ?? m.set(k, new Set()).get(k)!).add(v);
const original = (s: ts.Symbol): ts.Symbol => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s);
const keyOf = (s: ts.Symbol): string | null => {
  const decl = original(s).declarations?.[0];
  return decl ? `${decl.getSourceFile().fileName}#${original(s).name}` : null;
};
const moduleFile = (spec: ts.Expression): string | null => {
  const sym = checker.getSymbolAtLocation(spec);
  const decl = sym?.declarations?.[0];
  return decl && ts.isSourceFile(decl) ? decl.fileName : null;
};

for (const sf of ours) {
  const from = sf.fileName;
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      const target = moduleFile(node.moduleSpecifier);
      if (target) add(imports, from, target);
      if (ts.isImportDeclaration(node)) {
        const clause = node.importClause;
        if (clause?.name) {
          const k = keyOf(checker.getSymbolAtLocation(clause.name)!);
          if (k) add(users, k, from);
        }
        const nb = clause?.namedBindings;
        if (nb && ts.isNamespaceImport(nb) && target) add(wholeModule, target, from);
        if (nb && ts.isNamedImports(nb)) {
          for (const el of nb.elements) {
            const s = checker.getSymbolAtLocation(el.name);
            const k = s && keyOf(s);
            if (k) add(users, k, from);
          }
        }
      } else if (!node.exportClause && target) {
        add(wholeModule, target, from); // export * from
      } else if (node.exportClause && ts.isNamedExports(node.exportClause)) {
        for (const el of node.exportClause.elements) {
          const s = checker.getSymbolAtLocation(el.name);
          const k = s && keyOf(s);
          if (k) add(users, k, from);
        }
      }
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0]) {
      const target = moduleFile(node.arguments[0]);
      if (target) {
        add(imports, from, target);
        add(wholeModule, target, from);
      }
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const target = moduleFile(node.argument.literal);
      if (target) {
        add(imports, from, target);
        add(wholeModule, target, from);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

// A re-export (barrel) passes its importers on: `export { x } from './a'` is used when the barrel's x is.
const productUsers = (k: string, seen = new Set<string>()): string[] => {
  if (seen.has(k)) return [];
  seen.add(k);
  const out: string[] = [];
  for (const f of users.get(k) ?? []) if (!isTest(f) && f !== k.split('#')[0]) out.push(f);
  return out;
};

const lines: string[] = [];
for (const sf of ours) {
  if (!PRODUCT.includes(top(sf.fileName))) continue;
  const mod = checker.getSymbolAtLocation(sf);
  if (!mod) continue;
  const wholeUsers = [...(wholeModule.get(sf.fileName) ?? [])].filter((f) => !isTest(f));
  if (wholeUsers.length) continue;
  for (const exp of checker.getExportsOfModule(mod)) {
    if (exp.name === 'default') continue;
    const k = keyOf(exp);
    if (!k) continue;
    const decl = original(exp).declarations?.[0];
    if (decl && decl.getSourceFile().fileName !== sf.fileName) continue; // a re-export: judged at its source
    if (productUsers(k).length) continue;
    const testUsers = [...(users.get(k) ?? [])].filter(isTest);
    // Used in its own file? Count identifiers other than the declaration's name.
    let local = 0;
    const name = exp.name;
    const walk = (n: ts.Node) => {
      if (ts.isIdentifier(n) && n.text === name && n.parent !== decl && !ts.isExportSpecifier(n.parent)) local++;
      ts.forEachChild(n, walk);
    };
    walk(sf);
    // Exported only so a test can reach a function its own file uses: fine (the test tests what the product runs).
    if (local >= 1 && (testUsers.length || !showLocal)) continue;
    const what = testUsers.length
      ? `test-only (${testUsers.map(rel).join(', ')})`
      : local >= 1
        ? 'local only: drop the export'
        : 'unused';
    lines.push(`${rel(sf.fileName)}: ${name} — ${what}`);
  }
}

// shared/ files reachable from only one process.
const reach = (starts: string[]) => {
  const seen = new Set<string>();
  const stack = [...starts];
  while (stack.length) {
    const f = stack.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    for (const g of imports.get(f) ?? []) stack.push(g);
  }
  return seen;
};
const byTop = (tops: string[]) => ours.filter((sf) => tops.includes(top(sf.fileName))).map((sf) => sf.fileName);
const fromRenderer = reach(byTop(['renderer']));
const fromMain = reach(byTop(['electron', 'db', ...TOOLS]));
const oneSide: string[] = [];
for (const sf of ours) {
  if (top(sf.fileName) !== 'shared') continue;
  const r = fromRenderer.has(sf.fileName);
  const m = fromMain.has(sf.fileName);
  if (r !== m || !r)
    oneSide.push(`${rel(sf.fileName)}: ${r ? 'renderer only' : m ? 'main only' : 'neither (tests only)'}`);
}

console.log(`Exports no product file imports (${lines.length}):`);
for (const l of lines.sort()) console.log('  ' + l);
console.log(`\nshared/ files one process uses (${oneSide.length}):`);
for (const l of oneSide.sort()) console.log('  ' + l);
