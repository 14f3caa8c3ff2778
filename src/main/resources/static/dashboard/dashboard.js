// The leaders' dashboard. Everything shown comes from /api/dashboard/*; text is always inserted as
// text (never as HTML), so nothing a citizen or officer typed can run here.
'use strict';

const LABELS = {
  // level names come from the organisation data (/api/levels): district before the 2025 reform, province after
  level: {},
  type: { COMPLAINT: 'Khiếu nại', DENUNCIATION: 'Tố cáo', RECOMMENDATION: 'Kiến nghị', FEEDBACK: 'Phản ánh', UNCLASSIFIED: 'Chưa phân loại' },
  state: { OPEN: 'Trong hạn', DUE_SOON: 'Sắp đến hạn', LATE: 'Quá hạn', VERY_LATE: 'Quá hạn nghiêm trọng', CLOSED: 'Đã đóng' },
  status: { RECEIVED: 'Đã tiếp nhận', CLASSIFIED: 'Đã phân loại', IN_PROGRESS: 'Đang giải quyết tại xã', FORWARDED: 'Đã chuyển lên cấp trên',
    ACCEPTED: 'Đã thụ lý', REFERRED: 'Đã báo cáo cấp ủy', DIRECTED: 'Cấp ủy đã chỉ đạo', RESOLVED: 'Đã có kết quả',
    REFUSED: 'Không thụ lý', RETURNED: 'Đã chuyển đơn vị khác', DUPLICATE: 'Đơn trùng', CLOSED: 'Đã đóng hồ sơ' },
  change: { received: 'Tiếp nhận', classified: 'Phân loại', accepted: 'Thụ lý', forwarded: 'Chuyển cấp', refused: 'Không thụ lý',
    returned: 'Chuyển đơn vị', directed: 'Chỉ đạo', reminded: 'Nhắc hạn', escalated: 'Báo quá hạn', extended: 'Gia hạn',
    recomputed: 'Tính lại hạn', resolved: 'Có kết quả', closed: 'Đóng hồ sơ', reassigned: 'Chuyển giao đơn vị',
    'routed-against-table': 'Xử lý khác bảng định tuyến', 'inspection-started': 'Giao Ủy ban Kiểm tra',
    'inspection-verified': 'Đã xác minh (UBKT)', 'inspection-concluded': 'UBKT kết luận', 'discipline-decided': 'Quyết định kỷ luật' },
  stage: { classify: 'Phân loại', accept: 'Thụ lý', resolve: 'Giải quyết', answer: 'Trả lời công dân' }
};
const REFRESH_MS = 60000;
const PAGE = 50;
let units = {};
let charts = {};
let drill = { state: null, page: 0 };

const $ = (id) => document.getElementById(id);
const label = (group, key) => (LABELS[group] && LABELS[group][key]) || key || '';
const unitName = (code) => (units[code] && units[code].name) || code || '';
const number = (value) => Number(value || 0);
const pct = (part, whole) => (number(whole) > 0 ? Math.round((100 * number(part)) / number(whole)) + '%' : '—');
const date = (value) => (value ? new Date(value).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }) : '');

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

function filters(extra) {
  const params = new URLSearchParams();
  const add = (key, value) => { if (value) params.set(key, value); };
  add('unit', $('f-unit').value);
  add('from', $('f-from').value);
  add('to', $('f-to').value);
  add('type', $('f-type').value);
  Object.entries(extra || {}).forEach(([key, value]) => add(key, value));
  return params;
}

async function getJson(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (response.status === 401) { window.location = '/login'; throw new Error('signed out'); }
  if (!response.ok) throw new Error(url + ' ' + response.status);
  return response.json();
}

function kpi(value, text, tone, state) {
  const card = el('div', null, 'kpi ' + (tone || ''));
  card.append(el('div', value, 'value'), el('div', text, 'label'));
  if (state !== undefined) card.addEventListener('click', () => openDrill(state, text));
  return card;
}

function renderKpis(t) {
  const box = $('kpis');
  box.replaceChildren(
    kpi(number(t.open), 'Đang xử lý', 'info', 'OPEN'),
    kpi(number(t.due_soon), 'Sắp đến hạn', 'warn', 'DUE_SOON'),
    kpi(number(t.late), 'Quá hạn', 'bad', 'LATE'),
    kpi(number(t.very_late), 'Quá hạn nghiêm trọng', 'bad', 'VERY_LATE'),
    kpi(number(t.closed), 'Đã đóng', '', 'CLOSED'),
    kpi(pct(t.closed_on_time, t.closed), 'Tỷ lệ giải quyết đúng hạn', number(t.closed) && number(t.closed_on_time) < number(t.closed) ? 'warn' : ''),
    kpi(number(t.escalations), 'Lượt báo quá hạn', number(t.escalations) ? 'bad' : ''),
    kpi(number(t.against_table), 'Xử lý khác bảng định tuyến', number(t.against_table) ? 'warn' : ''));
}

