import { readFileSync } from 'node:fs';
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

export default defineConfig({
  root: 'renderer',
  // Relative asset URLs: the same build is served from app://shiftwell in Electron and from localhost.
  base: './',
  plugins: [react(), contentSecurityPolicyMeta()],
  define: { __APP_VERSION__: JSON.stringify(version) },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome140',
    sourcemap: true,
  },
  preview: { host: '127.0.0.1' },
});
