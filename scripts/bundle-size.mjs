/**
 * The start-up bundle budget: the JavaScript the renderer loads before anything else may be at most 25 KB
 * (gzip) bigger than a Vite + React hello world built in the same run, with the same Vite, plugin, target and
 * minifier.
 *
 * Used three ways:
 * - `node scripts/bundle-size.mjs` (part of `npm test`): builds the hello world into a temporary folder, measures
 *   dist/renderer (which must already be built), prints a table and exits 1 when over budget;
 * - imported by the benchmark, which reuses `buildHelloWorld`, `initialChunks` and `measureBundleBudget`;
 * - imported by scripts/bundle-size.test.ts.
 *
 * What counts as "initial": the entry `<script type="module">` of index.html, every `<link rel="modulepreload">`,
 * and every chunk those import statically (followed transitively). Dynamic `import()`s are not initial. The CSS
 * index.html links is reported separately and not part of the budget.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build, loadConfigFromFile, parseAst } from 'vite';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** How much bigger than the hello world the app's initial JavaScript may be, in bytes of gzip. */
export const BUDGET_OVER_HELLO_BYTES = 25 * 1024;

/**
 * The app's build settings a control must share to be comparable: the base, target, minifier and source-map
 * setting of vite.config.ts (only those it sets).
 *
 * @returns {Promise<{ base: string, build: { target?: unknown, minify?: unknown, sourcemap?: unknown } }>}
 */
export async function appBuildSettings() {
  const loaded = await loadConfigFromFile(
    { command: 'build', mode: 'production', isSsrBuild: false, isPreview: false },
    path.join(projectRoot, 'vite.config.ts'),
    projectRoot,
    'silent',
  );
  const appBuild = loaded?.config.build ?? {};
  return {
    base: loaded?.config.base ?? './',
    build: {
      ...(appBuild.target === undefined ? {} : { target: appBuild.target }),
      ...(appBuild.minify === undefined ? {} : { minify: appBuild.minify }),
      ...(appBuild.sourcemap === undefined ? {} : { sourcemap: appBuild.sourcemap }),
    },
  };
}

/**
 * Build the hello-world control (bench/hello) into outDir with Vite's JavaScript API, using the target,
 * minifier and source-map setting of the app's vite.config.ts. Resolves to outDir.
 *
 * @param {string} outDir
 * @returns {Promise<string>}
 */
export async function buildHelloWorld(outDir) {
  const app = await appBuildSettings();
  await build({
    configFile: false,
    root: path.join(projectRoot, 'bench/hello'),
    base: app.base,
    mode: 'production',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: path.resolve(outDir), emptyOutDir: true, ...app.build },
  });
  return outDir;
}

/**
 * @typedef {{ file: string, rawBytes: number, gzipBytes: number }} SizedFile
 * @typedef {{ js: SizedFile[], css: SizedFile[] }} InitialChunks
 */

/**
 * The files a built index.html loads at start: its entry script, its modulepreloads and their static imports
 * (transitively), each with its raw and gzip (level 9) size; and the stylesheets it links, separately. File
 * names are relative to distDir, JavaScript in load-discovery order.
 *
 * @param {string} distDir
 * @returns {InitialChunks}
 */
export function initialChunks(distDir) {
  const htmlPath = path.join(distDir, 'index.html');
  if (!existsSync(htmlPath)) throw new Error(`${htmlPath} does not exist: build first.`);
  const tags = htmlTags(readFileSync(htmlPath, 'utf8'));

  /** @type {string[]} */
  const roots = [];
  /** @type {string[]} */
  const stylesheets = [];
  for (const { name, attributes } of tags) {
    const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
    if (name === 'script' && attributes.get('type') === 'module' && attributes.has('src')) {
      roots.push(localFile(distDir, distDir, attributes.get('src') ?? ''));
    } else if (name === 'link' && rel.includes('modulepreload') && attributes.has('href')) {
      roots.push(localFile(distDir, distDir, attributes.get('href') ?? ''));
    } else if (name === 'link' && rel.includes('stylesheet') && attributes.has('href')) {
      stylesheets.push(localFile(distDir, distDir, attributes.get('href') ?? ''));
    }
  }
  if (roots.length === 0) throw new Error(`${htmlPath} loads no module script.`);

  /** @type {string[]} */
  const order = [];
  const seen = new Set();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = /** @type {string} */ (queue.shift());
    if (seen.has(file)) continue;
    seen.add(file);
    order.push(file);
    for (const specifier of staticImports(readFileSync(file, 'utf8'), file)) {
      if (!specifier.startsWith('./') && !specifier.startsWith('../') && !specifier.startsWith('/')) continue;
      queue.push(localFile(distDir, path.dirname(file), specifier));
    }
  }
  return {
    js: order.map((file) => sizeOf(distDir, file)),
    css: [...new Set(stylesheets)].map((file) => sizeOf(distDir, file)),
  };
}

