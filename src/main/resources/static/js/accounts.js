import { getJson, sendJson, escapeHtml, showError } from './common.js';

const ROLES = { SOCIAL_WORKER: 'Social worker', HOME_FINDER: 'Home finder', MANAGER: 'Manager',
  IRO: 'Independent reviewing officer', ADMIN: 'Administrator' };
const list = document.getElementById('accounts');
const form = document.getElementById('new-account');
const formError = document.getElementById('new-account-error');

document.getElementById('role-choices').innerHTML = Object.entries(ROLES).map(([role, label]) =>
  `<label><input type="checkbox" name="roles" value="${role}"> ${escapeHtml(label)}</label>`).join('<br>');

async function load() {
  try {
    const accounts = await getJson('/api/accounts');
    list.innerHTML = `<table id="accounts-table"><caption class="muted left">${accounts.length} accounts</caption>
      <thead><tr><th scope="col">User name</th><th scope="col">Name</th><th scope="col">Roles</th>
        <th scope="col">May sign in</th><th scope="col">Failed sign-ins</th><th scope="col">Locked until</th>
        <th scope="col">Change</th></tr></thead>
      <tbody>${accounts.map(a => `<tr data-username="${escapeHtml(a.username)}">
        <td>${escapeHtml(a.username)}</td><td>${escapeHtml(a.displayName)}</td>
        <td>${a.roles.map(r => escapeHtml(ROLES[r] || r)).join(', ')}</td>
        <td>${a.enabled ? 'yes' : 'no (disabled)'}</td><td>${a.failedSignIns}</td><td>${escapeHtml(a.lockedUntil || '')}</td>
        <td><button type="button" class="toggle" data-enable="${!a.enabled}"
          aria-label="${a.enabled ? 'Disable' : 'Enable'} ${escapeHtml(a.username)}">${a.enabled ? 'Disable' : 'Enable'}</button></td>
      </tr>`).join('')}</tbody></table>`;
  } catch (error) {
    showError(list, error);
  }
}

list.addEventListener('click', async event => {
  const button = event.target.closest('button.toggle');
  if (!button) return;
  const username = button.closest('tr').dataset.username;
  try {
    await sendJson('PATCH', `/api/accounts/${encodeURIComponent(username)}`, { enabled: button.dataset.enable === 'true' });
    await load();
  } catch (error) {
    showError(list, error);
  }
});

form.addEventListener('submit', async event => {
  event.preventDefault();
  const data = new FormData(form);
  try {
    await sendJson('POST', '/api/accounts', {
      username: data.get('username'), displayName: data.get('displayName'), password: data.get('password'),
      roles: data.getAll('roles'),
    });
    form.reset();
    formError.innerHTML = '';
    await load();
  } catch (error) {
    showError(formError, error);
  }
});

load();
