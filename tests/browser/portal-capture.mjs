// A synthetic dashboard capture for the page: a HAR file with one response of each of the
// seven endpoints for a province and its communes, built from the shapes of the samples in
// tests/data/portal (their own objects, copied and refilled), as bench/portal_capture.cpp
// builds the benchmarks' one. Shared by the browser tests and scripts/measure-web.
//
// The figures are chosen so that every score can be worked out by hand: every rate is
// full (n of n; 4.7 as the rate 100 %) except 2.1, p of 100 with p = 80 + i mod 21 for unit
// i. So each unit scores CKMB 18, TDGQ 20 × p / 100 = p / 5, CLGQ 12, TTTT 10, MDSH 22 and
// MDHL 18 (5.1 is shown, not scored): 80 + p / 5 in all. The ranking publishes exactly that,
// except for every unit i with i mod 50 = 7, whose total it publishes 0.01 higher: one
// difference each.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const API = 'https://dichvucong.gov.vn/api/v1/reporting/evaluation/';
const clone = (x) => JSON.parse(JSON.stringify(x));

// What unit `i` of the capture is and what the portal published for it (see above).
export function captureUnit(i) {
  const p = 80 + (i % 21);
  const groups = { CKMB: 18, TDGQ: p / 5, CLGQ: 12, TTTT: 10, MDSH: 22, MDHL: 18 };
  const computed = (400 + p) / 5;  // 80 + p / 5, in one division
  const differs = i % 50 === 7;
  return {
    id: `019d2be3-0000-7000-8000-${String(i).padStart(12, '0')}`,
    code: i === 0 ? 'H44' : `H44.${100 + i}`,
    name: i === 0 ? 'UBND tỉnh Phú Thọ' : `UBND xã Số ${i}`,
    level: i === 0 ? 'PROVINCE' : 'COMMUNE',
    onTime: p, received: 100,
    groups, computed,
    published: differs ? Math.round(computed * 100 + 1) / 100 : computed,
    differs,
  };
}

