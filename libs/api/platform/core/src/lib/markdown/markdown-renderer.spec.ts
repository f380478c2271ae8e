import { MAX_MARKDOWN_SOURCE_LENGTH, MarkdownRenderer, renderMarkdown } from './markdown-renderer.js';

const SITE_ORIGIN = 'https://www.pairs.example';

const ALLOWED_TAGS = new Set([
  'p',
  'a',
  'em',
  'strong',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'br',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  's',
  'del',
]);
const ALLOWED_ATTRIBUTES = new Set(['href', 'title', 'id', 'class', 'rel', 'start']);
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'srcdoc',
  'poster',
]);
const FORBIDDEN_TAG_RE =
  /<\s*\/?\s*(script|iframe|object|embed|svg|math|style|img|form|input|meta|link|base)(?![a-z0-9])/i;
const TAG_RE = /<\s*([a-z0-9]+)([^>]*)>/gi;
const ATTRIBUTE_RE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
const WELL_FORMED_TAG_RE = /^<\/?[a-z0-9]+(?:\s[^<>]*)?>/i;
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  colon: ':',
  tab: '\t',
  newline: '\n',
  nbsp: '\u00a0',
};

function decodeEntities(value: string): string {
  return value
    .replace(/&#(?:x([0-9a-f]+)|([0-9]+));?/gi, (_match: string, hex?: string, decimal?: string) => {
      const code = hex !== undefined ? Number.parseInt(hex, 16) : Number.parseInt(decimal ?? '', 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    })
    .replace(/&([a-z]+);?/gi, (match: string, name: string) => NAMED_ENTITIES[name.toLowerCase()] ?? match);
}

