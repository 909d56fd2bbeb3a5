// Who is signed in, shown in every page's header, with the links their roles use and a sign-out button.
const header = document.querySelector('header.site');

function csrfToken() {
  const cookie = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

function text(tag, value, className) {
  const element = document.createElement(tag);
  element.textContent = value;
  if (className) element.className = className;
  return element;
}

async function show() {
  const response = await fetch('/api/me', { headers: { Accept: 'application/json', 'X-Requested-With': 'kinmap-page' } });
  if (!response.ok || !header) return;
  const me = await response.json();
  const nav = header.querySelector('nav');
  if (nav && me.roles.includes('ADMIN')) {
    for (const [href, label] of [['/accounts', 'Accounts'], ['/audit', 'Audit trail']]) {
      if (!nav.querySelector(`a[href="${href}"]`)) {
        const link = text('a', label);
        link.href = href;
        if (window.location.pathname === href) link.setAttribute('aria-current', 'page');
        nav.append(' ', link);
      }
    }
  }
  const session = document.createElement('div');
  session.className = 'session';
  session.append(text('span', `${me.displayName} (${me.roleTitles.join(', ')})`, 'who'));
  const button = text('button', 'Sign out');
  button.type = 'button';
  button.id = 'sign-out';
  button.addEventListener('click', async () => {
    await fetch('/sign-out', { method: 'POST', headers: { 'X-XSRF-TOKEN': csrfToken(), 'X-Requested-With': 'kinmap-page' } });
    window.location.assign('/sign-in?signed-out');
  });
  session.append(button);
  header.append(session);
}

show();
