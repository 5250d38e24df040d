import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import type { Article } from '../core/article.js'
import { type ReadResult, readArticles } from './read-articles.js'

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/inputs/', import.meta.url))
const fixture = (name: string) => join(FIXTURES, name)

const scratch = mkdtempSync(join(tmpdir(), 'parley-ingest-'))
after(() => rmSync(scratch, { recursive: true, force: true }))
const writeScratch = (name: string, content: string | Uint8Array) => {
  const path = join(scratch, name)
  writeFileSync(path, content)
  return path
}

const ENGLISH_BODY =
  'Negotiators met again in Geneva on Tuesday, the first session since the talks collapsed in January, ' +
  'and they said that the next round would start on Thursday.'

function onlyArticle(results: ReadResult[]): Article {
  assert.equal(results.length, 1)
  const [result] = results
  assert.ok(result?.ok, `expected an article, got ${JSON.stringify(result)}`)
  return result.article
}

function onlyFailure(results: ReadResult[]): { input: string; message: string } {
  assert.equal(results.length, 1)
  const [result] = results
  assert.ok(result && !result.ok, `expected a failure, got ${JSON.stringify(result)}`)
  return result
}

test('html: article paragraphs kept, nav, share buttons, caption, "More stories" and footer dropped', () => {
  const article = onlyArticle(readArticles(fixture('talks-page.html')))
  assert.equal(article.headline, 'Ceasefire talks resume in Geneva')
  assert.match(article.text, /^Negotiators from the two governments met again in Geneva on Tuesday/)
  assert.match(article.text, /“We are here to listen, not to lecture,” said Marta Lind/)
  assert.match(article.text, /release of about 300 detainees\.$/)
  assert.equal(article.text.split('\n\n').length, 4, 'four paragraphs, separated by a blank line')
  for (const chrome of [
    'Home',
    'Politics',
    'Share on Facebook',
    'Email',
    'More stories',
    'Flood warnings',
    '©',
    'Privacy',
  ]) {
    assert.ok(!article.text.includes(chrome), `"${chrome}" should not be in the text`)
  }
  assert.ok(!article.text.includes('Delegates arrive'), 'photo caption dropped')
})

test('html: metadata from meta tags, article:published_time before JSON-LD, date as written', () => {
  const article = onlyArticle(readArticles(fixture('talks-page.html'), { published: '2000-01-01', source: 'Flag' }))
  assert.equal(article.published, '2024-03-05')
  assert.equal(article.source, 'The Lakeside Courier')
  assert.equal(article.url, 'https://courier.example/world/geneva-talks')
  assert.equal(article.input, fixture('talks-page.html'))
})

test('html: date from JSON-LD or <time datetime> when there is no meta tag', () => {
  const body = `<p>${ENGLISH_BODY}</p><p>${ENGLISH_BODY}</p>`
  const jsonLd = `<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2023-11-02T09:00:00+01:00"}]}</script>`
  const fromJsonLd = writeScratch(
    'ld.html',
    `<html><head>${jsonLd}</head><body><article>${body}</article></body></html>`,
  )
  assert.equal(onlyArticle(readArticles(fromJsonLd)).published, '2023-11-02')
  const time = '<time datetime="2022-06-30T12:00:00Z">June 30</time>'
  const fromTime = writeScratch('time.htm', `<html><body><article>${time}${body}</article></body></html>`)
  assert.equal(onlyArticle(readArticles(fromTime)).published, '2022-06-30')
})

test('html: teaser links and hover cards are dropped, embedded posts kept', () => {
  const paragraph = (text: string) => `<p>${text} ${ENGLISH_BODY}</p>`
  const html = `<html><body><article>
    ${paragraph('First.')}
    <p>The envoy <a href="/people/lind">Marta Lind</a><span class="rollover-people"><a href="/people/lind">Marta Lind</a><a href="/story/1">Ferry strike enters its third week as talks stall</a></span> arrived.</p>
    <p><a href="/2024/05/ferry-strike-third-week">Ferry strike enters its third week as talks stall</a> [VIDEO]</p>
    <p>Get the phrasebook <a href="https://shop.example/book">at the shop for $12.99</a></p>
    ${paragraph('Second.')}
    <div class="social-embed"><blockquote class="twitter-tweet"><p>We will be at the table on Monday. <a href="https://t.co/x">https://t.co/x</a></p>— Marta Lind (@mlind) <a href="https://twitter.com/mlind/status/1">May 3, 2024</a></blockquote></div>
    ${paragraph('Third.')}
  </article></body></html>`
  const article = onlyArticle(readArticles(writeScratch('teasers.html', html)))
  assert.match(article.text, /The envoy Marta Lind arrived\./)
  assert.doesNotMatch(article.text, /third week/)
  assert.ok(article.removed.includes('Ferry strike enters its third week as talks stall [VIDEO]'))
  assert.match(article.text, /Get the phrasebook at the shop for \$12\.99/)
  assert.match(article.text, /We will be at the table on Monday\./)
  assert.match(article.text, /— Marta Lind \(@mlind\) May 3, 2024/)
})