/**
 * @typedef {{ files: SizedFile[], gzipBytes: number, rawBytes: number, css: { files: SizedFile[], gzipBytes: number } }} BundleMeasure
 * @typedef {{ app: BundleMeasure, hello: BundleMeasure, budgetBytes: number, ok: boolean }} BundleBudget
 */

/**
 * Compare the app's initial JavaScript with the hello world's: the budget is the hello world's gzip size
 * plus 25 KB.
 *
 * @param {{ appDist: string, helloDist: string }} dists
 * @returns {BundleBudget}
 */
export function measureBundleBudget({ appDist, helloDist }) {
  const app = measure(appDist);
  const hello = measure(helloDist);
  const budgetBytes = hello.gzipBytes + BUDGET_OVER_HELLO_BYTES;
  return { app, hello, budgetBytes, ok: app.gzipBytes <= budgetBytes };
}

/**
 * A plain-text report of a budget check: one row per initial file, totals, and the verdict (naming the
 * biggest files when over).
 *
 * @param {BundleBudget} result
 * @returns {string}
 */
export function formatBudgetReport(result) {
  const { app, hello, budgetBytes, ok } = result;
  const width = Math.max(
    24,
    ...app.files.map((f) => f.file.length),
    ...hello.files.map((f) => f.file.length),
  );
  /** @param {string} name @param {number} raw @param {number} gzip */
  const row = (name, raw, gzip) => `  ${name.padEnd(width)} ${kb(raw).padStart(10)} ${kb(gzip).padStart(10)}`;
  const lines = [`Initial JavaScript (raw / gzip -9)`];
  lines.push(`  ${'file'.padEnd(width)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}`);
  lines.push('app (dist/renderer):');
  for (const f of app.files) lines.push(row(f.file, f.rawBytes, f.gzipBytes));
  lines.push(row(`total, ${app.files.length} file(s)`, app.rawBytes, app.gzipBytes));
  lines.push(
    row(
      `css (not budgeted), ${app.css.files.length} file(s)`,
      sum(app.css.files, 'rawBytes'),
      app.css.gzipBytes,
    ),
  );
  lines.push('hello world (control):');
  for (const f of hello.files) lines.push(row(f.file, f.rawBytes, f.gzipBytes));
  lines.push(row(`total, ${hello.files.length} file(s)`, hello.rawBytes, hello.gzipBytes));
  lines.push(
    `budget: hello ${kb(hello.gzipBytes)} + ${kb(BUDGET_OVER_HELLO_BYTES)} = ${kb(budgetBytes)} gzip; ` +
      `app ${kb(app.gzipBytes)} (${ok ? `${kb(budgetBytes - app.gzipBytes)} to spare` : `${kb(app.gzipBytes - budgetBytes)} over`})`,
  );
  if (!ok) {
    const biggest = [...app.files].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 5);
    lines.push(
      `The renderer's initial JavaScript is over budget. Biggest contributors: ` +
        biggest.map((f) => `${f.file} (${kb(f.gzipBytes)})`).join(', ') +
        `. Load screens and libraries the first screen does not need with import() / React.lazy.`,
    );
  }
  return lines.join('\n');
}

/** @param {string} distDir @returns {BundleMeasure} */
function measure(distDir) {
  const { js, css } = initialChunks(distDir);
  return {
    files: js,
    rawBytes: sum(js, 'rawBytes'),
    gzipBytes: sum(js, 'gzipBytes'),
    css: { files: css, gzipBytes: sum(css, 'gzipBytes') },
  };
}

/** @param {SizedFile[]} files @param {'rawBytes' | 'gzipBytes'} key */
function sum(files, key) {
  return files.reduce((total, file) => total + file[key], 0);
}