// The HAR text of a capture of `count` units (the province and count − 1 communes).
// `samples` is tests/data/portal.
export function syntheticCapture(samples, count) {
  const load = (name) => JSON.parse(readFileSync(join(samples, name), 'utf8'));
  const dvc = load('dvc-progress-tree_quarter_all_PhuTho.json');
  const provide = load('provide-online-tree_year_formality_PhuTho.json');
  const payment = load('formality-online-payment-tree_year_SYNTHETIC.json');
  const transparency = load('transparency_year_GiaLai.json');
  const ranking = load('service-results_year_national.json');
  const elements = load('handling-satisfaction_and_dossier-digitized_entries_GiaLai.json');
  const units = Array.from({ length: count }, (_, i) => captureUnit(i));
  const named = (node, u, withLevel) => {
    Object.assign(node, { departmentId: u.id, departmentName: u.name, departmentCode: u.code });
    if (withLevel) node.level = u.level;
    return node;
  };

  // The trees: the province as the parent, the communes as its children.
  const tree = (sample, childSample, fill, group, childScore) => {
    const response = clone(sample);
    response.data.parent = fill(named(clone(sample.data.parent), units[0], false), units[0]);
    response.data.parent.totalScore = units[0].groups[group];
    response.data.children = units.slice(1).map((u) => {
      const child = fill(named(clone(childSample), u, true), u);
      child[childScore] = u.groups[group];
      return child;
    });
    return response;
  };
  const dvcResponse = tree(dvc, dvc.data.children[2], (node, u) => Object.assign(node, {
    totalReceived: u.received, totalOnTime: u.onTime, totalOverdue: u.received - u.onTime,
    avgProcessingDays: 3.5, ratio: u.onTime,
  }), 'TDGQ', 'score');
  const provideChild = { ...clone(provide.data.parent), level: 'COMMUNE' };  // the sample's children carry only a score
  const provideResponse = tree(provide, provideChild, (node) => Object.assign(node, {
    authorityCount: 40, partialCount: 25, fullCount: 15, onlineDossierCount: 30, onlineServiceTotal: 30,
    channelOnlineSum: 900, channelDirectSum: 0, channelTotalSum: 900,
  }), 'CLGQ', 'totalScore');
  const paymentResponse = tree(payment, payment.data.children[0], (node) => Object.assign(node, {
    totalFeeFormality: 20, totalFeeDossierFormality: 20, totalFeeDossierFormalityDistinct: 20,
    totalDossierOnlineFormalityPaymentSuccess: 20, totalDossierFinancialObligation: 500, totalDossierOnlinePaymentSuccess: 500,
  }), 'TTTT', 'totalScore');

  // The metric endpoints: the province as the overview, every unit in evaluation[].
  const metrics = (sampleUnit, group, codes) => {
    const unitJson = (u) => {
      const node = clone(sampleUnit);
      Object.assign(node, { departmentId: u.id, departmentName: u.name, departmentCode: u.code, departmentLevel: u.level,
        totalScore: u.groups[group] });
      node.metrics = codes.map(([code, kind], k) => {
        const metric = { ...clone(sampleUnit.metrics[Math.min(k, sampleUnit.metrics.length - 1)]), code };
        if (kind === 'percent') return Object.assign(metric, { numerator: null, denominator: null, ratio: 100 });
        return Object.assign(metric, { numerator: 60, denominator: 60, ratio: 100 });
      });
      return node;
    };
    return { code: 'OK', data: { overview: unitJson(units[0]), monthlyChart: [], evaluation: units.map(unitJson) }, message: 'OK' };
  };
  const transparencyResponse = metrics(transparency.data.overview, 'CKMB',
    [['PUBLISH_ON_TIME'], ['PUBLIC_UPDATE_ON_TIME'], ['PUBLIC_CONTENT_FULL'], ['DOSSIER_SYNC']]);
  const digitizedResponse = metrics(elements['dossier-digitized: data.evaluation[] entry'], 'MDSH',
    [['ORIGINAL_RESULT_AVAILABLE'], ['SO_HOA_GIAY_TO_GIAI_QUYET'], ['REUSED_DIGITIZED_DATA'],
      ['SYNCED_WITH_DVCQG_PERSONAL_STORAGE'], ['CITIZEN_DATA_CONNECTED_DOSSIER'], ['CITIZEN_DATA_CONNECTED_FORMALITY'],
      ['ELECTRONIC_CERTIFIED_COPY', 'percent']]);
  const satisfactionResponse = metrics(elements['handling-satisfaction: data.evaluation[] entry'], 'MDHL',
    [['PETITION_CLASSIFICATION_TTHC'], ['DOSSIER_RECEIVING_SATISFACTION'], ['PETITION_PROCESSING_ON_TIME'],
      ['PETITION_HANDLING_SATISFACTION'], ['PETITION_CLASSIFICATION_STAFF']]);

  // service-results: the ranking's headline of every unit.
  const rankingResponse = clone(ranking);
  rankingResponse.data.evaluation = units.map((u) => Object.assign(clone(ranking.data.evaluation[0]), {
    departmentId: u.id, departmentName: u.name, departmentCode: u.code, totalScore: u.published, ratio: u.published,
    groupScores: { ...u.groups },
  }));

  const entry = (endpoint, body, response, base64) => {
    const text = JSON.stringify(response);
    const content = { size: Buffer.byteLength(text), mimeType: 'application/json',
      text: base64 ? Buffer.from(text, 'utf8').toString('base64') : text };
    if (base64) content.encoding = 'base64';
    return {
      request: { method: 'POST', url: API + endpoint, postData: { mimeType: 'application/json', text: JSON.stringify(body) } },
      response: { status: 201, content },
    };
  };
  const year = { timeType: 'year', year: 2026, rootDepartmentId: units[0].id, pageSize: count };
  const entries = [
    entry('service-results', { timeType: 'year', year: 2026, departmentType: 'ADMINISTRATIVE_UNIT' }, rankingResponse, false),
    entry('transparency', year, transparencyResponse, true),
    entry('dvc-progress-tree', year, dvcResponse, false),
    entry('provide-online-tree', year, provideResponse, false),
    entry('formality-online-payment-tree', year, paymentResponse, false),
    entry('dossier-digitized', year, digitizedResponse, false),
    entry('handling-satisfaction', { fromDate: '2026-01-01', toDate: '2026-12-31', rootDepartmentId: units[0].id },
      satisfactionResponse, true),
  ];
  return JSON.stringify({ log: { version: '1.2', creator: { name: 'dvcscore tests', version: '1' }, entries } }, null, 1) + '\n';
}