test('html: a page with no article is a failure', () => {
  assert.deepEqual(onlyFailure(readArticles(fixture('section-front.html'))), {
    ok: false,
    input: fixture('section-front.html'),
    message: 'no article text found',
  })
})

test('txt: first non-empty line is the headline; chrome above it and around the body is removed', () => {
  const article = onlyArticle(readArticles(fixture('talks-with-chrome.txt'), { published: '2024-03-05T08:00:00Z' }))
  assert.equal(article.headline, 'Ceasefire talks resume in Geneva')
  assert.equal(
    article.text,
    'Negotiators met again in Geneva on Tuesday, the first session since the talks collapsed in January.\n\n' +
      '“We are here to listen, not to lecture,” said Marta Lind, the mediator. Read more about her role below.\n\n' +
      'The next session is scheduled for Thursday.',
  )
  assert.deepEqual(article.removed, [
    'Skip to content',
    'Advertisement',
    'Advertisement',
    'Related: Prisoner exchange stalls at the border',
    'Share this article',
    'MORE STORIES',
    'Flood warnings issued for the valley towns',
    'Council votes to reopen the old ferry route',
    'Five things to know about the new budget',
  ])
  assert.equal(article.published, '2024-03-05', '--published used and normalized')
  assert.equal(article.url, null)
})

test('txt: a headline with no body is a failure', () => {
  const path = writeScratch('headline-only.txt', '\n\nCeasefire talks resume\n\n')
  assert.equal(onlyFailure(readArticles(path)).message, 'no article text after the headline')
})

test('txt: CRLF line breaks and decomposed accents are normalized; both kinds of quote marks kept', () => {
  const path = writeScratch(
    'crlf.txt',
    `Cafe\u0301 talks\r\n\r\n"Yes," she said. \u201cNo,\u201d he said.\r\n${ENGLISH_BODY}\r\n`,
  )
  const article = onlyArticle(readArticles(path))
  assert.equal(article.headline, 'Café talks')
  assert.equal(article.text, `"Yes," she said. \u201cNo,\u201d he said.\n${ENGLISH_BODY}`)
})

test('txt: a non-English article gets a warning, an English one none', () => {
  const french = onlyArticle(readArticles(fixture('peace-talks-fr.txt')))
  assert.deepEqual(french.warnings, [
    'language does not look like English (few English function words); results will be poor',
  ])
  assert.deepEqual(onlyArticle(readArticles(fixture('talks-with-chrome.txt'))).warnings, [])
})

test('json: fields read and published normalized', () => {
  const article = onlyArticle(readArticles(fixture('talks.json'), { published: '2000-01-01', source: 'Flag' }))
  assert.equal(article.headline, 'Ceasefire talks resume in Geneva')
  assert.match(article.text, /^Negotiators met again in Geneva/)
  assert.equal(article.published, '2024-03-05')
  assert.equal(article.source, 'The Lakeside Courier')
  assert.equal(article.url, 'https://courier.example/world/geneva-talks')
})

test('json: "text" is accepted for "body"; options fill what the object lacks', () => {
  const path = writeScratch('text.json', JSON.stringify({ headline: 'Talks', text: ENGLISH_BODY }))
  const article = onlyArticle(readArticles(path, { published: '2024-03-05', source: 'Wire' }))
  assert.equal(article.text, ENGLISH_BODY)
  assert.equal(article.published, '2024-03-05')
  assert.equal(article.source, 'Wire')
})

test('json: an HTML body is converted to paragraphs, with a warning', () => {
  const path = writeScratch(
    'html-body.json',
    JSON.stringify({ headline: 'Talks', body: `<p>${ENGLISH_BODY}</p><p>Second.</p>` }),
  )
  const article = onlyArticle(readArticles(path))
  assert.equal(article.text, `${ENGLISH_BODY}\n\nSecond.`)
  assert.deepEqual(article.warnings, ['the body was HTML; it was converted to plain text'])
})

test('json: an invalid date is ignored with a warning', () => {
  const path = writeScratch(
    'bad-date.json',
    JSON.stringify({ headline: 'Talks', body: ENGLISH_BODY, published: 'Tuesday' }),
  )
  const article = onlyArticle(readArticles(path))
  assert.equal(article.published, null)
  assert.deepEqual(article.warnings, ['"published" is not an ISO date (YYYY-MM-DD): "Tuesday"; ignored'])
})

const BAD_JSON: [string, string][] = [
  ['{"headline": "Talks", ', 'invalid JSON: '],
  [
    '[{"headline": "Talks"}]',
    'expected a JSON object, found an array (for several articles, use .jsonl: one per line)',
  ],
  ['"just a string"', 'expected a JSON object, found a string'],
  ['{"headline": "Talks"}', 'missing "body" (or "text"): the article text'],
  ['{"headline": 42, "body": "Text."}', '"headline" must be a string, found a number'],
  ['{"headline": "Talks", "body": ["a"]}', '"body" must be a string, found an array'],
  ['{"headline": "Talks", "body": "Text.", "url": {}}', '"url" must be a string, found an object'],
  ['{"headline": "Talks", "body": "   "}', 'no article text found (the body is empty)'],
]
for (const [content, message] of BAD_JSON) {
  test(`json: ${content} fails with "${message}"`, () => {
    const path = writeScratch('bad.json', content)
    const failure = onlyFailure(readArticles(path))
    assert.equal(failure.input, path)
    assert.ok(failure.message.startsWith(message), failure.message)
  })
}

