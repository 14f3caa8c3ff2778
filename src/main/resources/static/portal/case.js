import { $, el, date, dateTime, problems, showErrors } from './portal.js';

const code = decodeURIComponent(window.location.pathname.split('/').pop() || '');

async function load() {
  $('code-title').textContent = code;
  const response = await fetch('/api/public/cases/' + encodeURIComponent(code));
  if (!response.ok) {
    $('missing').hidden = false;
    return;
  }
  const c = await response.json();
  $('status-section').hidden = false;
  $('status-label').textContent = c.statusLabel;
  $('unit-line').textContent = c.unitName ? 'Nơi nhận đơn: ' + c.unitName : '';
  $('received').textContent = date(c.receivedAt);
  if (c.dueAt) {
    $('due').textContent = date(c.dueAt);
    $('due-line').hidden = false;
  }
  if (c.outcomeLabel) {
    $('outcome').textContent = c.outcomeLabel;
    $('outcome-line').hidden = false;
  }
  $('steps').textContent = '';
  (c.steps || []).forEach((s) => {
    const li = el('li');
    li.append(el('strong', s.label), el('time', dateTime(s.at)));
    $('steps').append(li);
  });
  $('steps-section').hidden = !(c.steps || []).length;
  $('documents').textContent = '';
  (c.documents || []).forEach((d) => {
    const li = el('li');
    const a = el('a', (d.title || d.kind) + (d.number ? ' số ' + d.number : ''));
    a.href = d.url;
    li.append(a, el('span', ' · ' + date(d.issuedAt), 'muted'));
    $('documents').append(li);
  });
  $('documents-section').hidden = !(c.documents || []).length;
  $('rating-section').hidden = !c.canRate;
  $('rated-section').hidden = !c.rating;
  $('rated').textContent = c.rating || '';
  $('disagree-section').hidden = !c.canDisagree;
  $('data-request-section').hidden = false;
  $('disputed-section').hidden = !c.disputed;
  $('second-instance-section').hidden = !c.canRequestSecondInstance;
  $('second-instance-window').textContent = c.secondInstanceWindowEndsAt ? date(c.secondInstanceWindowEndsAt) : '';
  const second = c.secondInstance;
  $('second-instance-done').hidden = !second;
  $('second-instance-link-line').hidden = !(second && second.trackingCode);
  $('second-instance-referred').hidden = !(second && second.referredTo);
  if (second && second.trackingCode) {
    $('second-instance-link').textContent = second.trackingCode;
    $('second-instance-link').href = '/portal/cases/' + encodeURIComponent(second.trackingCode);
    $('second-instance-status').textContent = second.statusLabel || '';
  }
  $('second-instance-referred').textContent = second && second.referredTo ? second.referredTo : '';
  $('first-instance-section').hidden = !c.firstInstanceTrackingCode;
  if (c.firstInstanceTrackingCode) {
    $('first-instance-link').textContent = c.firstInstanceTrackingCode;
    $('first-instance-link').href = '/portal/cases/' + encodeURIComponent(c.firstInstanceTrackingCode);
  }
}

function stars() {
  for (let i = 1; i <= 5; i++) {
    const label = el('label');
    const radio = document.createElement('input');
    radio.type = 'radio';
    radio.name = 'stars';
    radio.value = String(i);
    radio.id = 'star-' + i;
    label.append(radio, el('span', ' ' + i + '★'));
    $('stars').append(label);
  }
}

async function post(path, body, errors) {
  const response = await fetch('/api/public/cases/' + encodeURIComponent(code) + path,
    { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) {
    showErrors(errors, await problems(response));
    return false;
  }
  showErrors(errors, []);
  return true;
}

$('rating-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const chosen = document.querySelector('input[name=stars]:checked');
  const ok = await post('/rating', { stars: chosen ? Number(chosen.value) : null, comment: $('comment').value.trim() || null },
    $('rating-errors'));
  if (ok) await load();
});

$('disagree-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  if (await post('/disagreement', { reason: $('reason').value.trim() }, $('disagree-errors'))) await load();
});

$('second-instance-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  if (await post('/second-instance', { reason: $('second-instance-reason').value.trim() }, $('second-instance-errors'))) {
    await load();
  }
});

$('data-request-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const kind = document.querySelector('input[name=data-kind]:checked').value;
  const response = await fetch('/api/public/cases/' + encodeURIComponent(code) + '/data-requests',
    { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ kind: kind, details: $('data-details').value.trim() || null }) });
  if (!response.ok) {
    showErrors($('data-request-errors'), await problems(response));
    return;
  }
  showErrors($('data-request-errors'), []);
  $('data-request-form').hidden = true;
  $('data-request-due').textContent = dateTime((await response.json()).dueAt);
  $('data-request-done').hidden = false;
  await load();
});

stars();
load();
