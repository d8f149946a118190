// The dev server of scripts/run (scripts/lib/serve.mjs), run as scripts/run runs it: a
// malformed address gets a 400 and the server goes on serving. No browser needed: the
// requests are written on a plain socket, exactly as sent, so nothing tidies them first.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PAGE = '<!doctype html><title>dev-server test</title>\n';

// `GET <target>` on a fresh connection; resolves with the status code and the body.
function get(port, target) {
  return new Promise((done, fail) => {
    const socket = connect(port, '127.0.0.1');
    let reply = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => { reply += chunk; });
    socket.on('error', fail);
    socket.on('end', () => {
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(reply)?.[1]);
      done({ status, body: reply.slice(reply.indexOf('\r\n\r\n') + 4) });
    });
    socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
  });
}

describe('dev server (node scripts/lib/serve.mjs DIR PORT)', () => {
  let dir;
  let server;
  let port;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dvcscore-serve-'));
    writeFileSync(join(dir, 'index.html'), PAGE);
    server = spawn(process.execPath, [join(ROOT, 'scripts/lib/serve.mjs'), dir, '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    // It prints the address it serves once it listens; port 0 picked a free one.
    port = await new Promise((done, fail) => {
      let out = '';
      server.stdout.setEncoding('utf8');
      server.stdout.on('data', (chunk) => {
        out += chunk;
        const found = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
        if (found) done(Number(found[1]));
      });
      server.once('exit', (code) => fail(new Error(`serve.mjs exited (${code}) before listening: ${out}`)));
    });
  });

  after(() => {
    server?.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('serves the page', async () => {
    const reply = await get(port, '/');
    assert.equal(reply.status, 200);
    assert.equal(reply.body, PAGE);
  });

  test('a malformed percent-encoding (/%E0) is answered 400, and the page is still served after it', async () => {
    const bad = await get(port, '/%E0');
    assert.equal(bad.status, 400);
    assert.equal(server.exitCode, null, 'the server process is still running');
    const next = await get(port, '/index.html');
    assert.equal(next.status, 200);
    assert.equal(next.body, PAGE);
  });

  test('every kind of undecodable address gets a 400, none stops the server', async () => {
    // A lone %, a cut-off sequence, an overlong encoding of "/", a lone UTF-16 half, a NUL.
    for (const target of ['/%', '/a%2', '/%E0%A4', '/%C0%AF', '/%ED%A0%80', '/a%00b']) {
      assert.equal((await get(port, target)).status, 400, target);
    }
    assert.equal((await get(port, '/')).status, 200);
  });

  test('addresses outside the folder are refused and missing files are 404', async () => {
    assert.equal((await get(port, '/..%2F..%2F..%2Fetc%2Fpasswd')).status, 403);
    assert.equal((await get(port, '/missing.js')).status, 404);
    // Two slashes are a path, not a host: still the page.
    assert.equal((await get(port, '//')).status, 200);
    assert.equal((await get(port, '/')).status, 200);
  });
});
