/*
 * danvan: a tab of Tasklist's task view (plugin point tasklist.task.detail, Camunda 7.24's plain-JS
 * plugin form, listed in customScripts of config.js). For the case, conference or campaign the task
 * works on it shows the citizen's tracking code, the petitioner as the privacy rules allow this
 * officer to see them (GET /api/cases/{id} masks and audits), the citizen's and officers' attachments
 * (downloads audited) with a form to add a scanned paper, the documents issued with links to their
 * PDFs, what this step issues, and the timeline. Every text is inserted as text, never as
 * markup: it may come from a citizen.
 */

const ACTIONS = {
  received: 'Tiếp nhận đơn',
  classified: 'Phân loại',
  forwarded: 'Chuyển cấp trên',
  accepted: 'Thụ lý',
  refused: 'Không thụ lý',
  returned: 'Chuyển đơn vị có thẩm quyền',
  directed: 'Huyện ủy chỉ đạo',
  reminded: 'Nhắc hạn',
  escalated: 'Báo quá hạn',
  extended: 'Gia hạn',
  recomputed: 'Tính lại hạn',
  resolved: 'Có kết quả giải quyết',
  closed: 'Đóng hồ sơ',
  reassigned: 'Chuyển giao đơn vị do sắp xếp tổ chức',
  rated: 'Công dân đánh giá kết quả',
  disputed: 'Công dân không đồng ý với kết quả',
  'second-instance-requested': 'Yêu cầu giải quyết khiếu nại lần hai',
  'second-instance-concluded': 'Có kết quả khiếu nại lần hai',
  'dialogue-held': 'Đối thoại với người khiếu nại',
  'data-request': 'Công dân yêu cầu về dữ liệu cá nhân',
  'data-request-answered': 'Trả lời yêu cầu về dữ liệu cá nhân',
  notified: 'Đã nhắn tin cho công dân',
  'document-issued': 'Ban hành văn bản',
  'answered-at-conference': 'Trả lời tại hội nghị đối thoại',
  'answered-in-writing': 'Trả lời bằng văn bản sau hội nghị đối thoại',
  'written-answer-requested': 'Giao trả lời bằng văn bản',
  'written-answer-reminded': 'Nhắc hạn trả lời bằng văn bản',
  'written-answer-overdue': 'Quá hạn trả lời bằng văn bản',
  'written-answer-rescheduled': 'Tính lại hạn trả lời bằng văn bản',
  'written-answer-reassigned': 'Chuyển đơn vị trả lời bằng văn bản do sắp xếp tổ chức',
  'question-answered-in-writing': 'Câu hỏi đã được trả lời bằng văn bản',
  'taken-at-reception': 'Tiếp nhận tại buổi tiếp công dân định kỳ'
};

const LATE = {LATE: 'quá hạn', VERY_LATE: 'quá hạn nghiêm trọng'};

/** A social criticism's history speaks of a draft, not of a petition. */
const CRITICISM_ACTIONS = Object.assign({}, ACTIONS, {
  received: 'Nhận dự thảo cần phản biện',
  'form-decided': 'Quyết định hình thức phản biện',
  'conference-prepared': 'Chuẩn bị hội nghị phản biện',
  'sent-for-comments': 'Gửi dự thảo lấy ý kiến bằng văn bản',
  'council-convened': 'Thành lập hội đồng tư vấn',
  'opinions-requested': 'Đề nghị các tổ chức góp ý',
  'opinion-requested': 'Hạn góp ý của tổ chức',
  'opinion-given': 'Tổ chức đã góp ý',
  'experts-recorded': 'Ghi nhận ý kiến chuyên gia',
  drafted: 'Hoàn thành nội dung phản biện',
  issued: 'Gửi văn bản phản biện',
  overdue: 'Quá hạn',
  rescheduled: 'Tính lại hạn',
  responded: 'Ghi nhận văn bản tiếp thu, giải trình',
  closed: 'Kết thúc phản biện'
});

function apiRoot() {
  // the webapps live under <app-root> (/camunda); danvan's own API beside them
  const appRoot = document.querySelector('base').getAttribute('app-root') || '';
  return appRoot.replace(/\/camunda\/?$/, '');
}

async function getJson(path) {
  const response = await fetch(apiRoot() + path, {
    credentials: 'same-origin',
    headers: {Accept: 'application/json'}
  });
  if (!response.ok) {
    const error = new Error(path + ': ' + response.status);
    error.status = response.status;
    throw error;
  }
  return response.json();
}

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  children.filter(child => child !== null && child !== undefined).forEach(child =>
    node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child));
  return node;
}

