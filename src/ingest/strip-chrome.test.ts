import assert from 'node:assert/strict'
import { test } from 'node:test'
import { articleFromPlainText } from './article-from-text.js'
import { stripChrome } from './strip-chrome.js'

const P1 = 'Negotiators met again in Geneva on Tuesday, the first session since the talks collapsed.'
const P2 = '“We are here to listen,” said Marta Lind, the mediator.'

// [name, text, expected text, expected removed]
const CASES: [string, string, string, string[]][] = [
  ['chrome at the start', `Skip to content\nAdvertisement\n${P1}`, P1, ['Skip to content', 'Advertisement']],
  [
    'footer at the end',
    `${P1}\n\n© 2024 The Courier\nPrivacy policy\nBack to top`,
    P1,
    ['© 2024 The Courier', 'Privacy policy', 'Back to top'],
  ],
  [
    'lone chrome lines between paragraphs',
    `${P1}\n\nADVERTISEMENT\n\nShare this article\n\n${P2}`,
    `${P1}\n\n${P2}`,
    ['ADVERTISEMENT', 'Share this article'],
  ],
  [
    'teasers anywhere',
    `${P1}\n\nRelated: Talks stall\n\nREAD MORE: Who is Lind?\n\n${P2}`,
    `${P1}\n\n${P2}`,
    ['Related: Talks stall', 'READ MORE: Who is Lind?'],
  ],
  [
    'newsletter prompt',
    `${P1}\nSign up for our free daily newsletter on the war\n${P2}`,
    `${P1}\n${P2}`,
    ['Sign up for our free daily newsletter on the war'],
  ],
  [
    'link block after a More stories heading',
    `${P1}\n\nMORE STORIES\nFlood warnings for the valley\nFerry route reopens?\n\n`,
    P1,
    ['MORE STORIES', 'Flood warnings for the valley', 'Ferry route reopens?'],
  ],
  [
    'link block, then a footer',
    `${P1}\n\nYou may also like...\nFlood warnings\nFerry route reopens\n© 2024 Courier`,
    P1,
    ['You may also like...', 'Flood warnings', 'Ferry route reopens', '© 2024 Courier'],
  ],
  ['breadcrumb at the start', `Home | World | Europe\n${P1}`, P1, ['Home | World | Europe']],
  [
    'menu of short lines at the start',
    `Local\nUS & World\nSports\nBusiness\n${P1}`,
    P1,
    ['Local', 'US & World', 'Sports', 'Business'],
  ],
  [
    'byline and dateline',
    `By Jane Smith - Reuters\nUpdated 5:27 am, November 20, 2024\n${P1}`,
    P1,
    ['By Jane Smith - Reuters', 'Updated 5:27 am, November 20, 2024'],
  ],
  [
    'caption with a photo credit',
    `${P1}\nDelegates arrive in Geneva (AP Photo/Jane Smith)\n${P2}`,
    `${P1}\n${P2}`,
    ['Delegates arrive in Geneva (AP Photo/Jane Smith)'],
  ],
  [
    'a story link tagged in capitals between paragraphs',
    `${P1}\nGeneva delegates walk out over seating plan [VIDEO]\n${P2}`,
    `${P1}\n${P2}`,
    ['Geneva delegates walk out over seating plan [VIDEO]'],
  ],
  [
    'a kicker in capitals over a teaser headline',
    `${P1}\nHARBOUR DRAMA\nFerry captain refuses to sail until the strike is settled\n${P2}`,
    `${P1}\n${P2}`,
    ['HARBOUR DRAMA', 'Ferry captain refuses to sail until the strike is settled'],
  ],
  ['a section name above the story', `World & Politics\n${P1}`, P1, ['World & Politics']],
  [
    "the author's contact note at the end",
    `${P1}\n${P2}\nAnna Berg covers diplomacy. Follow her on Twitter @annaberg or write to anna@courier.example.`,
    `${P1}\n${P2}`,
    ['Anna Berg covers diplomacy. Follow her on Twitter @annaberg or write to anna@courier.example.'],
  ],
  [
    'a shortcode the site did not render',
    `${P1}\n[button link="/tips" size="big"]Send us your tip[/button]\n${P2}`,
    `${P1}\n${P2}`,
    ['[button link="/tips" size="big"]Send us your tip[/button]'],
  ],
]
for (const [name, text, expected, removed] of CASES) {
  test(`stripChrome removes ${name}`, () => {
    assert.deepEqual(stripChrome(text), { text: expected, removed })
  })
}

// Real sentences that look a little like chrome must survive.
const KEPT = [
  'Read more about the plan in the ministry statement, officials said.',
  'The advertisement ran in three newspapers on Sunday.',
  'Related talks in Vienna ended without a deal.',
  'Published in 2019, the report found that 300 civilians had died.',
  'By Monday, the talks had collapsed.',
  'Share prices fell 3% after the announcement.',
  'Video footage showed troops crossing the river.',
  'Copyright disputes were not on the agenda.',
  'More than 200 delegates attended.',
  // A name alone is a byline, not a section; a table's header is not a kicker.
  'Marta Lind',
  'W L PCT GB\nNORTH 74 59 .556 -',
  '"(CROSSTALK.)\n"LIND: Will the delegates from the north be there tomorrow?',
]
for (const sentence of KEPT) {
  test(`stripChrome keeps "${sentence}" at the start, middle and end`, () => {
    const text = `${sentence}\n\n${P1}\n\n${sentence}\n\n${P2}\n\n${sentence}`
    assert.deepEqual(stripChrome(text), { text, removed: [] })
  })
}

test('stripChrome keeps a final block of short paragraphs that are sentences after a heading', () => {
  const text = `${P1}\n\nRelated coverage\nThe talks resumed on Tuesday.\nLind said the talks would go on.`
  assert.deepEqual(stripChrome(text), {
    text: `${P1}\n\nThe talks resumed on Tuesday.\nLind said the talks would go on.`,
    removed: ['Related coverage'],
  })
})

test('stripChrome keeps a contact address quoted inside the story', () => {
  const text = `${P1}\nThe union asked members to write to the board at board@union.example before Friday, Lind said.\n${P2}`
  assert.deepEqual(stripChrome(text), { text, removed: [] })
})

test('a headline may carry its own tag in capitals', () => {
  const article = articleFromPlainText('t.txt', `Delegates walk out in Geneva [VIDEO]\n${P1}`)
  assert.equal(article.headline, 'Delegates walk out in Geneva [VIDEO]')
  assert.equal(article.text, P1)
})

test('stripChrome drops a copy of the headline at the start', () => {
  assert.deepEqual(stripChrome(`Talks resume\n\n${P1}`, { headline: 'Talks resume' }), {
    text: P1,
    removed: ['Talks resume'],
  })
})

test('stripChrome keeps a Japanese paragraph (no spaces, so one "word")', () => {
  const text = 'ネゴシエーターは火曜日にジュネーブで再び会談した。\n交渉は続く。'
  assert.deepEqual(stripChrome(text), { text, removed: [] })
})
