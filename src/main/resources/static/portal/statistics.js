import { $, el } from './portal.js';

const pct = (value) => (value === null || value === undefined ? '—' : value + '%');

async function load() {
  const year = new URLSearchParams(window.location.search).get('year');
  const figures = await (await fetch('/api/public/statistics' + (year ? '?year=' + encodeURIComponent(year) : ''))).json();
  $('year').textContent = figures.year;
  const body = $('figures').querySelector('tbody');
  figures.communes.forEach((c) => {
    const tr = el('tr');
    tr.dataset.unit = c.unitCode;
    tr.append(el('td', c.unitName), el('td', c.received, 'number'), el('td', c.resolved, 'number'),
      el('td', pct(c.onTimePercent), 'number'), el('td', pct(c.satisfiedPercent) + ' (' + c.ratings + ')', 'number'));
    body.append(tr);
  });
}

load();
