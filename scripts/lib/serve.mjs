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
  '.webmanifest': 'application/manifest+json',
};

// The file a request names, or the status to answer instead. A malformed address ("/%E0",
// "/%") is the client's mistake: it gets a 400, and the server keeps serving.
function fileFor(root, target) {
  let path;
  try {
    // An origin-form target ("/a", or "//a": two slashes are a path, not a host) is read
    // against a fixed origin; an absolute-form one ("http://host/a") as it is.
    const url = new URL(target.startsWith('/') ? `http://localhost${target}` : target);
    path = decodeURIComponent(url.pathname);
  } catch {
    return { status: 400 };
  }
  if (path.includes('\0')) return { status: 400 };
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) return { status: 403 };
  return { file };
}

const refusals = { 400: '400 địa chỉ không hợp lệ\n', 403: '403 không được phép\n', 404: '404 không tìm thấy\n' };

function refuse(res, status) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(refusals[status] || `${status}\n`);
}

// Resolves with {server, url, port}; port 0 picks a free one.
export function serve(dir, port = 0, host = '127.0.0.1') {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    try {
      const { file, status } = fileFor(root, req.url);
      if (!file) { refuse(res, status); return; }
      let size;
      try { const s = statSync(file); if (!s.isFile()) throw new Error('not a file'); size = s.size; } catch {
        refuse(res, 404);
        return;
      }
      res.writeHead(200, {
        'content-type': types[extname(file)] || 'application/octet-stream', 'content-length': size,
        'cache-control': 'no-cache', 'x-content-type-options': 'nosniff',
      });
      if (req.method === 'HEAD') { res.end(); return; }
      // A file removed or unreadable after stat(): drop this response, not the server.
      createReadStream(file).on('error', () => res.destroy()).pipe(res);
    } catch (e) {
      // Whatever else goes wrong with one request must not stop the others.
      console.error(`serve: ${req.url}: ${e.message}`);
      if (res.headersSent) res.destroy(); else refuse(res, 500);
    }
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
