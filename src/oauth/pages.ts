// The pages an installer sees at the end of Slack's OAuth flow: how to start after a success,
// what went wrong after a failure. Nothing here is a secret; everything echoed is escaped.
import type { ServerResponse } from 'node:http';
import type { CallbackOptions } from '@slack/oauth';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(res: ServerResponse, status: number, title: string, body: string): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
  });
  res.end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${escapeHtml(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem}</style>
</head><body><h1>${escapeHtml(title)}</h1>
${body}
</body></html>`);
}

/** Why an install failed, in the installer's words, from @slack/oauth's error codes. */
function explain(error: { code?: string; message?: string }): string {
  switch (error.code) {
    case 'slack_oauth_invalid_state':
      return 'The install link expired or was opened in another browser. Start again from the install page.';
    case 'slack_oauth_missing_state':
      return 'The install did not come from this app’s install page. Start again from there.';
    default:
      return /access_denied/.test(error.message ?? '')
        ? 'The app was not allowed into the workspace (access denied).'
        : 'Slack did not complete the install. Try again, or ask a workspace admin to install the app.';
  }
}

/** `GET /slack/install`: the "Add to Slack" page (no third-party image, unlike Bolt's default). */
export function installPage(addToSlackUrl: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Add ConnectNote to Slack</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem}
a.add{display:inline-block;padding:.6rem 1.2rem;border-radius:6px;background:#4a154b;color:#fff;text-decoration:none;font-weight:600}</style>
</head><body><h1>ConnectNote</h1>
<p>Drafts and reviews LinkedIn connection notes, and reminds you to follow up.</p>
<p><a class="add" href="${escapeHtml(addToSlackUrl)}">Add to Slack</a></p>
</body></html>`;
}

export const installPages: Pick<CallbackOptions, 'success' | 'failure'> = {
  success: (installation, _options, _req, res) => {
    const where = installation.isEnterpriseInstall
      ? (installation.enterprise?.name ?? 'your organisation')
      : (installation.team?.name ?? 'your workspace');
    page(
      res,
      200,
      'ConnectNote is installed',
      `<p>ConnectNote is now in <strong>${escapeHtml(where)}</strong>. To start:</p>
<ul>
<li>type <code>/connectnote</code> in any channel for a draft connection note;</li>
<li>use <strong>Review this draft</strong> from a message’s ⋮ menu to check a note you wrote;</li>
<li>open ConnectNote’s <strong>Home</strong> tab for your tracked requests and settings.</li>
</ul>`,
    );
  },
  failure: (error, _options, _req, res) => {
    page(
      res,
      400,
      'ConnectNote was not installed',
      `<p>${escapeHtml(explain(error))}</p><p><small>(${escapeHtml(error.code ?? 'error')})</small></p>`,
    );
  },
};
