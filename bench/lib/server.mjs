// A tiny static file server for the benchmark: one origin serving the app, the harness and the control.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.md': 'text/markdown; charset=utf-8',
};

/**
 * Serve `mounts` ({ '/': dir, '/bench/': dir }) on 127.0.0.1 and `port` (a free one when 0). Returns the base URL and a
 * close function. Longest mount prefix wins; directories serve their index.html.
 */
export async function serve(mounts, port = 0) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const prefix = prefixes.find((candidate) => url.pathname.startsWith(candidate));
    if (!prefix) return notFound(response);
    const root = mounts[prefix];
    let path = normalize(join(root, decodeURIComponent(url.pathname.slice(prefix.length))));
    if (path !== root && !path.startsWith(root + sep)) return notFound(response);
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) return notFound(response);
    // Revalidated on every load, but answered "not modified" while the file is unchanged: the browser then keeps
    // its cached copy and the compiled code V8 stored beside it, as Electron does for the app:// scheme
    // (registered with `codeCache: true`, electron/main/app-protocol.ts). Without a validator a warm profile
    // would download and compile every script again, like a fresh one.
    const { size, mtimeMs } = statSync(path);
    const etag = `"${size.toString(36)}-${Math.round(mtimeMs).toString(36)}"`;
    const headers = { 'cache-control': 'no-cache', etag };
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, headers);
      return response.end();
    }
    response.writeHead(200, {
      ...headers,
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
    });
    createReadStream(path).pipe(response);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  const listening = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${listening}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

function notFound(response) {
  response.writeHead(404, { 'content-type': 'text/plain' });
  response.end('Not found');
}
