import { $, el, problems, showErrors } from './portal.js';

const KINDS = [
  ['FEEDBACK', 'Phản ánh', 'Cho chính quyền biết một việc đang xảy ra cần được xử lý: đường hỏng, rác thải, ô nhiễm...'],
  ['RECOMMENDATION', 'Kiến nghị', 'Đề xuất ý kiến, sáng kiến để chính quyền làm tốt hơn một việc cụ thể.'],
  ['COMPLAINT', 'Khiếu nại', 'Đề nghị xem xét lại một quyết định hoặc việc làm của cơ quan nhà nước, cán bộ mà ông/bà cho là trái luật, xâm phạm quyền lợi của mình.'],
  ['DENUNCIATION', 'Tố cáo', 'Báo cho cơ quan có thẩm quyền biết hành vi vi phạm pháp luật của cán bộ, cơ quan, tổ chức hoặc cá nhân. Danh tính người tố cáo được giữ bí mật.']
];
// one key per filled form: a second click, or a resend after a lost answer, files one petition
const submissionKey = crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random().toString(36).slice(2);

async function start() {
  const communes = await (await fetch('/api/public/communes')).json();
  communes.forEach((c) => $('unitCode').append(new Option(c.name, c.code)));
  KINDS.forEach(([value, name, hint], i) => {
    const label = el('label');
    const radio = document.createElement('input');
    radio.type = 'radio';
    radio.name = 'type';
    radio.value = value;
    radio.id = 'type-' + value;
    if (i === 0) radio.checked = true;
    label.append(radio, el('strong', name), el('p', hint, 'hint'));
    $('kinds').append(label);
  });
  $('petition-form').addEventListener('submit', send);
}

function value(id) {
  const v = $(id).value.trim();
  return v === '' ? null : v;
}

async function send(event) {
  event.preventDefault();
  document.querySelectorAll('.field-error').forEach((n) => n.classList.remove('field-error'));
  const petition = {
    unitCode: value('unitCode'),
    type: document.querySelector('input[name=type]:checked').value,
    subject: value('subject'),
    content: value('content'),
    petitioner: { fullName: value('fullName'), address: value('address'), phone: value('phone'), email: value('email') },
    consent: $('consent').checked,
    website: $('website').value
  };
  const form = new FormData();
  form.append('petition', new Blob([JSON.stringify(petition)], { type: 'application/json' }));
  [...$('attachments').files].forEach((f) => form.append('attachments', f, f.name));
  $('send').disabled = true;
  try {
    const response = await fetch('/api/public/petitions', { method: 'POST', body: form, headers: { 'Idempotency-Key': submissionKey } });
    if (!response.ok) {
      const errors = await problems(response);
      errors.forEach((e) => {
        const id = (e.field || '').replace('petitioner.', '');
        if ($(id)) $(id).classList.add('field-error');
      });
      showErrors($('errors'), errors);
      $('errors').scrollIntoView();
      return;
    }
    const filed = await response.json();
    $('form-section').hidden = true;
    $('done').hidden = false;
    $('tracking-code').textContent = filed.trackingCode;
    $('status-link').href = '/portal/cases/' + encodeURIComponent(filed.trackingCode);
    if (filed.receipt) {
      $('receipt-link').href = filed.receipt;
      $('receipt-line').hidden = false;
    }
  } catch (e) {
    showErrors($('errors'), [{ message: 'Không kết nối được máy chủ, vui lòng thử lại.' }]);
  } finally {
    $('send').disabled = false;
  }
}

start();