function hasSafeScheme(rawValue: string): boolean {
  const value = decodeEntities(rawValue)
    .replace(/[\s\p{Cc}\p{Cf}\p{Z}]/gu, '')
    .toLowerCase();
  if (/^(?:https?:|mailto:|\/|#)/.test(value)) return true;
  return !/^[^/?#]*:/.test(value);
}

/**
 * Lists every dangerous construct found in rendered HTML (empty when safe). Deliberately
 * independent from the renderer: it only looks at the output string.
 */
function findDangerousHtml(html: string): string[] {
  const problems: string[] = [];
  const forbidden = FORBIDDEN_TAG_RE.exec(html);
  if (forbidden) problems.push(`forbidden tag <${forbidden[1]}>`);
  // The renderer escapes every literal '<', so each one left must begin a well-formed tag.
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i + 1)) {
    const tag = WELL_FORMED_TAG_RE.exec(html.slice(i));
    if (!tag) {
      problems.push(`stray "<" at ${i}: ${html.slice(i, i + 20)}`);
      continue;
    }
    const name = /^<\/?([a-z0-9]+)/i.exec(tag[0])?.[1]?.toLowerCase() ?? '';
    if (!ALLOWED_TAGS.has(name)) problems.push(`tag not allowed: ${tag[0]}`);
  }
  for (const [, rawName = '', attributes = ''] of html.matchAll(TAG_RE)) {
    const tagName = rawName.toLowerCase();
    if (!ALLOWED_TAGS.has(tagName)) problems.push(`tag not allowed: <${tagName}>`);
    for (const [, rawAttribute = '', doubleQuoted, singleQuoted, unquoted] of attributes.matchAll(
      ATTRIBUTE_RE,
    )) {
      const attribute = rawAttribute.toLowerCase();
      const value = doubleQuoted ?? singleQuoted ?? unquoted ?? '';
      if (attribute.startsWith('on')) problems.push(`event handler ${attribute} on <${tagName}>`);
      if (attribute === 'style') problems.push(`style attribute on <${tagName}>`);
      if (!ALLOWED_ATTRIBUTES.has(attribute))
        problems.push(`attribute not allowed: ${attribute} on <${tagName}>`);
      if (unquoted !== undefined) problems.push(`unquoted attribute ${attribute} on <${tagName}>`);
      if (URL_ATTRIBUTES.has(attribute) && !hasSafeScheme(value)) {
        problems.push(`unsafe URL in ${attribute}: ${value}`);
      }
      if (attribute === 'id' && !/^section(?:-|$)/.test(value)) problems.push(`unprefixed id: ${value}`);
    }
  }
  return problems;
}

function expectSafe(html: string): void {
  expect(findDangerousHtml(html)).toEqual([]);
}

const XSS_PAYLOADS: ReadonlyArray<readonly [string, string]> = [
  // Script tags
  ['plain script', '<script>alert(1)</script>'],
  ['uppercase script', '<SCRIPT>alert(1)</SCRIPT>'],
  ['mixed-case script with space', '<ScRiPt >alert(1)</ScRiPt >'],
  ['external script', '<script src="https://evil.example/x.js"></script>'],
  ['script split over lines', '<script\n>alert(1)</script\n>'],
  ['nested script', '<scr<script>ipt>alert(1)</scr</script>ipt>'],
  ['doubled angle brackets', '<<script>script>alert(1)<</script>/script>'],
  ['script with slash attribute', '<script/x>alert(1)</script>'],
  ['script as html block', '<div>\n<script>alert(1)</script>\n</div>'],
  ['fenced code breakout', '```\n</code></pre><script>alert(1)</script>\n```'],
  ['fenced code info breakout', '```"><script>alert(1)</script>\nx\n```'],
  ['inline code breakout', '`</code><script>alert(1)</script>`'],
  // Event handlers
  ['img onerror', '<img src=x onerror=alert(1)>'],
  ['quoted img onerror', '<img src="x" onerror="alert(1)"/>'],
  ['svg onload', '<svg onload=alert(1)>'],
  ['svg slash onload', '<svg/onload=alert(1)>'],
  ['body onload', '<body onload=alert(1)>'],
  ['anchor onmouseover', '<a onmouseover="alert(1)">x</a>'],
  ['div onclick', '<div onclick="alert(1)">click</div>'],
  ['details ontoggle', '<details open ontoggle=alert(1)>'],
  ['unknown tag onclick', '<x onclick=alert(1)>x</x>'],
  ['input onfocus', '<input autofocus onfocus=alert(1)>'],
  // Markdown links
  ['javascript link', '[a](javascript:alert(1))'],
  ['bracketed javascript link', '[a](<javascript:alert(1)>)'],
  ['mixed-case scheme', '[a](JaVaScRiPt:alert(1))'],
  ['named entity colon', '[a](javascript&colon;alert(1))'],
  ['decimal entity', '[a](&#106;avascript:alert(1))'],
  ['hex entity', '[a](&#x6A;avascript:alert(1))'],
  ['zero-padded entities without semicolon', '[a](&#0000106&#0000097vascript:alert(1))'],
  ['entity tab', '[a](jav&#x09;ascript:alert(1))'],
  ['entity newline', '[a](java&#x0A;script:alert(1))'],
  ['literal tab', '[a](<java\tscript:alert(1)>)'],
  ['literal newline', '[a](java\nscript:alert(1))'],
  ['leading space', '[a](< javascript:alert(1)>)'],
  ['leading NUL', '[a](\u0000javascript:alert(1))'],
  ['zero-width space', '[a](jav\u200bascript:alert(1))'],
  ['full-width letters', '[a](ｊａｖａｓｃｒｉｐｔ:alert(1))'],
  ['percent-encoded scheme', '[a](%6a%61vascript:alert(1))'],
  ['percent-encoded colon', '[a](javascript%3Aalert(1))'],
  ['double percent-encoding', '[a](javascript%253Aalert(1))'],
  ['backslash-escaped colon', '[a](javascript\\:alert(1))'],
  ['javascript comment trick', '[a](javascript://%0aalert(1))'],
  ['data URL link', '[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
  ['data image URL link', '[a](data:image/png;base64,iVBORw0KGgo=)'],
  ['vbscript link', '[a](vbscript:msgbox(1))'],
  ['file link', '[a](file:///etc/passwd)'],
  ['reference link', '[a][x]\n\n[x]: javascript:alert(1)'],
  ['shortcut reference link', '[x]\n\n[x]: <javascript:alert(1)>'],
  ['title with handler text', '[a](http://x.com "onmouseover=alert(1)")'],
  ['quote breakout in destination', '[a](http://x.com" onmouseover="alert(1))'],
  ['quote breakout in title', '[a](http://x.com \'a" onmouseover="alert(1)\')'],
  ['single quote breakout', "[a](http://x.com'onmouseover='alert(1))"],
  ['backtick breakout', '[a](http://x.com`onmouseover=alert(1)`)'],
  ['script in query', '[a](http://x.com?"><script>alert(1)</script>)'],
  ['nested brackets', '[[a](javascript:alert(1))](http://x.com)'],
  ['link in link destination', '[a]([b](javascript:alert(1)))'],
  // Images
  ['javascript image', '![x](javascript:alert(1))'],
  ['alt breakout', '![x" onerror="alert(1)](http://x/y.png)'],
  ['src breakout', '![x](http://x/y.png" onerror="alert(1))'],
  ['svg data image', '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)'],
  ['png data image', '![x](data:image/png;base64,iVBORw0KGgo=)'],
  ['html in alt', '![<img src=x onerror=alert(1)>](http://x/y.png)'],
  ['reference image', '![x][img]\n\n[img]: javascript:alert(1)'],
  ['image in link', '[![x](javascript:alert(1))](http://x.com)'],
  // Autolinks and linkify
  ['javascript autolink', '<javascript:alert(1)>'],
  ['uppercase javascript autolink', '<JAVASCRIPT:alert(1)>'],
  ['data autolink', '<data:text/html,alert(1)>'],
  ['vbscript autolink', '<vbscript:msgbox(1)>'],
  ['autolink quote breakout', '<http://x.com/"onmouseover="alert(1)>'],
  ['bare javascript URL', 'javascript:alert(1)'],
  ['linkify quote breakout', 'https://x.com/"onmouseover="alert(1)'],
  ['linkify script', 'www.example.com/<script>alert(1)</script>'],
  // SVG, MathML, embedding
  ['svg script', '<svg><script>alert(1)</script></svg>'],
  ['math mxss', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
  ['math href', '<math href="javascript:alert(1)">x</math>'],
  ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
  ['iframe javascript src', '<iframe src="javascript:alert(1)"></iframe>'],
  ['object data', '<object data="javascript:alert(1)"></object>'],
  ['embed data URL', '<embed src="data:text/html,<script>alert(1)</script>">'],
  // Comments and CDATA
  ['comment breakout', '<!-- --><script>alert(1)</script> -->'],
  ['short comment', '<!--><img src=x onerror=alert(1)>-->'],
  ['CDATA', '<![CDATA[<script>alert(1)</script>]]>'],
  ['noscript title breakout', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">'],
  // Styles, meta, base, forms
  ['style tag', '<style>body{background:url(javascript:alert(1))}</style>'],
  ['style attribute', '<p style="background:url(javascript:alert(1))">x</p>'],
  ['table alignment', '| a | b | c |\n|:-|:-:|-:|\n| 1 | 2 | 3 |'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ['base href', '<base href="javascript:alert(1)//">'],
  ['form action', '<form action="javascript:alert(1)"><button>x</button></form>'],
  ['link stylesheet', '<link rel="stylesheet" href="javascript:alert(1)">'],
  // Raw anchors and attribute breakouts
  ['raw javascript anchor', '<a href="javascript:alert(1)">x</a>'],
  ['raw entity anchor', '<a href="&#106;avascript:alert(1)">x</a>'],
  ['raw anchor after a link', '[a](https://x.com) <a href=javascript:alert(1)>b</a>'],
  ['double quote breakout', '"><script>alert(1)</script>'],
  ['single quote img breakout', "'><img src=x onerror=alert(1)>"],
  ['code span img', '`` `<img src=x onerror=alert(1)>` ``'],
  // Headings
  ['heading img', '# <img src=x onerror=alert(1)>'],
  ['heading cookie', '# cookie'],
  ['heading __proto__', '# \\_\\_proto\\_\\_'],
  ['heading location', '## location'],
  ['heading breakout', '# "><script>alert(1)</script>'],
  ['setext heading svg', 'Title <svg onload=alert(1)>\n==='],
  // Containers
  ['blockquote script', '> <script>alert(1)</script>'],
  ['list img', '- <img src=x onerror=alert(1)>\n- [a](javascript:alert(1))'],
];

const OBFUSCATED_URLS: readonly string[] = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'jav&#x09;ascript:alert(1)',
  'java&#x0A;script:alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;avascript:alert(1)',
  '&#0000106avascript:alert(1)',
  'javascript&colon;alert(1)',
  '%6a%61vascript:alert(1)',
  'javascript%3Aalert(1)',
  'jav\u200bascript:alert(1)',
  '\u0001javascript:alert(1)',
  'data:text/html,alert(1)',
  'data:image/png;base64,iVBORw0KGgo=',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'ftp://files.example/x',
  'chrome://settings',
];

describe('findDangerousHtml (the checker itself)', () => {
  it('accepts the markup the renderer is expected to produce', () => {
    expect(
      findDangerousHtml(
        '<h2 id="section-a">a</h2>\n<h1 id="section">!</h1>\n<p><a href="https://x.fr" title="t" ' +
          'rel="nofollow ugc noopener">x</a> <a href="/themes/x">y</a> <a href="mailto:a@b.fr">m</a> ' +
          '<a href="#section-a">z</a> <a href="page">p</a> &lt;script&gt;</p>\n<ol start="3">\n<li>' +
          '<code>c</code></li>\n</ol>\n<pre><code class="language-ts">x</code></pre>\n',
      ),
    ).toEqual([]);
  });

  it.each([
    ['<script>alert(1)</script>', /forbidden tag <script>/],
    ['<scr<script>ipt>', /stray "<"/],
    ['<!-- x -->', /stray "<"/],
    ['<p><img src="https://x.fr/a.png"></p>', /forbidden tag <img>/],
    ['<p><svg></svg></p>', /tag not allowed: <svg>/],
    ['<p><blink>x</blink></p>', /tag not allowed: <blink>/],
    ['<p onclick="alert(1)">x</p>', /event handler onclick/],
    ['<a href="#" ONMOUSEOVER="alert(1)">x</a>', /event handler onmouseover/],
    ['<p style="color:red">x</p>', /style attribute/],
    ['<a href="javascript:alert(1)">x</a>', /unsafe URL/],
    ['<a href=" JaVaScRiPt:alert(1)">x</a>', /unsafe URL/],
    ['<a href="&#106;avascript:alert(1)">x</a>', /unsafe URL/],
    ['<a href="&#0000106avascript:alert(1)">x</a>', /unsafe URL/],
    ['<a href="java&#x09;script:alert(1)">x</a>', /unsafe URL/],
    ['<a href="javascript&colon;alert(1)">x</a>', /unsafe URL/],
    ['<a href="java\nscript:alert(1)">x</a>', /unsafe URL/],
    ['<a href="data:text/html,x">x</a>', /unsafe URL/],
    ['<a href="vbscript:x">x</a>', /unsafe URL/],
    ['<a href=javascript:alert(1)>x</a>', /unquoted attribute/],
    ['<h1 id="cookie">x</h1>', /unprefixed id: cookie/],
  ])('reports %j', (html, expected) => {
    const problems = findDangerousHtml(html);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toMatch(expected);
  });
});

describe('renderMarkdown XSS payloads', () => {
  it('covers at least 60 payloads', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(60);
  });

  it.each(XSS_PAYLOADS)('neutralises %s', (_name, source) => {
    expectSafe(renderMarkdown(source));
    expectSafe(renderMarkdown(source, { siteOrigin: SITE_ORIGIN }));
    expectSafe(new MarkdownRenderer({ siteOrigin: SITE_ORIGIN }).render(source));
  });

  it.each(OBFUSCATED_URLS)('produces no link at all for %j', (url) => {
    const sources = [`[a](${url})`, `[a](<${url}>)`, `![a](${url})`, `<${url}>`, `[a]\n\n[a]: ${url}`];
    for (const source of sources) {
      const html = renderMarkdown(source);
      expect(html).not.toMatch(/<a[\s>]/);
      expectSafe(html);
    }
  });

  it('escapes raw HTML as text', () => {
    expect(renderMarkdown('<script>alert(1)</script>')).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n',
    );
    expect(renderMarkdown('Avant <b onclick="x">gras</b> après')).toBe(
      '<p>Avant &lt;b onclick=&quot;x&quot;&gt;gras&lt;/b&gt; après</p>\n',
    );
  });

  it('keeps a title that looks like a handler inside the escaped title attribute', () => {
    expect(renderMarkdown('[a](http://x.com "onmouseover=alert(1)")')).toBe(
      '<p><a href="http://x.com" title="onmouseover=alert(1)" rel="nofollow ugc noopener">a</a></p>\n',
    );
  });
});

describe('renderMarkdown formatting', () => {
  it('renders emphasis, strike-through and inline code', () => {
    expect(renderMarkdown('*a* **b** ~~c~~ `d < e`')).toBe(
      '<p><em>a</em> <strong>b</strong> <s>c</s> <code>d &lt; e</code></p>\n',
    );
  });

  it('renders lists', () => {
    expect(renderMarkdown('- un\n- deux')).toBe('<ul>\n<li>un</li>\n<li>deux</li>\n</ul>\n');
    expect(renderMarkdown('3. trois\n4. quatre')).toBe(
      '<ol start="3">\n<li>trois</li>\n<li>quatre</li>\n</ol>\n',
    );
  });

  it('renders fenced code with an escaped language class', () => {
    expect(renderMarkdown('```ts\nconst a = "<b>";\n```')).toBe(
      '<pre><code class="language-ts">const a = &quot;&lt;b&gt;&quot;;\n</code></pre>\n',
    );
  });

  it('turns single newlines into line breaks', () => {
    expect(renderMarkdown('ligne 1\nligne 2')).toBe('<p>ligne 1<br>\nligne 2</p>\n');
  });

  it('drops table alignment styles', () => {
    const html = renderMarkdown('| a | b |\n|:-:|--:|\n| 1 | 2 |');
    expect(html).toContain('<th>a</th>');
    expect(html).toContain('<td>2</td>');
    expect(html).not.toContain('style');
  });
});

describe('renderMarkdown links', () => {
  it.each([
    ['https://example.org/page', 'nofollow ugc noopener'],
    ['http://example.org/page', 'nofollow ugc noopener'],
    ['//example.org/page', 'nofollow ugc noopener'],
    ['mailto:maire@mairie.example', 'nofollow ugc'],
  ])('marks %s as user content', (href, rel) => {
    expect(renderMarkdown(`[lien](${href})`)).toBe(`<p><a href="${href}" rel="${rel}">lien</a></p>\n`);
  });

  it('never adds a target attribute', () => {
    expect(renderMarkdown('[a](https://example.org) https://example.org')).not.toContain('target');
  });

  it('does not mark same-origin absolute links as nofollow', () => {
    expect(renderMarkdown(`[thème](${SITE_ORIGIN}/themes/x)`, { siteOrigin: SITE_ORIGIN })).toBe(
      `<p><a href="${SITE_ORIGIN}/themes/x">thème</a></p>\n`,
    );
    expect(new MarkdownRenderer({ siteOrigin: `${SITE_ORIGIN}/app/` }).render(`[t](${SITE_ORIGIN}/x)`)).toBe(
      `<p><a href="${SITE_ORIGIN}/x">t</a></p>\n`,
    );
  });

  it.each([
    'https://evil.example/x',
    'http://www.pairs.example/x',
    'https://sub.www.pairs.example/x',
    'https://www.pairs.example.evil.example/x',
    '//evil.example/x',
  ])('still treats %s as external when siteOrigin is set', (href) => {
    expect(renderMarkdown(`[a](${href})`, { siteOrigin: SITE_ORIGIN })).toContain(
      'rel="nofollow ugc noopener"',
    );
  });

  it('treats absolute links to the site as external when no siteOrigin is given', () => {
    expect(renderMarkdown(`[a](${SITE_ORIGIN}/x)`)).toContain('rel="nofollow ugc noopener"');
  });

  it.each(['/themes/x', '#section-a', 'page', '../autre?q=1'])('keeps the relative link %s', (href) => {
    expect(renderMarkdown(`[a](${href})`)).toBe(`<p><a href="${href}">a</a></p>\n`);
    expect(renderMarkdown(`[a](${href})`, { siteOrigin: SITE_ORIGIN })).toBe(
      `<p><a href="${href}">a</a></p>\n`,
    );
  });

  it('linkifies bare URLs and e-mail addresses', () => {
    expect(renderMarkdown('Voir https://www.collectivites-locales.gouv.fr')).toBe(
      '<p>Voir <a href="https://www.collectivites-locales.gouv.fr" rel="nofollow ugc noopener">' +
        'https://www.collectivites-locales.gouv.fr</a></p>\n',
    );
    expect(renderMarkdown('Écrire à contact@mairie.example')).toBe(
      '<p>Écrire à <a href="mailto:contact@mairie.example" rel="nofollow ugc">contact@mairie.example</a></p>\n',
    );
  });

  it('leaves links with a refused scheme as plain text', () => {
    expect(renderMarkdown('[a](javascript:alert(1))')).toBe('<p>[a](javascript:alert(1))</p>\n');
    expect(renderMarkdown('<javascript:alert(1)>')).toBe('<p>&lt;javascript:alert(1)&gt;</p>\n');
  });
});

describe('renderMarkdown images', () => {
  it('renders an image as a link labelled with its alt text', () => {
    const html = renderMarkdown('![Plan du quartier](https://example.org/plan.png "Le plan")');
    expect(html).toBe(
      '<p><a href="https://example.org/plan.png" title="Le plan" rel="nofollow ugc noopener">Plan du quartier</a></p>\n',
    );
    expect(html).not.toContain('<img');
  });

  it('uses the URL as label when the alt text is empty', () => {
    expect(renderMarkdown('![](/uploads/plan.png)')).toBe(
      '<p><a href="/uploads/plan.png">/uploads/plan.png</a></p>\n',
    );
  });

  it('applies the same-origin rule to images', () => {
    expect(renderMarkdown(`![p](${SITE_ORIGIN}/p.png)`, { siteOrigin: SITE_ORIGIN })).toBe(
      `<p><a href="${SITE_ORIGIN}/p.png">p</a></p>\n`,
    );
  });

  it('escapes the alt text', () => {
    expect(renderMarkdown('![a <b> & "c"](https://example.org/x.png)')).toContain(
      '>a &lt;b&gt; &amp; &quot;c&quot;</a>',
    );
  });

  it('does not nest a link inside a link', () => {
    expect(renderMarkdown('[![badge](https://example.org/b.svg)](https://example.org)')).toBe(
      '<p><a href="https://example.org" rel="nofollow ugc noopener">badge</a></p>\n',
    );
  });

  it('renders images with a refused URL as text', () => {
    const html = renderMarkdown('![x](javascript:alert(1)) ![y][r]\n\n[r]: data:image/png;base64,AAAA');
    expect(html).not.toMatch(/<a[\s>]/);
    expect(html).not.toContain('<img');
  });
});

describe('renderMarkdown heading ids', () => {
  it('builds French-friendly prefixed slugs', () => {
    expect(renderMarkdown('# Éclairage public')).toBe(
      '<h1 id="section-eclairage-public">Éclairage public</h1>\n',
    );
    expect(renderMarkdown('## Cœur de ville : œuvres & Ægée')).toContain(
      'id="section-coeur-de-ville-oeuvres-aegee"',
    );
    expect(renderMarkdown('### Ça `marche` *très* bien [ici](/x) !')).toContain(
      'id="section-ca-marche-tres-bien-ici"',
    );
  });

  it('gives every level an id', () => {
    const html = renderMarkdown('# a\n## b\n### c\n#### d\n##### e\n###### f');
    for (const [level, letter] of ['a', 'b', 'c', 'd', 'e', 'f'].entries()) {
      expect(html).toContain(`<h${level + 1} id="section-${letter}">${letter}</h${level + 1}>`);
    }
    expect(renderMarkdown('Titre\n=====\n\nSous-titre\n---')).toBe(
      '<h1 id="section-titre">Titre</h1>\n<h2 id="section-sous-titre">Sous-titre</h2>\n',
    );
  });

  it('prefixes names that could clobber DOM globals', () => {
    expect(renderMarkdown('# cookie')).toBe('<h1 id="section-cookie">cookie</h1>\n');
    expect(renderMarkdown('# \\_\\_proto\\_\\_')).toBe('<h1 id="section-proto">__proto__</h1>\n');
    expect(renderMarkdown('## `location`')).toBe('<h2 id="section-location"><code>location</code></h2>\n');
  });

  it('deduplicates ids within a document, not across documents', () => {
    const source = '# Éclairage public\n## Eclairage   PUBLIC\n### éclairage-public\n# x 2\n# x\n# x';
    const html = renderMarkdown(source);
    expect(html).toContain('<h1 id="section-eclairage-public">');
    expect(html).toContain('<h2 id="section-eclairage-public-2">');
    expect(html).toContain('<h3 id="section-eclairage-public-3">');
    expect(html).toContain('<h1 id="section-x-2">x 2</h1>');
    expect(html).toContain('<h1 id="section-x">x</h1>');
    expect(html).toContain('<h1 id="section-x-3">x</h1>');
    expect(renderMarkdown(source)).toBe(html);
  });

  it('uses "section" when the slug is empty', () => {
    expect(renderMarkdown('# !!!\n# 🎉')).toBe('<h1 id="section">!!!</h1>\n<h1 id="section-2">🎉</h1>\n');
  });
});

describe('MarkdownRenderer', () => {
  it('renders like renderMarkdown', () => {
    const source = '# Titre\n\n[a](https://example.org) ![b](/b.png)';
    expect(new MarkdownRenderer().render(source)).toBe(renderMarkdown(source));
    expect(new MarkdownRenderer({ siteOrigin: SITE_ORIGIN }).render(source)).toBe(
      renderMarkdown(source, { siteOrigin: SITE_ORIGIN }),
    );
  });

  it('refuses an invalid siteOrigin', () => {
    expect(() => new MarkdownRenderer({ siteOrigin: 'not a url' })).toThrow(TypeError);
    expect(() => new MarkdownRenderer({ siteOrigin: 'javascript:alert(1)' })).toThrow(TypeError);
  });

  it('throws a RangeError above the length limit', () => {
    const atLimit = 'a'.repeat(MAX_MARKDOWN_SOURCE_LENGTH);
    expect(MAX_MARKDOWN_SOURCE_LENGTH).toBe(100_000);
    expect(renderMarkdown(atLimit)).toBe(`<p>${atLimit}</p>\n`);
    expect(() => renderMarkdown(`${atLimit}a`)).toThrow(RangeError);
    expect(() => new MarkdownRenderer().render(`${atLimit}a`)).toThrow(RangeError);
  });
});
