import './styles.css';
import { Desktop } from './desktop.js';
import { el } from './dom.js';
import { GwsError, GwsHttp } from './gws-http.js';
import type { MeResponse } from './gws-types.js';
import { isSupervisor } from './supervisor/roles.js';
import { SupervisorView } from './supervisor/supervisor-view.js';

const root = document.getElementById('app');
if (root === null) throw new Error('the page has no #app element');
const app: HTMLElement = root;

/**
 * The sign-in form: GWS credentials (the demo agents' are in the README), checked by GET /api/v2/me; `notice` says
 * why it is back (signed out, session expired).
 */
function signInForm(notice = ''): void {
  const username = el('input', { name: 'username', autocomplete: 'username', required: '', 'data-testid': 'username' });
  const password = el('input', {
    name: 'password',
    type: 'password',
    autocomplete: 'current-password',
    required: '',
    'data-testid': 'password',
  });
  const error = el('p', { class: 'failed', role: 'alert', 'data-testid': 'sign-in-error' });
  const form = el(
    'form',
    { class: 'sign-in' },
    el('h1', {}, 'Switchboard agent desktop'),
    el('label', {}, 'User name ', username),
    el('label', {}, 'Password ', password),
    el('button', { type: 'submit', 'data-testid': 'sign-in' }, 'Sign in'),
    el('p', { class: 'muted', role: 'status', 'data-testid': 'sign-in-notice' }, notice),
    error,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const http = new GwsHttp();
    http
      .signIn(username.value, password.value)
      .then((me) => {
        const { user } = me as MeResponse;
        // a supervisor (GWS role ROLE_SUPERVISOR) gets the boards; an agent its desktop
        if (isSupervisor(user)) new SupervisorView(app, http, user, signInForm).start();
        else return new Desktop(app, http, user, signInForm).start();
        return undefined;
      })
      .catch((failure: unknown) => {
        error.textContent =
          failure instanceof GwsError && failure.status === 401
            ? 'Wrong user name or password'
            : `Sign-in failed: ${failure instanceof Error ? failure.message : String(failure)}`;
      });
  });
  app.replaceChildren(form);
  username.focus();
}

signInForm();