function when(instant) {
  if (!instant) {
    return '';
  }
  return new Date(instant).toLocaleString('vi-VN', {timeZone: 'Asia/Ho_Chi_Minh', hour12: false});
}

function section(title, ...content) {
  return el('div', {class: 'danvan-section'}, el('h4', {}, title), ...content);
}

function documentsTable(documents) {
  if (!documents.length) {
    return el('p', {class: 'text-muted'}, 'Chưa có văn bản nào được ban hành.');
  }
  const rows = documents.map(d => el('tr', {'data-kind': d.kind},
    el('td', {}, d.title),
    el('td', {}, d.number),
    el('td', {}, when(d.issuedAt)),
    el('td', {}, d.supersededBy ? 'Đã được thay thế' : ''),
    el('td', {}, el('a', {href: apiRoot() + d.url, target: '_blank', rel: 'noopener', class: 'danvan-download'},
      'Tải về (PDF)'))));
  return el('table', {class: 'table table-condensed danvan-documents'},
    el('thead', {}, el('tr', {}, el('th', {}, 'Văn bản'), el('th', {}, 'Số, ký hiệu'), el('th', {}, 'Ngày ban hành'),
      el('th', {}, ''), el('th', {}, ''))),
    el('tbody', {}, ...rows));
}

const SOURCES = {CITIZEN: 'Công dân gửi', OFFICER: 'Cán bộ bổ sung'};

function size(bytes) {
  return bytes >= 1048576 ? (bytes / 1048576).toFixed(1) + ' MB' : Math.max(1, Math.round(bytes / 1024)) + ' KB';
}

function attachmentsTable(caseId, attachments) {
  if (!attachments.length) {
    return el('p', {class: 'text-muted'}, 'Hồ sơ chưa có tệp đính kèm.');
  }
  const base = '/api/cases/' + encodeURIComponent(caseId) + '/attachments/';
  const rows = attachments.map(a => el('tr', {'data-media-type': a.mediaType},
    el('td', {}, el('a', {href: apiRoot() + base + a.attachmentId, target: '_blank', rel: 'noopener',
      class: 'danvan-attachment'}, a.fileName)),
    el('td', {}, size(a.sizeBytes)),
    el('td', {}, SOURCES[a.source] || a.source || ''),
    el('td', {}, when(a.addedAt))));
  return el('table', {class: 'table table-condensed danvan-attachments'},
    el('thead', {}, el('tr', {}, el('th', {}, 'Tệp'), el('th', {}, 'Dung lượng'), el('th', {}, 'Nguồn'),
      el('th', {}, 'Thời điểm'))),
    el('tbody', {}, ...rows));
}

async function csrfToken() {
  const me = await getJson('/api/dashboard/me');
  return me.csrfToken || '';
}

/** A scanned paper added by the officer: the server checks its content (JPEG, PNG, PDF; 10 MB). */
function attachmentUpload(caseId, refresh) {
  const input = el('input', {type: 'file', accept: 'image/jpeg,image/png,application/pdf',
    class: 'danvan-attachment-file'});
  const message = el('span', {class: 'text-muted danvan-attachment-message'});
  const button = el('button', {type: 'button', class: 'btn btn-default btn-sm'}, 'Thêm tệp');
  button.addEventListener('click', async () => {
    if (!input.files.length) {
      message.textContent = 'Hãy chọn một tệp (JPEG, PNG hoặc PDF, tối đa 10 MB).';
      return;
    }
    const body = new FormData();
    body.append('file', input.files[0]);
    button.disabled = true;
    try {
      const response = await fetch(apiRoot() + '/api/cases/' + encodeURIComponent(caseId) + '/attachments', {
        method: 'POST', credentials: 'same-origin', body,
        headers: {Accept: 'application/json', 'X-CSRF-TOKEN': await csrfToken()}
      });
      if (!response.ok) {
        const problem = await response.json().catch(() => ({}));
        message.textContent = problem.detail || ('Không thêm được tệp (' + response.status + ').');
        return;
      }
      input.value = '';
      message.textContent = 'Đã thêm tệp.';
      await refresh();
    } finally {
      button.disabled = false;
    }
  });
  return el('div', {class: 'form-inline danvan-attachment-upload'}, input, ' ', button, ' ', message);
}

function attachmentsSection(caseId, attachments) {
  const table = el('div', {}, attachmentsTable(caseId, attachments));
  const refresh = async () => table.replaceChildren(
    attachmentsTable(caseId, await getJson('/api/cases/' + encodeURIComponent(caseId) + '/attachments')));
  return section('Tệp đính kèm', table, attachmentUpload(caseId, refresh));
}