function chart(id, config) {
  if (charts[id]) charts[id].destroy();
  charts[id] = new Chart($(id), config);
}

function renderCharts(s) {
  chart('chart-units', { type: 'bar', data: { labels: s.byUnit.map((r) => unitName(r.unit)), datasets: [
    { label: 'Trong hạn', data: s.byUnit.map((r) => number(r.open) - number(r.late) - number(r.due_soon)), backgroundColor: '#2e7d32' },
    { label: 'Sắp đến hạn', data: s.byUnit.map((r) => number(r.due_soon)), backgroundColor: '#f9a825' },
    { label: 'Quá hạn', data: s.byUnit.map((r) => number(r.late)), backgroundColor: '#c62828' }] },
    options: { responsive: true, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } },
      onClick: (e, items) => { if (items.length) { $('f-unit').value = s.byUnit[items[0].index].unit; load(); } } } });
  chart('chart-types', { type: 'doughnut', data: { labels: s.byType.map((r) => label('type', r.type)),
    datasets: [{ data: s.byType.map((r) => number(r.open) + number(r.closed)),
      backgroundColor: ['#1565c0', '#c62828', '#2e7d32', '#f9a825', '#9e9e9e'] }] } });
  const months = [...new Set([...s.received.map((r) => r.month), ...s.closed.map((r) => r.month)])].sort();
  const byMonth = (rows, key) => months.map((m) => number((rows.find((r) => r.month === m) || {})[key]));
  chart('chart-trend', { type: 'line', data: { labels: months, datasets: [
    { label: 'Tiếp nhận', data: byMonth(s.received, 'cases'), borderColor: '#1565c0' },
    { label: 'Đã đóng', data: byMonth(s.closed, 'closed'), borderColor: '#2e7d32' },
    { label: 'Đóng đúng hạn', data: byMonth(s.closed, 'on_time'), borderColor: '#f9a825' }] } });
  const stages = ['classify', 'accept', 'resolve', 'answer'];
  chart('chart-stages', { type: 'bar', data: { labels: stages.map((k) => label('stage', k)),
    datasets: [{ label: 'Ngày', data: stages.map((k) => Math.round(10 * number(s.stageDays[k])) / 10), backgroundColor: '#1565c0' }] },
    options: { plugins: { legend: { display: false } } } });
}

function renderUnits(rows) {
  const body = $('units-table').querySelector('tbody');
  body.replaceChildren(...rows.map((r) => {
    const tr = el('tr');
    tr.append(el('td', unitName(r.unit)), el('td', number(r.open)), el('td', number(r.due_soon)), el('td', number(r.late)),
      el('td', number(r.closed)), el('td', pct(r.closed_on_time, r.closed)), el('td', number(r.escalations)),
      el('td', number(r.against_table)));
    tr.addEventListener('click', () => { $('f-unit').value = r.unit; load(); openDrill('OPEN', 'Đang xử lý'); });
    return tr;
  }));
}

function renderScorecard(s) {
  $('score-year').textContent = 'năm ' + s.scorecardYear;
  const card = s.scorecard;
  $('score-supervision').querySelector('tbody').replaceChildren(...card.supervision.map((r) => {
    const tr = el('tr');
    tr.append(el('td', unitName(r.unit)), el('td', number(r.campaigns)), el('td', number(r.closed)),
      el('td', r.met ? 'Đạt' : 'Chưa đạt', r.met ? 'met' : 'unmet'));
    return tr;
  }));
  const list = (id, pairs) => $(id).replaceChildren(...pairs.flatMap(([k, v]) => [el('dt', k), el('dd', v)]));
  const d = card.dialogue;
  list('score-dialogue', [['Hội nghị đã lên kế hoạch', number(d.planned)], ['Hội nghị đã tổ chức', number(d.held)],
    ['Cam kết', number(d.commitments)], ['Đã thực hiện', number(d.fulfilled) + ' (' + pct(d.fulfilled, d.commitments) + ')'],
    ['Quá hạn', number(d.overdue)]]);
  const w = card.writtenAnswers;
  if (w) {
    // questions the conferences left to answer in writing (Quy định 218-QĐ/TW)
    list('score-written-answers', [['Câu hỏi phải trả lời bằng văn bản', number(w.requested)],
      ['Đã trả lời', number(w.answered) + ' (' + pct(w.answered, w.requested) + ')'],
      ['Trong đó trả lời trễ hạn', number(w.answered_late)], ['Quá hạn chưa trả lời', number(w.overdue)]]);
  }
  const r = card.recommendations;
  list('score-recommendations', [['Kiến nghị', number(r.made)], ['Đã trả lời', number(r.answered) + ' (' + pct(r.answered, r.made) + ')'],
    ['Quá hạn trả lời', number(r.overdue)]]);
  list('score-petitions', [['Đã đóng', number(s.totals.closed)], ['Đúng hạn', pct(s.totals.closed_on_time, s.totals.closed)]]);
}

