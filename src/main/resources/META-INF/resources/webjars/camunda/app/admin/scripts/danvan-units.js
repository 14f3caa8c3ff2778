// danvan: units and levels in Camunda Admin (a dashboard section, Camunda's own extension point).
// It edits units through /api/units, which also keeps each unit's Camunda group, rights and filters
// in step at once. Text is always inserted as text, never as HTML.

const KINDS = {
  COMMUNE: 'Chính quyền cấp xã',
  RECEPTION: 'Cơ quan tiếp công dân',
  FRONT: 'Mặt trận Tổ quốc',
  ORGANISATION: 'Tổ chức chính trị - xã hội',
  PARTY: 'Cấp ủy Đảng'
};

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

async function csrfToken() {
  const response = await fetch('/api/dashboard/me', { credentials: 'same-origin' });
  return response.ok ? (await response.json()).csrfToken : '';
}

async function send(method, url, body) {
  const response = await fetch(url, {
    method,
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': await csrfToken() },
    body: JSON.stringify(body)
  });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) {
    const errors = answer.errors || [{ field: '', message: answer.detail || response.statusText }];
    throw new Error(errors.map((e) => (e.field ? e.field + ': ' : '') + e.message).join('; '));
  }
  return answer;
}

function option(select, value, label) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = label;
  select.append(o);
}

function field(form, label, input) {
  const row = el('label', null, 'danvan-units-field');
  row.append(el('span', label), input);
  form.append(row);
  return input;
}

function select(name) {
  const s = document.createElement('select');
  s.name = name;
  s.className = 'form-control';
  return s;
}

function text(name) {
  const i = document.createElement('input');
  i.name = name;
  i.className = 'form-control';
  return i;
}

function checkbox(name) {
  const i = document.createElement('input');
  i.type = 'checkbox';
  i.name = name;
  return i;
}

async function render(node) {
  node.textContent = '';
  const root = el('div', null, 'danvan-units');
  node.append(root);
  const [units, levels] = await Promise.all([
    fetch('/api/units', { credentials: 'same-origin' }).then((r) => r.json()),
    fetch('/api/levels', { credentials: 'same-origin' }).then((r) => r.json())
  ]);
  const levelName = Object.fromEntries(levels.map((l) => [l.code, l.name]));
  const byCode = Object.fromEntries(units.map((u) => [u.code, u]));

  root.append(el('p', 'Mỗi đơn vị là một nhóm trong Camunda (mã đơn vị = mã nhóm). Thêm, sửa, ngừng hoạt động '
    + 'đơn vị ở đây: nhóm, quyền và bộ lọc Tasklist đi theo ngay, không cần khởi động lại.', 'help-block'));

  const form = el('form', null, 'danvan-units-form');
  const code = field(form, 'Mã đơn vị', text('code'));
  const name = field(form, 'Tên', text('name'));
  const kind = field(form, 'Loại', select('kind'));
  Object.entries(KINDS).forEach(([k, v]) => option(kind, k, v));
  const level = field(form, 'Cấp', select('level'));
  levels.forEach((l) => option(level, l.code, l.name));
  const parent = field(form, 'Đơn vị cấp trên', select('parent'));
  const commune = field(form, 'Thuộc xã, thị trấn', select('commune'));
  const remote = field(form, 'Vùng sâu, vùng xa', checkbox('remoteArea'));
  const active = field(form, 'Đang hoạt động', checkbox('active'));
  const takeover = field(form, 'Đơn vị tiếp nhận việc đang mở (khi ngừng hoạt động)', select('takeover'));
  option(parent, '', '(không có)');
  option(commune, '', '(không thuộc xã nào)');
  option(takeover, '', '(không chuyển giao)');
  units.filter((u) => u.active).forEach((u) => {
    option(parent, u.code, u.name + ' (' + u.code + ')');
    option(takeover, u.code, u.name + ' (' + u.code + ')');
    if (u.kind === 'COMMUNE') option(commune, u.code, u.name);
  });
  active.checked = true;
  const message = el('p', '', 'danvan-units-message');
  const save = el('button', 'Lưu', 'btn btn-primary');
  save.type = 'submit';
  const reset = el('button', 'Đơn vị mới', 'btn btn-default');
  reset.type = 'button';
  form.append(save, reset, message);
  root.append(form);

  let editing = null;
  const fill = (u) => {
    editing = u ? u.code : null;
    code.value = u ? u.code : '';
    code.disabled = Boolean(u);
    name.value = u ? u.name : '';
    kind.value = u ? u.kind : 'COMMUNE';
    level.value = u ? u.level : 'COMMUNE';
    parent.value = (u && u.parent) || '';
    commune.value = (u && u.commune) || '';
    remote.checked = Boolean(u && u.remoteArea);
    active.checked = !u || u.active;
    takeover.value = '';
    message.textContent = u ? 'Đang sửa ' + u.code : '';
  };
  reset.addEventListener('click', () => fill(null));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = {
      code: code.value.trim(), name: name.value, kind: kind.value, level: level.value,
      parent: parent.value || null, commune: commune.value || null, remoteArea: remote.checked,
      active: active.checked, takeover: takeover.value || null
    };
    try {
      if (editing) await send('PUT', '/api/units/' + encodeURIComponent(editing), body);
      else await send('POST', '/api/units', body);
      await render(node);
    } catch (e) {
      message.textContent = 'Không lưu được: ' + e.message;
      message.classList.add('text-danger');
    }
  });

  const filter = text('filter');
  filter.placeholder = 'Lọc theo mã hoặc tên';
  root.append(filter);
  const table = el('table', null, 'table table-striped danvan-units-table');
  const head = el('tr');
  ['Mã', 'Tên', 'Loại', 'Cấp', 'Cấp trên', 'Xã', 'Trạng thái', ''].forEach((h) => head.append(el('th', h)));
  const thead = el('thead');
  thead.append(head);
  table.append(thead);
  const body = el('tbody');
  table.append(body);
  root.append(table);
  const draw = () => {
    body.textContent = '';
    const wanted = filter.value.trim().toLowerCase();
    units.filter((u) => !wanted || u.code.includes(wanted) || u.name.toLowerCase().includes(wanted)).forEach((u) => {
      const tr = el('tr', null, u.active ? '' : 'danvan-units-inactive');
      tr.dataset.code = u.code;
      [u.code, u.name, KINDS[u.kind] || u.kind, levelName[u.level] || u.level,
        u.parent ? (byCode[u.parent] || { name: u.parent }).name : '',
        u.commune ? (byCode[u.commune] || { name: u.commune }).name : '',
        u.active ? 'Hoạt động' : 'Ngừng hoạt động'].forEach((v) => tr.append(el('td', v)));
      const edit = el('button', 'Sửa', 'btn btn-xs btn-default');
      edit.type = 'button';
      edit.addEventListener('click', () => { fill(u); form.scrollIntoView(); });
      const cell = el('td');
      cell.append(edit);
      tr.append(cell);
      body.append(tr);
    });
  };
  filter.addEventListener('input', draw);
  draw();
}

export default {
  id: 'danvan.units',
  pluginPoint: 'admin.dashboard.section',
  priority: 20,
  properties: { label: 'Đơn vị và cấp (danvan)' },
  render: (node) => {
    render(node).catch((e) => { node.textContent = 'Không tải được danh sách đơn vị: ' + e.message; });
  }
};
