// Packages an Emscripten build of a page (NAME.js + NAME.wasm) with web/shell.html:
//   --web DIR     DIR/index.html + boot.js + NAME.js + NAME.wasm, for any static server,
//                 installable and offline after one visit: a web app manifest, its icons
//                 and a cache-first service worker (sw.js, registered by offline.js);
//   --single FILE one self-contained HTML file (script and wasm inline) that works from
//                 file:// with no server and no network (no manifest, no worker).
// Both carry a Content-Security-Policy that allows only the page's own scripts.
// usage: node package-web.mjs BUILD_DIR NAME [--web DIR] [--single FILE]
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync, gzipSync, constants } from 'node:zlib';

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

function page(csp, scripts, head = '') {
  return shell.replace('{{CSP}}', csp).replace('{{HEAD}}', head).replace('{{SCRIPTS}}', scripts);
}

// ---- the installable page's icon: drawn here, so nothing fetched or committed is needed ----
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; ++k) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function png(size, rgba) {
  const chunk = (type, data) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'latin1');
    data.copy(out, 8);
    out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);  // 8 bits per channel, RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; ++y) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}
// Three rising bars, white on the page's blue, inside the safe zone of a maskable icon.
function icon(size) {
  const blue = [24, 98, 200];
  const bars = [[0.24, 0.56], [0.43, 0.42], [0.62, 0.28]];  // left edge, top (fractions of the size)
  const inside = (u, v) => bars.some(([x, top]) => u >= x && u < x + 0.14 && v >= top && v < 0.74);
  const rgba = Buffer.alloc(size * size * 4);
  const samples = 4;
  for (let y = 0; y < size; ++y) {
    for (let x = 0; x < size; ++x) {
      let white = 0;
      for (let sy = 0; sy < samples; ++sy)
        for (let sx = 0; sx < samples; ++sx)
          if (inside((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size)) ++white;
      const t = white / (samples * samples);
      const at = (y * size + x) * 4;
      for (let c = 0; c < 3; ++c) rgba[at + c] = Math.round(blue[c] * (1 - t) + 255 * t);
      rgba[at + 3] = 255;
    }
  }
  return png(size, rgba);
}

function inlineScript(code) {
  // "</script" inside a script would end it early.
  if (/<\/script/i.test(code)) code = code.replace(/<\/script/gi, '<\\/script');
  return { tag: `<script>${code}</script>`, hash: hash(code) };
}

const webDir = option('--web');
if (webDir) {
  // The service worker and the manifest need exactly manifest-src and worker-src.
  const csp = ["default-src 'none'", "script-src 'self' 'wasm-unsafe-eval'", `style-src ${styleSource}`,
    "connect-src 'self'", "img-src 'self' data: blob:", "manifest-src 'self'", "worker-src 'self'",
    "base-uri 'none'", "form-action 'none'"].join('; ');
  mkdirSync(webDir, { recursive: true });
  const manifest = JSON.stringify({
    name: 'dvcscore — Tự đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp',
    short_name: 'dvcscore',
    description: 'Tự đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp (QĐ 766/QĐ-TTg), chạy ngoại tuyến trong trình duyệt.',
    lang: 'vi',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#f6f7f9',
    theme_color: '#1862c8',
    icons: [192, 512].map((n) => ({ src: `icon-${n}.png`, sizes: `${n}x${n}`, type: 'image/png', purpose: 'any maskable' })),
  }, null, 2) + '\n';
  const files = {
    'index.html': page(csp, `<script src="boot.js"></script>\n<script src="offline.js"></script>\n<script src="${name}.js"></script>`,
      '<link rel="manifest" href="manifest.webmanifest">\n<meta name="theme-color" content="#1862c8">'),
    'boot.js': boot,
    'offline.js': readFileSync(join(root, 'web', 'offline.js'), 'utf8'),
    'manifest.webmanifest': manifest,
    'icon-192.png': icon(192),
    'icon-512.png': icon(512),
    [`${name}.js`]: script,
    [`${name}.wasm`]: wasm,
  };
  // The worker's version is the files' own hash: a new build replaces the cached page.
  const version = createHash('sha256');
  for (const [file, content] of Object.entries(files)) version.update(file).update(content);
  files['sw.js'] = readFileSync(join(root, 'web', 'sw.js'), 'utf8')
    .replace('{{VERSION}}', version.digest('hex').slice(0, 16))
    .replace('{{FILES}}', JSON.stringify(['./', ...Object.keys(files)]));
  for (const [file, content] of Object.entries(files)) writeAtomically(join(webDir, file), content);
}

const singleFile = option('--single');
if (singleFile) {
  // The wasm travels gzip-compressed in base64 and is unpacked by the browser's own
  // DecompressionStream: about a third of the size of plain base64. Unpacking and compiling
  // start as soon as this script runs, while the browser still parses and runs the runtime
  // script after it, and the compiler reads the module as it is inflated (compileStreaming):
  // the runtime's instantiateWasm then mostly finds the module ready.
  const packed = gzipSync(wasm, { level: constants.Z_BEST_COMPRESSION }).toString('base64');
  // The packed module is a data block, not part of a script: the browser neither parses it
  // as JavaScript nor hashes it for the Content-Security-Policy (about 3 ms of a first frame).
  const data = `<script type="application/octet-stream" id="packed-wasm">${packed}</script>`;
  const loader = `(function () {
  var block = document.getElementById('packed-wasm'), packed = block.textContent;
  block.remove();  // the text is copied out: not kept twice
  function bytes() {
    if (Uint8Array.fromBase64) return Uint8Array.fromBase64(packed);
    var text = atob(packed), out = new Uint8Array(text.length);
    for (var i = 0; i < text.length; ++i) out[i] = text.charCodeAt(i);
    return out;
  }
  function compile() {
    var wasm = new Blob([bytes()]).stream().pipeThrough(new DecompressionStream('gzip'));
    packed = null;  // a copy the page no longer needs
    if (WebAssembly.compileStreaming)
      return WebAssembly.compileStreaming(new Response(wasm, { headers: { 'Content-Type': 'application/wasm' } }));
    return new Response(wasm).arrayBuffer().then(function (buffer) { return WebAssembly.compile(buffer); });
  }
  var canUnpack = typeof DecompressionStream !== 'undefined';
  // Without WebGL2 the page only shows why (boot.js): no need to hurry.
  // As a promise, so that a failure is reported as the runtime asks for the module (below).
  var compiled = canUnpack && !Module.noWebGL2 ? Promise.resolve().then(compile) : null;
  if (compiled) compiled.catch(function () {});  // not "unhandled" before then
  Module.instantiateWasm = function (imports, receive) {
    if (!canUnpack) {
      Module.showFatal('Trình duyệt này quá cũ để mở tệp tính điểm. Hãy dùng Chrome, Edge, Firefox hoặc Safari bản mới.');
      return {};
    }
    (compiled || Promise.resolve().then(compile))
      .then(function (module) {
        return WebAssembly.instantiate(module, imports).then(function (instance) { receive(instance, module); });
      })
      .catch(function (error) { Module.showFatal('Không khởi động được trang tính điểm: ' + error); });
    return {};
  };
})();`;
  const parts = [inlineScript(boot), inlineScript(loader), inlineScript(script)];
  const csp = ["default-src 'none'", `script-src ${parts.map((p) => p.hash).join(' ')} 'wasm-unsafe-eval'`,
    `style-src ${styleSource}`, "connect-src 'none'", 'img-src data: blob:', "base-uri 'none'",
    "form-action 'none'"].join('; ');
  writeAtomically(singleFile, page(csp, [parts[0].tag, data, ...parts.slice(1).map((p) => p.tag)].join('\n')));
}
