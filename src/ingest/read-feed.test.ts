import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { readArticles } from './read-articles.js'
import { isFeed, parseFeed } from './read-feed.js'

const scratch = mkdtempSync(join(tmpdir(), 'parley-feed-'))
after(() => rmSync(scratch, { recursive: true, force: true }))

const BODY =
  'Negotiators met again in Geneva on Tuesday, the first session since the talks collapsed in January, ' +
  'and they said that the next round would start on Thursday.'

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Meridian Wire</title>
    <item>
      <title>Talks resume in Geneva</title>
      <link>https://meridianwire.test/a</link>
      <pubDate>Tue, 25 Nov 2025 09:30:00 GMT</pubDate>
      <description>Short teaser.</description>
      <content:encoded><![CDATA[<p>${BODY}</p><p>“We are here to listen,” said Marta Lind.</p>]]></content:encoded>
    </item>
    <item>
      <title>An empty item</title>
      <description></description>
    </item>
  </channel>
</rss>`

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Eastbridge Post</title>
  <entry>
    <title>Kyiv studies the plan</title>
    <link rel="alternate" href="https://eastbridge.test/b"/>
    <published>2025-11-21T08:00:00+02:00</published>
    <content type="html">&lt;p&gt;${BODY}&lt;/p&gt;</content>
  </entry>
</feed>`

test('feeds: RSS items become articles with headline, date, outlet and link; a bad item fails alone', () => {
  const path = join(scratch, 'wire.rss')
  writeFileSync(path, RSS)
  const [good, empty] = readArticles(path)
  assert.ok(good?.ok, JSON.stringify(good))
  assert.equal(good.article.input, `${path}#1`)
  assert.equal(good.article.headline, 'Talks resume in Geneva')
  assert.equal(good.article.published, '2025-11-25')
  assert.equal(good.article.source, 'Meridian Wire')
  assert.equal(good.article.url, 'https://meridianwire.test/a')
  assert.equal(
    good.article.text,
    `${BODY}\n\n“We are here to listen,” said Marta Lind.`,
    'content:encoded, not the teaser',
  )
  assert.ok(empty && !empty.ok)
  assert.equal(empty.input, `${path}#2`)
})

test('feeds: Atom entries, found by content even in a .xml file', () => {
  const path = join(scratch, 'feed.xml')
  writeFileSync(path, ATOM)
  const [entry] = readArticles(path)
  assert.ok(entry?.ok, JSON.stringify(entry))
  assert.equal(entry.article.headline, 'Kyiv studies the plan')
  assert.equal(entry.article.published, '2025-11-21')
  assert.equal(entry.article.url, 'https://eastbridge.test/b')
  assert.equal(entry.article.text, BODY)
})

test('feeds: detection and one-line failures', () => {
  assert.ok(isFeed(RSS) && isFeed(ATOM) && !isFeed('<html><body>x</body></html>'))
  assert.throws(() => parseFeed('x.rss', '<opml><body/></opml>'), /not an RSS or Atom feed/)
  const path = join(scratch, 'broken.rss')
  writeFileSync(path, '<rss><channel><title>T</title></channel></rss>')
  assert.deepEqual(readArticles(path), [{ ok: false, input: path, message: 'the feed has no items' }])
})
