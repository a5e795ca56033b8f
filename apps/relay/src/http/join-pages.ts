/*
 * The small pages a person meets at /j when a join code does not open a board. They are served by the relay (a phone
 * that typed a wrong code should not have to load the whole web app to be told so), in plain HTML with inline style,
 * which the Content-Security-Policy allows; nothing on them comes from elsewhere.
 */

const STYLE = `
  body { font: 18px/1.5 system-ui, sans-serif; margin: 0; padding: 2rem 1.25rem; color: #1f2328; background: #f6f7f9; }
  main { max-width: 28rem; margin: 0 auto; background: #fff; border-radius: 12px; padding: 1.5rem; box-shadow: 0 1px 4px #0002; }
  h1 { font-size: 1.35rem; margin: 0 0 .75rem; }
  form { display: flex; gap: .5rem; flex-wrap: wrap; margin-top: 1rem; }
  input { font: inherit; font-size: 1.4rem; letter-spacing: .12em; text-transform: uppercase; padding: .5rem .75rem;
          border: 2px solid #8c959f; border-radius: 8px; flex: 1 1 10rem; min-width: 0; }
  button { font: inherit; padding: .6rem 1.1rem; border: 0; border-radius: 8px; background: #1f6feb; color: #fff; }
  a { color: #0969da; }
`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title} · notevote</title>
<style>${STYLE}</style>
</head>
<body><main>
${body}
</main></body>
</html>
`;
}

const FORM = `<form action="/j" method="get">
<label for="code" hidden>Join code</label>
<input id="code" name="code" autocomplete="off" autocapitalize="characters" spellcheck="false" placeholder="K7QF-M2XD" maxlength="16" required>
<button type="submit">Join</button>
</form>`;

/** 404: the code opens no board (mistyped, or replaced by the facilitator). */
export function unknownCodePage(): string {
  return page(
    'Code not valid',
    `<h1>This join code is not valid (any more)</h1>
<p>Check the code on the screen and try again, or ask the facilitator for the current one: a code stops working when
the facilitator replaces the participant link.</p>
${FORM}
<p><a href="/">notevote start page</a></p>`,
  );
}

/** 200 at /j: where to type a code read off the projector. */
export function enterCodePage(): string {
  return page(
    'Join a board',
    `<h1>Join a board</h1>
<p>Type the code shown on the screen (letters and digits; the dash is optional).</p>
${FORM}`,
  );
}

/** 429: too many codes that opened nothing came from this address. */
export function tooManyTriesPage(seconds: number): string {
  const wait = seconds <= 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
  return page(
    'Too many tries',
    `<h1>Too many codes that did not work</h1>
<p>Wait about ${wait}, then try again with the code on the screen, or ask the facilitator for the participant link.</p>`,
  );
}
