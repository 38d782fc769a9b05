import { describe, expect, it } from 'vitest';
import { nodePurifierWindow, parsePage } from '../../src/cli/node-dom';
import { buildArticleText } from '../../src/core/article-text';
import { purifierFor, sanitizeArticleHtml, shrinkBeforeSanitizing } from '../../src/core/sanitize';

const clean = (html: string): string => sanitizeArticleHtml(html, nodePurifierWindow());

describe('sanitizeArticleHtml', () => {
  it('removes scripts, event handlers and javascript:/data: URLs', () => {
    const out = clean('<p onclick="steal()">Hi<script>steal()</script><a href="javascript:steal()">x</a><a href=" JaVaScRiPt:steal()">y</a><a href="data:text/html,<b>">z</a><img src="data:image/png;base64,AAAA" onerror="steal()"></p>');
    expect(out).not.toMatch(/script|onclick|onerror|javascript|data:/i);
    expect(out).toContain('Hi');
  });

  it('removes forms and their controls', () => {
    expect(clean('<form action="/x"><input name="q"><button>Go</button><textarea>t</textarea></form><p>ok</p>')).toBe('<p>ok</p>');
  });

  it('removes a form whose controls are named after DOM properties, with its content', () => {
    // In a browser such names shadow the form's own properties; the drop must not rely on them.
    expect(clean('<p>a</p><form><input name="nodeName"><input name="parentNode"><input name="remove"><label>Your email</label></form><p>b</p>')).toBe('<p>a</p><p>b</p>');
  });

  it('keeps YouTube, Vimeo and Dailymotion players and drops other frames', () => {
    const out = clean('<iframe src="https://www.youtube-nocookie.com/embed/abc"></iframe><iframe src="https://player.vimeo.com/video/1"></iframe><iframe src="https://www.dailymotion.com/embed/video/x"></iframe><iframe src="https://ads.example/frame"></iframe><iframe src="http://www.youtube.com/embed/insecure"></iframe>');
    expect(out.match(/<iframe/g)).toHaveLength(3);
    expect(out).not.toContain('ads.example');
    expect(out).not.toContain('insecure');
  });

  it('drops a refused frame with its fallback text and still checks everything after it', () => {
    const out = clean('<div><iframe src="https://ads.example/f">Your browser does not support frames</iframe><iframe>no source</iframe><img src="https://a.test/i.jpg" onerror="steal()"></div><p onclick="steal()">after</p>');
    expect(out).toBe('<div><img src="https://a.test/i.jpg"></div><p>after</p>');
  });

  it('drops dialogs, selects, templates and noscript blocks with their content', () => {
    expect(clean('<p>a</p><dialog open>Subscribe now</dialog><select><option>Choose</option></select><template><p>t</p></template><noscript>Enable JavaScript</noscript><object data="https://x.test/f.swf">Flash</object><p>b</p>')).toBe('<p>a</p><p>b</p>');
  });

  it('keeps source marks with their data attributes and drops page classes, ids and styles', () => {
    const out = clean('<p class="body-copy" id="p1" style="color:red"><mark class="sl-mark sl-kind-person" data-source-id="s1" data-kind="person" data-cue="said" data-tracking="x">Ana</mark></p>');
    expect(out).toBe('<p><mark class="sl-mark sl-kind-person" data-source-id="s1" data-kind="person" data-cue="said">Ana</mark></p>');
  });

  it('keeps figures and images with absolute URLs, and opens links safely', () => {
    const out = clean('<figure><img src="https://a.test/i.jpg" alt="A"><figcaption>Cap</figcaption></figure><a href="https://b.test/">b</a>');
    expect(out).toContain('<img src="https://a.test/i.jpg" alt="A">');
    expect(out).toContain('<figcaption>Cap</figcaption>');
    expect(out).toContain('rel="noopener noreferrer nofollow"');
  });

  it('drops srcdoc frames, SVG and MathML script tricks and namespace-confusion markup', () => {
    const out = clean('<iframe srcdoc="<script>steal()</script>" src="https://www.youtube.com/embed/a"></iframe><svg><a xlink:href="javascript:steal()"><text>x</text></a><animate onbegin="steal()"/></svg><math><mtext><table><mglyph><style><img src=x onerror=steal()></style></mglyph></table></mtext></math><svg><style><img src=x onerror=steal()></style></svg>');
    expect(out).not.toMatch(/srcdoc|javascript|onbegin|onerror|<script|steal\(\)"/i);
  });

  it('removes inline styles and every on* handler, whatever its case', () => {
    const out = clean('<p STYLE="background:url(javascript:steal())" OnMouseOver="steal()">a</p><img src="https://a.test/i.jpg" onload="steal()" srcset="javascript:steal() 1x">');
    expect(out).toBe('<p>a</p><img src="https://a.test/i.jpg">');
  });

  it('refuses to run on a window DOMPurify cannot use, instead of passing HTML through', () => {
    const linkedomWindow = parsePage('<p>x</p>').defaultView;
    expect(purifierFor(linkedomWindow as never)).toBeNull();
    expect(() => sanitizeArticleHtml('<script>x</script>', linkedomWindow as never)).toThrow(/DOMPurify/);
  });
}); // prettier-ignore

describe('shrinkBeforeSanitizing', () => {
  /** The body of a linkedom page (the CLI's DOM) made of `html`. */
  const bodyOf = (html: string): Element => parsePage(`<!doctype html><html><body>${html}</body></html>`).body;
  const shrunk = (html: string): Element => {
    const body = bodyOf(html);
    shrinkBeforeSanitizing(body);
    return body;
  };

  it('drops the blank text between blocks and at their edges, and comments', () => {
    expect(shrunk('<div>\n  <p>One</p>\n  <!-- ad slot -->\n  <p>Two</p>\n  <table> <tr>\n <td>a</td> <td>b</td> </tr> </table>\n</div>\n').innerHTML)
      .toBe('<div><p>One</p><p>Two</p><table><tr><td>a</td><td>b</td></tr></table></div>');
  });

  it('keeps every space between words and inline elements', () => {
    const html = '<p><a href="https://a.test/">Ana</a> <em>said</em>\n<strong>so</strong>, and<span> </span>left.</p><p> <b>Bold</b> start</p>';
    expect(shrunk(html).innerHTML).toBe('<p><a href="https://a.test/">Ana</a> <em>said</em>\n<strong>so</strong>, and<span> </span>left.</p><p><b>Bold</b> start</p>');
  });

  it('keeps preformatted white space, no-break spaces, form feeds and the space around a dropped form', () => {
    expect(shrunk('<pre>\n  <b>x</b>\n\n  <div> y </div>\n</pre>').innerHTML).toBe('<pre>\n  <b>x</b>\n\n  <div> y </div>\n</pre>');
    expect(shrunk('<div><p>a</p>\u00a0<p>b</p></div>').textContent).toBe('a\u00a0b');
    expect(shrunk('<div><p>a</p>\f<p>b</p></div>').textContent).toBe('a\fb');
    expect(shrunk('<div><span>Left</span> <form><input name="q"></form>right</div>').innerHTML).toBe('<div><span>Left</span> right</div>');
  });

  it('leaves the article text exactly as it was', () => {
    const html = '<div>\n <h2> Title </h2>\n <p>First <i>word</i> <b>and</b> more.</p> <figure><img src="https://a.test/i.jpg"> <figcaption data-sl-caption="">Cap</figcaption> </figure>\n <ul> <li>one</li> <li><span>two</span> <span>three</span></li> </ul>\n <blockquote> <p>Quoted</p> said <em>Ana</em> </blockquote>a<br> <div>b</div> c</div>';
    const before = buildArticleText(bodyOf(html)).text;
    expect(before).toBe('Title\n\nFirst word and more.\n\none\n\ntwo three\n\nQuoted\n\nsaid Ana\n\na\n\nb\n\nc');
    expect(buildArticleText(shrunk(html)).text).toBe(before);
  });
}); // prettier-ignore
