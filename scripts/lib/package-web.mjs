// Packages an Emscripten build of a page (NAME.js + NAME.wasm) with web/shell.html:
//   --web DIR     DIR/index.html + boot.js + NAME.js + NAME.wasm, for any static server;
//   --single FILE one self-contained HTML file (script and wasm inline) that works from
//                 file:// with no server and no network.
// Both carry a Content-Security-Policy that allows only the page's own scripts.
// usage: node package-web.mjs BUILD_DIR NAME [--web DIR] [--single FILE]
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const [buildDir, name, ...rest] = process.argv.slice(2);
if (!buildDir || !name) {
  console.error('usage: node package-web.mjs BUILD_DIR NAME [--web DIR] [--single FILE]');
  process.exit(2);
}
const option = (flag) => { const i = rest.indexOf(flag); return i >= 0 ? rest[i + 1] : undefined; };

const shell = readFileSync(join(root, 'web', 'shell.html'), 'utf8');
const boot = readFileSync(join(root, 'web', 'boot.js'), 'utf8');
const script = readFileSync(join(buildDir, `${name}.js`), 'utf8');
const wasm = readFileSync(join(buildDir, `${name}.wasm`));

const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
// Inline styles are allowed: the printable report, opened from a blob: URL, inherits this
// policy and carries its own stylesheet. With no connection, image or font source open,
// a style cannot send anything anywhere.
const styleSource = "'unsafe-inline'";

// Writes next to the target and renames, so a failed build never leaves half a page.
function writeAtomically(file, content) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, content);
  renameSync(`${file}.tmp`, file);
}

function page(csp, scripts) {
  return shell.replace('{{CSP}}', csp).replace('{{SCRIPTS}}', scripts);
}

function inlineScript(code) {
  // "</script" inside a script would end it early.
  if (/<\/script/i.test(code)) code = code.replace(/<\/script/gi, '<\\/script');
  return { tag: `<script>${code}</script>`, hash: hash(code) };
}

const webDir = option('--web');
if (webDir) {
  const csp = ["default-src 'none'", "script-src 'self' 'wasm-unsafe-eval'", `style-src ${styleSource}`,
    "connect-src 'self'", "img-src 'self' data: blob:", "base-uri 'none'", "form-action 'none'"].join('; ');
  mkdirSync(webDir, { recursive: true });
  writeAtomically(join(webDir, 'boot.js'), boot);
  copyFileSync(join(buildDir, `${name}.js`), join(webDir, `${name}.js.tmp`));
  renameSync(join(webDir, `${name}.js.tmp`), join(webDir, `${name}.js`));
  copyFileSync(join(buildDir, `${name}.wasm`), join(webDir, `${name}.wasm.tmp`));
  renameSync(join(webDir, `${name}.wasm.tmp`), join(webDir, `${name}.wasm`));
  writeAtomically(join(webDir, 'index.html'),
    page(csp, `<script src="boot.js"></script>\n<script src="${name}.js"></script>`));
}

const singleFile = option('--single');
if (singleFile) {
  // The wasm travels gzip-compressed in base64 and is unpacked by the browser's own
  // DecompressionStream: about a third of the size of plain base64.
  const packed = gzipSync(wasm, { level: constants.Z_BEST_COMPRESSION }).toString('base64');
  const loader = `(function () {
  var packed = "${packed}";
  Module.instantiateWasm = function (imports, receive) {
    if (typeof DecompressionStream === 'undefined') {
      Module.showFatal('Trình duyệt này quá cũ để mở tệp tính điểm. Hãy dùng Chrome, Edge, Firefox hoặc Safari bản mới.');
      return {};
    }
    var text = atob(packed), bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; ++i) bytes[i] = text.charCodeAt(i);
    new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer()
      .then(function (buffer) { return WebAssembly.instantiate(buffer, imports); })
      .then(function (result) { receive(result.instance, result.module); })
      .catch(function (error) { Module.showFatal('Không khởi động được trang tính điểm: ' + error); });
    return {};
  };
})();`;
  const parts = [inlineScript(boot), inlineScript(loader), inlineScript(script)];
  const csp = ["default-src 'none'", `script-src ${parts.map((p) => p.hash).join(' ')} 'wasm-unsafe-eval'`,
    `style-src ${styleSource}`, "connect-src 'none'", 'img-src data: blob:', "base-uri 'none'",
    "form-action 'none'"].join('; ');
  writeAtomically(singleFile, page(csp, parts.map((p) => p.tag).join('\n')));
}