// The whole II.2.2 scorecard (/api/dashboard/scorecard) and each target's figure over five years
const SOURCE = { NOT_REPORTED: 'Chưa báo cáo', 'COMPUTED:supervision-campaigns': 'Tính từ các cuộc giám sát',
  'COMPUTED:dialogue-conferences': 'Tính từ hội nghị đối thoại', 'COMPUTED:petition-cases': 'Tính từ hồ sơ đơn thư' };
const sourceLabel = (source) => SOURCE[source] || (String(source).startsWith('REPORTED:')
  ? (/^REPORTED:\d+\/\d+$/.test(source) ? 'Đơn vị báo cáo: ' + source.slice(9) + ' đơn vị' : 'Đơn vị báo cáo kỳ ' + source.slice(9))
  : source);
const figure = (value) => (value === null || value === undefined ? '—' : String(Number(value)));

async function loadTargets() {
  const year = $('f-targets-year').value.trim();
  const query = year ? '?year=' + encodeURIComponent(year) : '';
  $('targets-error').textContent = '';
  const [rows, trend] = await Promise.all([getJson('/api/dashboard/scorecard' + query),
    getJson('/api/dashboard/scorecard/trend' + query)]);
  $('targets-year').textContent = year ? 'năm ' + year : '';
  $('targets-json').href = '/api/dashboard/scorecard' + query;
  $('targets-scope').textContent = trend.unitCode === 'DISTRICT' ? 'Toàn huyện' : unitName(trend.unitCode);
  const name = (target) => trend.names[target] || target;
  const body = $('targets-table').querySelector('tbody');
  body.replaceChildren(...rows.filter((r) => r.unitCode === trend.unitCode).map((r) => {
    const tr = el('tr');
    tr.dataset.target = r.target;
    const canvas = el('canvas');
    canvas.id = 'trend-' + r.target;
    const cell = el('td');
    cell.append(canvas);
    tr.append(el('td', name(r.target)), el('td', figure(r.value), 'value'), el('td', figure(r.goal)),
      el('td', r.met ? 'Đạt' : 'Chưa đạt', r.met ? 'met' : 'unmet'), el('td', sourceLabel(r.source)), cell);
    tr.title = r.target;
    return tr;
  }));
  Object.entries(trend.years).forEach(([target, points]) => {
    if (!$('trend-' + target)) return;
    chart('trend-' + target, { type: 'line', data: { labels: points.map((p) => p.year), datasets: [
      { label: 'Số liệu', data: points.map((p) => (p.value === null ? null : Number(p.value))), borderColor: '#1565c0', spanGaps: true },
      { label: 'Mục tiêu', data: points.map((p) => Number(p.goal)), borderColor: '#c62828', borderDash: [4, 3], pointRadius: 0 }] },
      options: { responsive: false, animation: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true } } } });
  });
  $('targets-units').querySelector('tbody').replaceChildren(...rows.filter((r) => r.unitCode !== 'DISTRICT').map((r) => {
    const tr = el('tr');
    tr.append(el('td', name(r.target)), el('td', unitName(r.unitCode)), el('td', figure(r.value)), el('td', figure(r.goal)),
      el('td', r.met ? 'Đạt' : 'Chưa đạt', r.met ? 'met' : 'unmet'), el('td', sourceLabel(r.source)),
      el('td', r.reportedBy ? r.reportedBy + ' · ' + date(r.reportedAt) : ''));
    return tr;
  }));
}

const PER = { WEEK: 'tuần', MONTH: 'tháng', NONE: '' };

async function loadReception() {
  const params = new URLSearchParams();
  if ($('f-reception-period').value) params.set('period', $('f-reception-period').value.trim());
  if ($('f-unit').value) params.set('unit', $('f-unit').value);
  const data = await getJson('/api/dashboard/reception?' + params);
  $('reception-period').textContent = 'kỳ ' + data.period;
  $('reception-table').querySelector('tbody').replaceChildren(...data.rows.map((r) => {
    const tr = el('tr');
    const [days, per] = String(r.minimum).split('/');
    tr.append(el('td', unitName(r.unit)), el('td', r.roleLabel), el('td', per === 'NONE' ? '—' : days + ' ngày/' + PER[per]),
      el('td', number(r.required)), el('td', number(r.requiredSoFar)), el('td', number(r.held)), el('td', number(r.not_held)),
      el('td', number(r.open)), el('td', number(r.citizens)), el('td', number(r.petitions)),
      el('td', r.met ? 'Đạt' : 'Chưa đạt', r.met ? 'met' : 'unmet'));
    tr.title = r.basis || '';
    return tr;
  }));
}

