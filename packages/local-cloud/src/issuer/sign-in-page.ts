const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * The local issuer's sign-in page: plain HTML, labelled fields, readable at 360 px, in the
 * same spirit as the web app (WCAG 2.2 AA). It lists the seeded users, since it is local only.
 */
export function renderSignInPage(input: {
  password: string;
  action: string;
  users: readonly string[];
  username?: string;
  failed?: boolean;
}): string {
  const error = input.failed
    ? '<p id="error" class="error" role="alert">That email and password do not match a local staff user.</p>'
    : '';
  const described = input.failed ? ' aria-describedby="error" aria-invalid="true"' : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in – Lantern (local)</title>
<style>
body{font-family:system-ui,sans-serif;margin:0;color:#1b1b1f;background:#f3f4f8;line-height:1.5}
main{max-width:26rem;margin:2rem auto;padding:1.5rem;background:#fff;border:1px solid #767683;border-radius:8px}
h1{font-size:1.5rem;margin-top:0}label{display:block;font-weight:600;margin-top:1rem}
input{font:inherit;width:100%;min-height:44px;padding:.5rem;border:2px solid #767683;border-radius:4px;box-sizing:border-box}
button{font:inherit;margin-top:1.5rem;min-height:44px;padding:.6rem 1.2rem;border:2px solid #2a4d8f;border-radius:6px;background:#2a4d8f;color:#fff;cursor:pointer}
:focus-visible{outline:3px solid #c2410c;outline-offset:2px}.error{color:#b3261e;font-weight:600}.hint{color:#4a4a55;font-size:.95rem}
code{background:#f3f4f8;padding:0 .2rem}
</style>
</head>
<body>
<main>
<h1>Sign in to Lantern</h1>
<p class="hint">Local sign-in. Seeded users: ${input.users.map((user) => `<code>${escapeHtml(user)}</code>`).join(', ')}; the local password for all of them is <code>${escapeHtml(input.password)}</code>.</p>
${error}
<form method="post" action="${escapeHtml(input.action)}">
<label for="username">Email</label>
<input id="username" name="username" type="email" autocomplete="username" required value="${escapeHtml(input.username ?? '')}"${described}>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required${described}>
<button type="submit">Sign in</button>
</form>
</main>
</body>
</html>`;
}