/** @param {number} bytes */
function kb(bytes) {
  return `${(bytes / 1024).toFixed(2)} KB`;
}

/** @param {string} distDir @param {string} file @returns {SizedFile} */
function sizeOf(distDir, file) {
  const bytes = readFileSync(file);
  return {
    file: path.relative(distDir, file).split(path.sep).join('/'),
    rawBytes: bytes.length,
    gzipBytes: gzipSync(bytes, { level: 9 }).length,
  };
}

/**
 * A URL from the HTML or a chunk, as a file inside distDir. Refuses anything outside it (an external URL
 * would escape the measurement).
 *
 * @param {string} distDir @param {string} fromDir @param {string} url
 */
function localFile(distDir, fromDir, url) {
  if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(url))
    throw new Error(`Initial script ${url} is not part of the build.`);
  const clean = decodeURIComponent(url.replace(/[?#].*$/, ''));
  const file = clean.startsWith('/') ? path.join(distDir, clean) : path.resolve(fromDir, clean);
  const inside = path.relative(distDir, file);
  if (inside.startsWith('..') || path.isAbsolute(inside)) throw new Error(`${url} is outside ${distDir}.`);
  if (!existsSync(file)) throw new Error(`${url} is loaded at start but ${file} does not exist.`);
  return file;
}

/**
 * The opening tags of an HTML document with their attributes (names lower-cased). Enough for Vite's
 * generated index.html; comments are skipped.
 *
 * @param {string} html
 * @returns {{ name: string, attributes: Map<string, string> }[]}
 */
function htmlTags(html) {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  const tags = [];
  for (const match of withoutComments.matchAll(/<([a-zA-Z][\w-]*)(\s[^>]*)?>/g)) {
    const attributes = new Map();
    for (const attribute of (match[2] ?? '').matchAll(
      /([^\s"'=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g,
    )) {
      const name = /** @type {string} */ (attribute[1]).toLowerCase();
      attributes.set(name, decodeEntities(attribute[2] ?? attribute[3] ?? attribute[4] ?? ''));
    }
    tags.push({ name: /** @type {string} */ (match[1]).toLowerCase(), attributes });
  }
  return tags;
}

/** @param {string} text */
function decodeEntities(text) {
  return text.replace(/&(amp|quot|#39|apos|lt|gt);/g, (_, entity) =>
    entity === 'amp' ? '&' : entity === 'quot' ? '"' : entity === 'lt' ? '<' : entity === 'gt' ? '>' : "'",
  );
}

/**
 * The specifiers a module imports statically: `import … from`, bare `import "…"`, `export … from` and
 * `export * from`. Dynamic `import()` is not static and is left out. Uses Vite's own parser, so strings and
 * comments that merely look like imports are not mistaken for them.
 *
 * @param {string} code @param {string} file
 * @returns {string[]}
 */
function staticImports(code, file) {
  /** @type {{ body: Array<{ type: string, source?: { value: unknown } | null }> }} */
  let program;
  try {
    program = /** @type {never} */ (parseAst(code));
  } catch (error) {
    throw new Error(`Could not parse ${file}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  /** @type {string[]} */
  const specifiers = [];
  for (const node of program.body) {
    const isStatic =
      node.type === 'ImportDeclaration' ||
      node.type === 'ExportAllDeclaration' ||
      (node.type === 'ExportNamedDeclaration' && node.source);
    if (isStatic && typeof node.source?.value === 'string') specifiers.push(node.source.value);
  }
  return specifiers;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const appDist = path.join(projectRoot, 'dist/renderer');
  if (!existsSync(path.join(appDist, 'index.html'))) {
    console.error(
      `bundle-size: ${path.relative(projectRoot, appDist)}/index.html is missing; run \`npx vite build\` first.`,
    );
    process.exit(1);
  }
  const helloDist = mkdtempSync(path.join(tmpdir(), 'shiftwell-hello-'));
  try {
    await buildHelloWorld(helloDist);
    const result = measureBundleBudget({ appDist, helloDist });
    const report = formatBudgetReport(result);
    if (result.ok) console.log(report);
    else {
      console.error(report);
      process.exitCode = 1;
    }
  } finally {
    rmSync(helloDist, { recursive: true, force: true });
  }
}
