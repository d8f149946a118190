// A small static file server for dist/web, bound to 127.0.0.1 only. Used by scripts/run
// and by the browser tests (import { serve } from it).
//   node serve.mjs DIR [PORT]
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.csv': 'text/csv; charset=utf-8', '.ttf': 'font/ttf',
};

// Resolves with {server, url, port}; port 0 picks a free one.
export function serve(dir, port = 0, host = '127.0.0.1') {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) { res.writeHead(403).end(); return; }
    let size;
    try { const s = statSync(file); if (!s.isFile()) throw new Error('not a file'); size = s.size; } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404 không tìm thấy\n');
      return;
    }
    res.writeHead(200, {
      'content-type': types[extname(file)] || 'application/octet-stream', 'content-length': size,
      'cache-control': 'no-cache', 'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') { res.end(); return; }
    createReadStream(file).pipe(res);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const actual = server.address().port;
      done({ server, port: actual, url: `http://${host}:${actual}/` });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, port] = process.argv.slice(2);
  const { url } = await serve(dir || '.', Number(port || 8080)).catch((e) => {
    console.error(`serve: ${e.message}`);
    process.exit(1);
  });
  console.log(`Đang phục vụ ${resolve(dir || '.')} tại ${url} (Ctrl+C để dừng)`);
}