async function openDrill(state, title, quiet) {
  drill = { state, page: 0 };
  $('drill-title').textContent = 'Danh sách hồ sơ: ' + title;
  $('cases-table').querySelector('tbody').replaceChildren();
  await loadCases();
  if (!quiet) $('drill').scrollIntoView({ behavior: 'smooth' });
}

async function loadCases() {
  const data = await getJson('/api/dashboard/cases?' + filters({ state: drill.state, page: drill.page, size: PAGE }));
  const body = $('cases-table').querySelector('tbody');
  body.append(...data.items.map((c) => {
    const tr = el('tr');
    tr.append(el('td', c.case_id), el('td', unitName(c.origin_unit)), el('td', label('level', c.current_level)),
      el('td', label('status', c.status)), el('td', label('state', c.state)), el('td', label('type', c.case_type)),
      el('td', date(c.received_at)), el('td', date(c.due_at)), el('td', number(c.escalations)));
    tr.addEventListener('click', () => openTimeline(c.case_id));
    return tr;
  }));
  $('more').hidden = data.items.length < PAGE;
}

async function openTimeline(caseId) {
  const events = await getJson('/api/dashboard/cases/' + encodeURIComponent(caseId) + '/timeline');
  $('timeline-title').textContent = 'Diễn biến hồ sơ ' + caseId;
  $('timeline-list').replaceChildren(...events.map((e) => el('li',
    date(e.at) + ' · ' + label('change', e.change) + ' · ' + label('level', e.level) + ' ' + unitName(e.unit)
      + (e.late_state && e.late_state !== 'ON_TIME' ? ' · ' + label('state', e.late_state) : '') + ' · ' + (e.actor || ''))));
  $('timeline').hidden = false;
  $('timeline').scrollIntoView({ behavior: 'smooth' });
}

async function load() {
  const summary = await getJson('/api/dashboard/summary?' + filters());
  renderKpis(summary.totals);
  renderCharts(summary);
  renderUnits(summary.byUnit);
  renderScorecard(summary);
  // a wrong period typed in its box must not stop the rest of the page from refreshing
  await loadReception().catch((e) => { $('reception-period').textContent = '(' + e.message + ')'; });
  await loadTargets().catch((e) => { $('targets-error').textContent = e.message; });
  $('csv').href = '/api/dashboard/cases.csv?' + filters({ state: drill.state });
  $('json').href = '/api/dashboard/summary?' + filters();
  $('refreshed').textContent = 'Cập nhật lúc ' + date(summary.generatedAt);
  document.body.dataset.loaded = String(Date.now());
}

async function start() {
  const me = await getJson('/api/dashboard/me');
  $('csrf').value = me.csrfToken || '';
  (await getJson('/api/levels')).forEach((l) => { LABELS.level[l.code] = l.name; });
  (await getJson('/api/units')).filter((u) => u.active).forEach((u) => { units[u.code] = u; });
  const select = $('f-unit');
  Object.values(units).filter((u) => me.scope.includes('*') || me.scope.includes(u.code))
    .forEach((u) => select.append(new Option(u.name, u.code)));
  // filters can come in the address (/dashboard?unit=hiepan&from=2026-01), so a view can be shared
  const wanted = new URLSearchParams(window.location.search);
  if (wanted.get('unit') && ![...select.options].some((o) => o.value === wanted.get('unit'))) {
    select.append(new Option(wanted.get('unit'), wanted.get('unit')));
  }
  ['unit', 'from', 'to', 'type'].forEach((key) => { if (wanted.get(key)) $('f-' + key).value = wanted.get(key); });
  $('apply').addEventListener('click', () => { load(); if (drill.state) openDrill(drill.state, $('drill-title').textContent); });
  $('more').addEventListener('click', () => { drill.page += 1; loadCases(); });
  $('apply-reception').addEventListener('click', () => loadReception());
  $('apply-targets').addEventListener('click', () => loadTargets().catch((e) => { $('targets-error').textContent = e.message; }));
  await load();
  await openDrill('OPEN', 'Đang xử lý', true);
  setInterval(load, REFRESH_MS);
}

window.addEventListener('DOMContentLoaded', start);