function timelineList(entries, labels = ACTIONS) {
  return el('ol', {class: 'danvan-timeline'}, ...entries.map(entry => el('li', {},
    el('strong', {}, labels[entry.action] || entry.action),
    ' — ' + when(entry.at) + (entry.unitCode ? ' · ' + entry.unitCode : '') + (entry.actor ? ' · ' + entry.actor : ''),
    entry.note ? el('div', {class: 'text-muted'}, entry.note) : null)));
}

/** The link between a complaint's first and second instance (docs/second-instance.md), from either side. */
function secondInstanceSection(record) {
  const first = record.firstInstance;
  const second = record.secondInstance;
  if (first) {
    return section('Khiếu nại lần hai',
      el('p', {class: 'danvan-first-instance'}, 'Giải quyết lần hai đối với hồ sơ ' + first.firstCaseId
        + (first.trigger === 'NO_DECISION' ? ' (quá hạn chưa giải quyết lần đầu)' : ' (không đồng ý với quyết định lần đầu)')),
      first.dialogueDate ? el('p', {}, 'Đã đối thoại ngày ' + first.dialogueDate.split('-').reverse().join('/') + ': '
        + (first.dialogueAgreement || ''))
        : el('p', {class: 'text-muted'}, 'Chưa đối thoại với người khiếu nại (bắt buộc, Điều 39 Luật Khiếu nại).'));
  }
  if (second) {
    return section('Khiếu nại lần hai',
      el('p', {class: 'danvan-second-instance'}, second.secondCaseId
        ? 'Người khiếu nại đã yêu cầu giải quyết lần hai: hồ sơ ' + second.secondCaseId
        : (second.referredTo || 'Đã chuyển cấp trên giải quyết lần hai')));
  }
  return null;
}

async function caseView(subject) {
  const [record, documents, attachments] = await Promise.all([getJson(subject.view), getJson(subject.documents),
    getJson('/api/cases/' + encodeURIComponent(subject.subjectId) + '/attachments')]);
  const petitioner = record.petitioner || {};
  return [
    section('Mã tra cứu của công dân',
      el('p', {class: 'danvan-tracking-code'}, el('strong', {}, record.trackingCode)),
      el('p', {class: 'text-muted'}, 'Trao mã này cho người gửi đơn: họ tra cứu tình trạng giải quyết bằng mã này '
        + 'hoặc bằng mã QR trên giấy biên nhận.'),
      el('p', {}, 'Mã hồ sơ: ' + record.caseId + ' · ' + (record.statusLabel || record.status))),
    section('Người gửi đơn',
      el('p', {class: 'danvan-petitioner'}, petitioner.fullName || ''),
      petitioner.phone ? el('p', {}, 'Điện thoại: ' + petitioner.phone) : null,
      petitioner.address ? el('p', {}, 'Địa chỉ: ' + petitioner.address) : null,
      petitioner.email ? el('p', {}, 'Thư điện tử: ' + petitioner.email) : null),
    (record.dataRequests || []).length ? section('Yêu cầu của công dân về dữ liệu cá nhân',
      ...record.dataRequests.map(r => el('div', {class: 'danvan-data-request'},
        el('p', {}, el('strong', {}, r.kind === 'CORRECTION' ? 'Chỉnh sửa dữ liệu' : 'Xem dữ liệu'),
          ' — nhận ' + when(r.receivedAt) + ', hạn trả lời ' + when(r.dueAt)
          + (r.state === 'ANSWERED' ? ' · đã trả lời' : ' · chưa trả lời')),
        r.details ? el('p', {}, 'Nội dung: ' + r.details) : null,
        r.answer ? el('p', {class: 'text-muted'}, 'Trả lời: ' + r.answer) : null))) : null,
    secondInstanceSection(record),
    attachmentsSection(record.caseId, attachments),
    section('Văn bản đã ban hành', documentsTable(documents)),
    section('Diễn biến hồ sơ', timelineList(record.timeline || []))
  ];
}

