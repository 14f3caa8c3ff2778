// Shared by the portal's pages. Text is always inserted as text (textContent), never as HTML, so
// nothing anyone typed can run here.
export const $ = (id) => document.getElementById(id);

export function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

export const date = (value) => (value ? new Date(value).toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }) : '');
export const dateTime = (value) => (value
  ? new Date(value).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short' }) : '');

/** The messages of a problem+json answer, for the person who sent the form. */
export async function problems(response) {
  const body = await response.json().catch(() => ({}));
  if (body.errors && body.errors.length) return body.errors;
  return [{ field: '', message: body.detail || 'Không gửi được, vui lòng thử lại.' }];
}

export function showErrors(list, errors) {
  list.textContent = '';
  errors.forEach((e) => list.append(el('li', e.message)));
  list.hidden = errors.length === 0;
}
