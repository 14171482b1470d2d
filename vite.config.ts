import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { buildMetaContentSecurityPolicy } from './shared/content-security-policy.ts';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** Put the app's CSP into the built index.html, so the browser build runs under the same policy as Electron. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'shiftwell-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: buildMetaContentSecurityPolicy() },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Load `renderer/src/early-open.ts` as its own tiny `async` script, so the page starts opening the database
 * (db/warm-up.ts) as soon as that script arrives: before the app's entry and its imports have been fetched
 * and run. Bundled into the entry it would wait for all of them. It counts towards the start-up bundle
 * budget like any module script (scripts/bundle-size.mjs).
 */
function earlyDatabaseOpen(): Plugin {
  const entry = fileURLToPath(new URL('./renderer/src/early-open.ts', import.meta.url));
  // First among the scripts, so the browser requests it before the entry and its preloads.
  const withScript = (html: string, src: string) => {
    const at = html.indexOf('<script');
    if (at < 0) throw new Error('index.html has no script to put the early database-open script before.');
    return `${html.slice(0, at)}<script type="module" async crossorigin src="${src}"></script>\n    ${html.slice(at)}`;
  };
  let isBuild = false;
  return {
    name: 'shiftwell-early-database-open',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    buildStart() {
      if (isBuild) this.emitFile({ type: 'chunk', id: entry, name: 'early-open' });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle) return withScript(html, '/src/early-open.ts'); // the dev server serves the source
        const chunk = Object.values(context.bundle).find(
          (output) => output.type === 'chunk' && output.facadeModuleId === entry,
        );
        if (chunk?.type !== 'chunk') throw new Error('The early database-open script was not built.');
        if (chunk.imports.length > 0)
          throw new Error(`The early script must import nothing, but imports ${chunk.imports.join(', ')}.`);
        return withScript(html, `./${chunk.fileName}`);
      },
    },
  };
}

export default defineConfig({
  root: 'renderer',
  // Relative asset URLs: the same build is served from app://shiftwell in Electron and from localhost.
  base: './',
  plugins: [react(), contentSecurityPolicyMeta(), earlyDatabaseOpen()],
  define: { __APP_VERSION__: JSON.stringify(version) },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome140',
    sourcemap: true,
  },
  preview: { host: '127.0.0.1' },
});