/** The conference's follow-up of the questions it left unanswered: who answers, by when, the answer. */
function writtenAnswersTable(questions) {
  const pending = questions.filter(q => q.writtenAnswer);
  if (!pending.length) {
    return null;
  }
  const rows = pending.map(q => {
    const w = q.writtenAnswer;
    const state = w.state === 'ANSWERED'
      ? 'Đã trả lời' + (w.late ? ' (trễ hạn)' : '')
      : 'Chưa trả lời' + (LATE[w.lateState] ? ' (' + LATE[w.lateState] + ')' : '');
    return el('tr', {'data-question': q.questionId, 'data-state': w.state},
      el('td', {}, 'Câu ' + q.number + ': ' + q.content),
      el('td', {}, w.unitName || w.unitCode),
      el('td', {}, when(w.dueAt)),
      el('td', {}, state),
      el('td', {}, w.documentNumber ? 'Văn bản số ' + w.documentNumber + ' ngày ' + w.documentDate
        + (w.answeredBy ? ' (' + w.answeredBy + ')' : '') + ': ' + (w.content || '') : ''));
  });
  return el('table', {class: 'table table-condensed danvan-written-answers'},
    el('thead', {}, el('tr', {}, el('th', {}, 'Câu hỏi'), el('th', {}, 'Đơn vị trả lời'), el('th', {}, 'Hạn'),
      el('th', {}, 'Tình trạng'), el('th', {}, 'Trả lời'))),
    el('tbody', {}, ...rows));
}

async function conferenceView(subject) {
  const [record, documents] = await Promise.all([getJson(subject.view), getJson(subject.documents)]);
  const answers = writtenAnswersTable(record.questions || []);
  return [
    section('Hội nghị đối thoại',
      el('p', {}, el('strong', {}, record.conference.conferenceId), ' · ' + (record.statusLabel || '')),
      el('p', {}, record.conference.themes || '')),
    answers ? section('Trả lời bằng văn bản sau hội nghị', answers) : null,
    section('Văn bản đã ban hành', documentsTable(documents)),
    section('Diễn biến', timelineList(record.history || []))
  ];
}

async function campaignView(subject) {
  const [record, documents] = await Promise.all([getJson(subject.view), getJson(subject.documents)]);
  return [
    section('Cuộc giám sát',
      el('p', {}, el('strong', {}, record.campaignId), ' · ' + (record.status || '')),
      el('p', {}, (record.subject || '') + (record.supervisedBody ? ' — ' + record.supervisedBody : ''))),
    section('Văn bản đã ban hành', documentsTable(documents)),
    section('Diễn biến', timelineList(record.history || []))
  ];
}

async function criticismView(subject) {
  const [record, documents] = await Promise.all([getJson(subject.view), getJson(subject.documents)]);
  return [
    section('Phản biện xã hội',
      el('p', {}, el('strong', {}, record.criticismId), ' · ' + (record.status || '')),
      el('p', {}, (record.title || '') + (record.authority ? ' — ' + record.authority : ''))),
    section('Văn bản đã ban hành', documentsTable(documents)),
    section('Diễn biến', timelineList(record.history || [], CRITICISM_ACTIONS))
  ];
}

async function show(container, taskId) {
  container.replaceChildren(el('p', {class: 'text-muted'}, 'Đang tải hồ sơ...'));
  let subject;
  try {
    subject = await getJson('/api/documents/tasks/' + encodeURIComponent(taskId));
  } catch (error) {
    container.replaceChildren(el('p', {class: 'text-muted'}, error.status === 404
      ? 'Nhiệm vụ này không gắn với hồ sơ, hội nghị, cuộc giám sát hay phản biện mà bạn được xem.'
      : 'Không tải được hồ sơ (' + error.message + ').'));
    return;
  }
  const step = subject.issues && subject.issues.length
    ? section('Văn bản bước này ban hành', el('p', {}, 'Khi hoàn thành bước này, hệ thống tự động ban hành: '
      + subject.issues.map(i => i.title).join('; ') + ' (tùy kết quả xử lý).'))
    : null;
  const views = {CASE: caseView, CONFERENCE: conferenceView, CAMPAIGN: campaignView, CRITICISM: criticismView};
  try {
    const parts = await views[subject.subjectType](subject);
    const shown = parts.filter(part => part);
    container.replaceChildren(...shown.slice(0, 2), ...(step ? [step] : []), ...shown.slice(2));
  } catch (error) {
    container.replaceChildren(el('p', {class: 'text-muted'}, 'Không tải được hồ sơ (' + error.message + ').'));
  }
}

export default {
  id: 'danvan-documents',
  pluginPoint: 'tasklist.task.detail',
  // after the form (1000), before the history (800)
  priority: 900,
  properties: {
    label: 'Hồ sơ, văn bản'
  },
  render: (node, {taskId}) => {
    const container = el('div', {class: 'danvan-case-tab'});
    node.appendChild(container);
    show(container, taskId);
  }
};