test('jsonl: one result per line, named FILE:LINE; bad lines fail alone; blank lines skipped', () => {
  const path = fixture('feed.jsonl')
  const results = readArticles(path, { published: '2020-01-01' })
  assert.deepEqual(
    results.map((result) => (result.ok ? [result.article.input, 'ok'] : [result.input, result.message])),
    [
      [`${path}:1`, 'ok'],
      [`${path}:3`, 'invalid JSON: Unexpected end of JSON input'],
      [`${path}:4`, 'missing "body" (or "text"): the article text'],
      [`${path}:5`, 'ok'],
      [`${path}:6`, 'expected a JSON object, found an array'],
    ],
  )
  const [first, , , fifth] = results
  assert.ok(first?.ok && fifth?.ok)
  assert.equal(first.article.published, '2024-03-05', 'its own date wins')
  assert.equal(fifth.article.published, '2020-01-01', '--published fills in')
})

test('stdin: "-" is plain text with input "-"', () => {
  const article = onlyArticle(readArticles('-', { stdin: () => `Talks resume\n\n${ENGLISH_BODY}` }))
  assert.equal(article.input, '-')
  assert.equal(article.headline, 'Talks resume')
  assert.equal(article.text, ENGLISH_BODY)
  assert.equal(onlyFailure(readArticles('-', { stdin: () => ' \n' })).message, 'empty input')
})

test('unknown extension: plain text, or HTML when it starts as a page', () => {
  const text = writeScratch('article.md', `Talks resume\n${ENGLISH_BODY}`)
  assert.equal(onlyArticle(readArticles(text)).headline, 'Talks resume')
  const page = writeScratch(
    'article.php',
    `<!DOCTYPE html><html><body><article><p>${ENGLISH_BODY}</p></article></body></html>`,
  )
  assert.equal(onlyArticle(readArticles(page)).text, ENGLISH_BODY)
})

test('bad files fail with one clear line, never a throw', () => {
  const cases: [string, string][] = [
    [join(scratch, 'missing.txt'), 'no such file'],
    [scratch, 'is a directory'],
    [writeScratch('empty.txt', ''), 'empty file'],
    [writeScratch('blank.txt', '  \n\n '), 'empty file (only whitespace)'],
    [
      writeScratch('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
      'binary file, not text',
    ],
    [
      writeScratch('controls.txt', new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 ? 0x41 : 0x02)))),
      'binary file, not text',
    ],
    [
      writeScratch('latin1.txt', new Uint8Array([0x93, 0x48, 0x69, 0x94, 0x0a, 0x41])),
      'not valid UTF-8 text; convert it first',
    ],
  ]
  for (const [path, message] of cases) {
    const failure = onlyFailure(readArticles(path))
    assert.equal(failure.input, path)
    assert.ok(failure.message.startsWith(message), `${path}: ${failure.message}`)
  }
})

test('a file over 20 MB is refused before it is read', () => {
  const path = writeScratch('huge.txt', '')
  truncateSync(path, 50 * 1024 * 1024) // sparse: takes no disk space and would be NUL bytes if read
  assert.equal(onlyFailure(readArticles(path)).message, 'file too large (50.0 MB; the limit is 20 MB)')
})

test('UTF-16 with a byte-order mark is decoded', () => {
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`Talks resume\n${ENGLISH_BODY}`, 'utf16le')])
  assert.equal(onlyArticle(readArticles(writeScratch('notepad.txt', utf16))).headline, 'Talks resume')
})

test('HTML declaring a legacy charset is decoded with it', () => {
  const html = `<html><head><meta charset="windows-1252"></head><body><article><p>\u201cYes,\u201d ${ENGLISH_BODY}</p></article></body></html>`
  const bytes = Uint8Array.from(html, (char) => ({ '\u201c': 0x93, '\u201d': 0x94 })[char] ?? char.charCodeAt(0))
  assert.equal(onlyArticle(readArticles(writeScratch('legacy.html', bytes))).text, `\u201cYes,\u201d ${ENGLISH_BODY}`)
})

test('txt: a clock time glued to the end of the headline is dropped; one set apart by words stays', () => {
  const glued = onlyArticle(
    readArticles(writeScratch('glued.txt', `Court to rule on the port dispute06:35\n\n${ENGLISH_BODY}`)),
  )
  assert.equal(glued.headline, 'Court to rule on the port dispute')
  const kept = onlyArticle(readArticles(writeScratch('kept.txt', `Talks resume at 06:35\n\n${ENGLISH_BODY}`)))
  assert.equal(kept.headline, 'Talks resume at 06:35')
})
