// Builds the HAR fixtures of this folder from the portal samples next to it, as a browser's
// Network tab would save a dashboard session ("Save all as HAR"): the page and a script
// (not API calls: ignored), a CORS preflight (no body: ignored), then one POST per endpoint
// with the request body carrying the period, responses as plain text or base64.
//   node tests/data/portal/make-har.mjs    (rewrites dashboard-2026.har, dashboard-mixed-periods.har)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const sample = (name) => readFileSync(join(here, name), 'utf8');
const api = 'https://dichvucong.gov.vn/api/v1/reporting/evaluation/';
const gialai = '019d2be3-6a85-74ec-a346-6489e82ae4c7';
const phutho = '019d2be3-6a88-732b-8b17-b68020c8553a';

// The two verbatim data.evaluation[] elements, each as the one unit of its response.
const entries = JSON.parse(sample('handling-satisfaction_and_dossier-digitized_entries_GiaLai.json'));
const wrapped = (element) => JSON.stringify({ code: 'OK', data: { evaluation: [element] }, message: 'OK' });

let clock = Date.parse('2026-10-10T02:15:00.000Z');
const entry = ({ method = 'POST', url, body, mime = 'application/json', text, base64 = false, status = 201 }) => {
  clock += 250;
  const content = { size: text === undefined ? 0 : Buffer.byteLength(text), mimeType: mime };
  if (text !== undefined) {
    content.text = base64 ? Buffer.from(text, 'utf8').toString('base64') : text;
    if (base64) content.encoding = 'base64';
  }
  const request = {
    method, url, httpVersion: 'http/2.0',
    headers: [{ name: 'accept', value: 'application/json, text/plain, */*' }],
    queryString: [], cookies: [], headersSize: -1, bodySize: body ? Buffer.byteLength(body) : 0,
  };
  if (body) request.postData = { mimeType: 'application/json', text: body };
  return {
    _resourceType: mime === 'application/json' ? 'fetch' : mime === 'text/html' ? 'document' : 'script',
    cache: {}, pageref: 'page_1', startedDateTime: new Date(clock).toISOString(), time: 180.5,
    request,
    response: {
      status, statusText: '', httpVersion: 'http/2.0',
      headers: [{ name: 'content-type', value: mime }], cookies: [], content, redirectURL: '',
      headersSize: -1, bodySize: -1, _transferSize: content.size,
    },
    serverIPAddress: '203.162.0.1', timings: { blocked: 1, dns: -1, ssl: -1, connect: -1, send: 0, wait: 170, receive: 9.5 },
  };
};

const year = (extra) => JSON.stringify({ timeType: 'year', year: 2026, ...extra });
const session = [
  entry({ method: 'GET', url: 'https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu', mime: 'text/html', status: 200,
          text: '<!doctype html><title>Đánh giá chất lượng phục vụ</title>' }),
  entry({ method: 'GET', url: 'https://dichvucong.gov.vn/_next/static/chunks/main.js', mime: 'application/javascript', status: 200,
          text: 'console.log("dashboard")' }),
  entry({ method: 'OPTIONS', url: api + 'service-results', mime: 'text/plain', status: 204 }),
  entry({ url: api + 'service-results', body: year({ departmentType: 'ADMINISTRATIVE_UNIT' }),
          text: sample('service-results_year_national.json') }),
  entry({ url: api + 'transparency', body: year({ rootDepartmentId: gialai, currentPage: 1, pageSize: 200 }),
          text: sample('transparency_year_GiaLai.json'), base64: true }),
  entry({ url: api + 'provide-online-tree',
          body: year({ rootDepartmentId: phutho, currentPage: 1, pageSize: 200, formalityId: '019d2bfd-8e22-77ef-819f-e49460350904' }),
          text: sample('provide-online-tree_year_formality_PhuTho.json') }),
  entry({ url: api + 'formality-online-payment-tree', body: year({ rootDepartmentId: phutho, currentPage: 1, pageSize: 200 }),
          text: sample('formality-online-payment-tree_year_SYNTHETIC.json') }),
  entry({ url: api + 'dossier-digitized', body: year({ rootDepartmentId: gialai, currentPage: 1, pageSize: 200 }),
          text: wrapped(entries['dossier-digitized: data.evaluation[] entry']) }),
  // handling-satisfaction asks by dates: the year 2026 in Vietnam (UTC+7) as instants.
  entry({ url: api + 'handling-satisfaction',
          body: JSON.stringify({ fromDate: '2025-12-31T17:00:00.000Z', toDate: '2026-12-31T16:59:59.999Z', rootDepartmentId: gialai }),
          text: wrapped(entries['handling-satisfaction: data.evaluation[] entry']), base64: true }),
];
const har = (list) => JSON.stringify({
  log: {
    version: '1.2', creator: { name: 'WebInspector', version: '537.36' },
    pages: [{ startedDateTime: '2026-10-10T02:15:00.000Z', id: 'page_1', title: 'https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu', pageTimings: {} }],
    entries: list,
  },
}, null, 2) + '\n';

writeFileSync(join(here, 'dashboard-2026.har'), har(session));
// The same session, then the third quarter's dvc-progress-tree: two periods, refused.
const mixed = [...session, entry({
  url: api + 'dvc-progress-tree',
  body: JSON.stringify({ timeType: 'quarter', year: 2026, quarter: 3, rootDepartmentId: phutho, currentPage: 1, pageSize: 100 }),
  text: sample('dvc-progress-tree_quarter_all_PhuTho.json'),
})];
writeFileSync(join(here, 'dashboard-mixed-periods.har'), har(mixed));
