import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createAnalyzer } from '../../../analyzer.js'
import { articleFromPlainText } from '../../../ingest/article-from-text.js'

const analyzer = createAnalyzer()

/** Quotes of a one-paragraph article as "kind|speaker|text" lines: the speaker entity's name, else `speakerName`. */
function quotesOf(body: string): string[] {
  const analysis = analyzer.analyze(articleFromPlainText('test.txt', `Talks stall\n\n${body}`))
  const nameOf = (id: string | null) => analysis.entities.find((entity) => entity.id === id)?.name
  return analysis.quotes.map((q) => `${q.kind}|${nameOf(q.speaker) ?? q.speakerName ?? '-'}|${q.text}`)
}

/** The cue lemma of each quote. */
function cuesOf(body: string): (string | null)[] {
  return analyzer.analyze(articleFromPlainText('test.txt', `Talks stall\n\n${body}`)).quotes.map((q) => q.cue)
}

/** `speakerName` of each quote: the speaker as its attribution writes it. */
function speakerNamesOf(body: string): (string | null)[] {
  return analyzer.analyze(articleFromPlainText('test.txt', `Talks stall\n\n${body}`)).quotes.map((q) => q.speakerName)
}

test('quotes: speakerName is the source as the attribution writes it, with title, party tag and apposition', () => {
  const body =
    '"We will not sign," said Sen. Ana Ruiz (D-Ore.), who chairs the trade panel. ' +
    'Tomas Berg, a historian who attended the session, said the vote was close. ' +
    'He said the talks would resume. ' +
    '"Nothing is agreed," said Lena Olsen, the union\'s negotiator, adding that members would vote. ' +
    'Halvorsen, speaking to reporters before his flight home, insisted that the talks had been useful.'
  assert.deepEqual(speakerNamesOf(body), [
    'Sen. Ana Ruiz (D-Ore.), who chairs the trade panel',
    'Tomas Berg, a historian who attended the session',
    'Tomas Berg',
    "Lena Olsen, the union's negotiator",
    "Lena Olsen, the union's negotiator",
    // A participle clause is what the speaker did, not who the speaker is.
    'Halvorsen',
  ])
  // Words before the name that are no title of it are dropped.
  assert.deepEqual(speakerNamesOf('Diplomats met for 96 hours and US envoy Tomas Berg said talks must go on.'), [
    'Tomas Berg',
  ])
  // A fear reported without "that" ends where another speaker's report begins.
  assert.deepEqual(
    speakerNamesOf('Officials feared Kyiv could fall within 96 hours and US envoy Tomas Berg said talks must go on.'),
    ['Officials', 'US envoy Tomas Berg'],
  )
})

test('quotes: typewriter double apostrophes mark a quotation', () => {
  assert.deepEqual(quotesOf("''We will not sign a paper we have not read,'' said Mr. Haddad, the trade minister."), [
    'direct|Haddad|We will not sign a paper we have not read',
  ])
})

test('quotes: a title abbreviation does not end the sentence before the speaker', () => {
  assert.deepEqual(quotesOf('Rep. Ana Ruiz (D-N.M.) said the bill would not pass this year.'), [
    'indirect|Ana Ruiz|the bill would not pass this year',
  ])
})

test('quotes: two reports in one sentence get one quote each', () => {
  assert.deepEqual(quotesOf('Ms. Okafor said the deal was fair, and Mr. Lindqvist said it was a mistake.'), [
    'indirect|Okafor|the deal was fair',
    'indirect|Lindqvist|it was a mistake',
  ])
})

test('quotes: a coordinated speech verb shares the subject', () => {
  assert.deepEqual(
    quotesOf('The union said wages had risen, but warned that strikes would continue through the winter.'),
    ['indirect|The union|wages had risen', 'indirect|The union|strikes would continue through the winter'],
  )
})

test('quotes: reported words end at a semicolon', () => {
  assert.deepEqual(quotesOf('Farmers said the price was too low; prices have fallen for three years.'), [
    'indirect|Farmers|the price was too low',
  ])
})

test('quotes: ", saying" reports the words of the sentence subject', () => {
  assert.deepEqual(quotesOf('Mayor Ines Barros rejected the proposal, saying the city could not afford it.'), [
    'indirect|Ines Barros|the proposal',
    'indirect|Ines Barros|the city could not afford it',
  ])
})

test('quotes: what someone calls for, plans or criticizes is reported with its object', () => {
  assert.deepEqual(
    quotesOf('The nurses union called for an independent inquiry into the closures. Ms. Adeyemi plans to appeal.'),
    ['indirect|The nurses union|an independent inquiry into the closures', 'indirect|Adeyemi|to appeal'],
  )
})

test('quotes: a closing "according to" covers the whole sentence', () => {
  assert.deepEqual(
    quotesOf('Ministers want a deal by May, while farmers are demanding more aid, according to Ms. Ruiz.'),
    ['indirect|Ruiz|Ministers want a deal by May, while farmers are demanding more aid'],
  )
})

test('quotes: an attribution inside the reported words', () => {
  assert.deepEqual(quotesOf('The new bridge, Barros said, would open in the spring.'), [
    'indirect|Barros|The new bridge, Barros said, would open in the spring',
  ])
})

test('quotes: an inverted attribution may end with an apposition', () => {
  assert.deepEqual(quotesOf('The first ads could run this week, said Tomas Weir, an adviser to the campaign.'), [
    'indirect|Tomas Weir|The first ads could run this week',
  ])
})

test('quotes: a transcript turn opened by a name in capitals is that speaker’s direct quote', () => {
  const body =
    'Partial transcript:\n\nHOST: Will the minister attend the summit?\n\nOKAFOR: I will be there. We have nothing to hide.'
  assert.deepEqual(quotesOf(body), [
    'direct|HOST|Will the minister attend the summit?',
    'direct|OKAFOR|I will be there. We have nothing to hide.',
  ])
})

test('quotes: an outlet\'s note before a colon ("CORRECTION:", "UPDATE:") is no speaker\'s turn', () => {
  const body =
    'CORRECTION: The port authority said the ferry would sail on Monday, not Sunday.\n\n' +
    'UPDATE: The council said the vote would be held on Friday.'
  assert.deepEqual(quotesOf(body), [
    'indirect|The port authority|the ferry would sail on Monday, not Sunday',
    'indirect|council|the vote would be held on Friday',
  ])
})

test('quotes: a name after a dash at the end of the line signs the quote', () => {
  assert.deepEqual(
    quotesOf('“The river is our only road to the market.” ― Lucia Mendes\n\n“We need the bridge.” — Omar Haddad'),
    ['direct|Lucia Mendes|The river is our only road to the market.', 'direct|Omar Haddad|We need the bridge.'],
  )
})

test('quotes: verbs joined by "and" share the subject, past an aside', () => {
  assert.deepEqual(
    quotesOf('Senator Ruth Adler, in particular, has criticized the port deal and called for a new tender.'),
    ['indirect|Ruth Adler|the port deal', 'indirect|Ruth Adler|a new tender'],
  )
})

test('quotes: a channel in -ing speaks for the subject of the sentence', () => {
  assert.deepEqual(quotesOf('The ministry issued a statement on Friday saying that the border would stay closed.'), [
    'indirect|The ministry|the border would stay closed',
  ])
})

test('quotes: a time between subject and cue is not the speaker', () => {
  assert.deepEqual(quotesOf('The port authority just this month announced it would raise fees.'), [
    'indirect|The port authority|it would raise fees',
  ])
})

test('quotes: a reported question and a participle in -ing', () => {
  assert.deepEqual(
    quotesOf('Reporters asked whether the ferry would resume. The mayor agreed, adding that the pier needed repairs.'),
    ['indirect|Reporters|whether the ferry would resume', 'indirect|The mayor|the pier needed repairs'],
  )
})

test('quotes: a name in apposition after a description is the speaker', () => {
  assert.deepEqual(quotesOf('The regional envoy, Amadou Diallo, said talks would resume in March.'), [
    'indirect|Amadou Diallo|talks would resume in March',
  ])
})

test('quotes: a group word opening a sentence is an anonymous source', () => {
  const analysis = analyzer.analyze(articleFromPlainText('t.txt', 'Talks\n\nDiplomats said a deal was unlikely.'))
  assert.equal(analysis.quotes[0]?.anonymous, true)
  assert.equal(analysis.quotes[0]?.speaker, null)
})

test('quotes: "expressed hope that …" reports the hope', () => {
  assert.deepEqual(quotesOf('The mayor expressed hope that the ferry would run again by spring.'), [
    'indirect|The mayor|hope that the ferry would run again by spring',
  ])
})

test('quotes: a long subject with a title, a party tag and an apposition still attributes the quote', () => {
  assert.deepEqual(
    quotesOf(
      '"The talks will resume next week in the capital," Gov. Elena Marsh (R-Ore.), the chair of the regional council, said Monday.',
    ),
    ['direct|Elena Marsh|The talks will resume next week in the capital'],
  )
})

test('quotes: a surname the tagger reads as a verb still names the speaker after the quote', () => {
  assert.deepEqual(quotesOf('"We will keep talking to them until the end," Hope said.'), [
    'direct|Hope|We will keep talking to them until the end',
  ])
})

test('quotes: a sentence cut after a party tag goes on to the speech verb', () => {
  assert.deepEqual(quotesOf('Sen. Maria Lund (D-Vt.) said the budget would pass before the recess.'), [
    'indirect|Maria Lund|the budget would pass before the recess',
  ])
})

test('quotes: a capitalized word the tagger reads as a verb, right before "said", is the speaker', () => {
  assert.deepEqual(quotesOf('Hope said the talks had stalled over the weekend.'), [
    'indirect|Hope|the talks had stalled over the weekend',
  ])
})

test('quotes: the object of an attitude verb ends before a relative clause or a second predicate', () => {
  assert.deepEqual(
    quotesOf(
      'The mayor likened the transit agency to a private bank, which angered its board. Ms. Ortega praised the new budget but also asked for more police.',
    ),
    [
      'indirect|The mayor|the transit agency to a private bank',
      'indirect|Ortega|the new budget',
      'indirect|Ortega|more police',
    ],
  )
})

test('quotes: a manner adverb in -ly may stand between the subject and the cue', () => {
  assert.deepEqual(quotesOf('The ministry wrongly stated that the bridge had been closed for repairs.'), [
    'indirect|The ministry|the bridge had been closed for repairs',
  ])
})

test('quotes: backing, mocking and asking for something report a stance on it', () => {
  assert.deepEqual(quotesOf('The farmers union backed the new water tariff. Senator Imre Vass mocked the proposal.'), [
    'indirect|The farmers union|the new water tariff',
    'indirect|Imre Vass|the proposal',
  ])
})

test('quotes: a signature line may end in a full stop or go on with an age', () => {
  assert.deepEqual(
    quotesOf(
      '“The buses never come on time in our part of town.”― Rosa Lindqvist.\n“We will keep asking the council until it listens to us.” ― Tomas Varga, 34',
    ),
    [
      'direct|Rosa Lindqvist|The buses never come on time in our part of town.',
      'direct|Tomas Varga|We will keep asking the council until it listens to us.',
    ],
  )
})

test('quotes: any verb before a colon introduces the quote, and "Said X:" is inverted', () => {
  assert.deepEqual(
    quotesOf(
      'Ms. Brandt continued: “The council has no plan for the winter and no money for one either.”\n\nSaid Mr. Oduya: “We have heard these promises every single year.”',
    ),
    [
      'direct|Brandt|The council has no plan for the winter and no money for one either.',
      'direct|Oduya|We have heard these promises every single year.',
    ],
  )
})

test('quotes: a place after "of" or inside a party tag does not take the speaker from the person', () => {
  assert.deepEqual(
    quotesOf('"The vote was rushed and nobody read the bill before it," said Rep. Maria Okonjo of New Mexico.'),
    ['direct|Maria Okonjo|The vote was rushed and nobody read the bill before it'],
  )
})

test("quotes: a month after a first name is the speaker's surname, not a time", () => {
  assert.deepEqual(
    quotesOf(
      'Former Prime Minister Harriet May said on Friday that the vote would be close. "We are ready," May said.',
    ),
    ['indirect|Harriet May|the vote would be close', 'direct|Harriet May|We are ready'],
  )
})

test('quotes: the addressee of "told" ends where the reported clause begins, without "that"', () => {
  assert.deepEqual(quotesOf('Ministry spokeswoman Irena Vass told reporters the convoy had crossed the border.'), [
    'indirect|Irena Vass|the convoy had crossed the border',
  ])
  assert.deepEqual(quotesOf('Ines Arroyo told him the vote would be delayed.'), [
    'indirect|Ines Arroyo|the vote would be delayed',
  ])
})

test('quotes: a quotation woven into the sentence is partial however long, one opening it is direct however short', () => {
  assert.deepEqual(
    quotesOf('The mayor, Lotte Brandt, called the plan "a gift to the developers and nobody else" on Monday.'),
    ['partial|Lotte Brandt|a gift to the developers and nobody else'],
  )
  assert.deepEqual(quotesOf('"We will win," said Paulo Reis at a rally in Braga.'), ['direct|Paulo Reis|We will win'])
})

test('quotes: "he" after "she" looks for someone else, and a name inside the quotation is not its speaker', () => {
  assert.deepEqual(
    quotesOf(
      'Ilinca Dobre and Teodor Mihai met in Vienna. She argued that the fund was too small, while he said his country could not pay more.',
    ),
    ['indirect|Ilinca Dobre|the fund was too small', 'indirect|Teodor Mihai|his country could not pay more'],
  )
  assert.deepEqual(quotesOf('Rita Kovacs chairs the panel. "I never thought Ivan Horvat would resign," she said.'), [
    'direct|Rita Kovacs|I never thought Ivan Horvat would resign',
  ])
})

test('quotes: a participle clause between subject and cue, and a clause after the attribution', () => {
  assert.deepEqual(
    quotesOf('Halvorsen, speaking to reporters before his flight home, insisted that the talks had been useful.'),
    ['indirect|Halvorsen|the talks had been useful'],
  )
  assert.deepEqual(
    quotesOf(
      'Nurses will strike again next week, union leader Dara Quinn said on Monday, after a meeting with the hospital board ended without a deal.',
    ),
    ['indirect|Dara Quinn|Nurses will strike again next week'],
  )
})

test('quotes: "the trade representative" is the person whose role has those words', () => {
  assert.deepEqual(
    quotesOf(
      'Trade Representative Mara Voss met the delegation. "We will not trade our leverage for a photo," the trade representative said.',
    ),
    ['direct|Mara Voss|We will not trade our leverage for a photo'],
  )
})

test('quotes: after "X asked Y why …", the pronoun that answers is Y', () => {
  assert.deepEqual(
    quotesOf(
      'Councillor Robin Hale asked Tomas Ferrant why the bridge had not been repaired. He said the money had run out.',
    ),
    ['indirect|Robin Hale|why the bridge had not been repaired', 'indirect|Tomas Ferrant|the money had run out'],
  )
})

test('quotes: "the union said" is the union the article named before', () => {
  assert.deepEqual(
    quotesOf('The Union of Bus Drivers represents most drivers in the region. The union said the talks had failed.'),
    ['indirect|Union of Bus Drivers|the talks had failed'],
  )
})

test('quotes: an adjunct after the cue ends at the reported subject; a gerund clause after a mid attribution is content', () => {
  assert.deepEqual(quotesOf('Senator Joan Pike said after the vote she would not run again.'), [
    'indirect|Joan Pike|she would not run again',
  ])
  assert.deepEqual(
    quotesOf('The first transfer went smoothly, Director Omar Haddad said, but moving the archive would take years.'),
    [
      'indirect|Omar Haddad|The first transfer went smoothly, Director Omar Haddad said, but moving the archive would take years',
    ],
  )
})

test('quotes: reported content stops before the reporter\'s own "although" aside', () => {
  assert.deepEqual(quotesOf('The test was the largest yet, the ministry said, although its yield is still unclear.'), [
    'indirect|the ministry|The test was the largest yet',
  ])
})

test('quotes: "according to police" and "according to exit polls", where the tagger reads a verb', () => {
  assert.deepEqual(quotesOf('According to police, the driver was not injured.'), [
    'indirect|police|the driver was not injured',
  ])
  assert.deepEqual(quotesOf('The mayor won a second term by six points, according to exit polls.'), [
    'indirect|exit polls|The mayor won a second term by six points',
  ])
})

test('quotes: a study "found" what it reports without "that"; the police finding a car is no report', () => {
  assert.deepEqual(quotesOf('One study found the levy would cost small farms 4 percent of their income.'), [
    'indirect|One study|the levy would cost small farms 4 percent of their income',
  ])
  assert.deepEqual(quotesOf('Police found the car had been abandoned near the border.'), [])
})

test('quotes: what polls show and what a panel found are reported, a noun phrase too; a TV show is no cue', () => {
  assert.deepEqual(quotesOf('Polls show a narrow lead for the governor in the northern districts.'), [
    'indirect|Polls|a narrow lead for the governor in the northern districts',
  ])
  assert.deepEqual(quotesOf('An arbitration panel found the ministry was in breach of the contract.'), [
    'indirect|An arbitration panel|the ministry was in breach of the contract',
  ])
  assert.deepEqual(quotesOf('The TV show that aired on Monday drew two million viewers.'), [])
})

test('quotes: a hyphenated modifier stays inside the source after "according to"', () => {
  assert.deepEqual(quotesOf('Rents rose fastest in the north, according to the state-funded Housing Institute.'), [
    'indirect|Housing Institute|Rents rose fastest in the north',
  ])
})

test('quotes: a first name the tagger calls a verb, a long aside before the cue, and a report that starts after a comma', () => {
  assert.deepEqual(quotesOf('"We will keep the office open," city press secretary Josh Brandt said.'), [
    'direct|Josh Brandt|We will keep the office open',
  ])
  assert.deepEqual(
    quotesOf('Governor Lena Ortiz, at a later news conference, said, "The roads will reopen tomorrow."'),
    ['direct|Lena Ortiz|The roads will reopen tomorrow.'],
  )
  assert.deepEqual(quotesOf('Back when he wrote his memoir, Mr. Varga said that he regretted the vote.'), [
    'indirect|Varga|he regretted the vote',
  ])
})

test('quotes: "…," the letter reads', () => {
  assert.deepEqual(quotesOf('"We ask the board to reconsider its vote," the letter reads.'), [
    'direct|the letter|We ask the board to reconsider its vote',
  ])
})

test('quotes: an aside "as X put it" or "as X noted" reports the rest of its sentence; the author\'s own does not', () => {
  assert.deepEqual(quotesOf('The reform was, as Senator Ida Kern put it, a gift to the landlords.'), [
    'indirect|Ida Kern|The reform was, as Senator Ida Kern put it, a gift to the landlords',
  ])
  assert.deepEqual(quotesOf('Exports are recovering, as the central bank noted on Monday.'), [
    'indirect|the central bank|Exports are recovering',
  ])
  assert.deepEqual(quotesOf('If, as I have argued, the tax is unfair, it should go.'), [])
})

test('quotes: a plan "met with a firm "no"" is the answer of the speaker named beside it', () => {
  assert.deepEqual(
    quotesOf(
      'The offer to share the port was met with a firm "no." Mayor Rui Campos questioned whether the plan was legal.',
    ),
    ['partial|Rui Campos|no.', 'indirect|Rui Campos|whether the plan was legal'],
  )
  // The answer takes the speaker only: "questioned" is no verb of its words.
  const [answer] = analyzer.analyze(
    articleFromPlainText(
      'test.txt',
      'Talks stall\n\nThe offer to share the port was met with a firm "no." Mayor Rui Campos questioned whether the plan was legal.',
    ),
  ).quotes
  assert.deepEqual([answer?.cue, answer?.cueSpan], [null, null])
})

test('quotes: a verb joined by a hyphen ("the U.S.-backed plan") reports nothing', () => {
  assert.deepEqual(quotesOf('The U.S.-backed proposal for a buffer zone drew objections from both sides.'), [])
})

test('quotes: a cognition verb reports a thought without "that" only when a subject and its verb follow', () => {
  assert.deepEqual(quotesOf('Senator Ana Ruiz knows the port accounts are being audited.'), [
    'indirect|Ana Ruiz|the port accounts are being audited',
  ])
  assert.deepEqual(
    quotesOf('Most farmers in the valley expect the drought to end by March.'),
    ['indirect|-|the drought to end by March'].map((line) => line.replace('-', 'Most farmers in the valley')),
  )
  assert.deepEqual(quotesOf('Mayor Tom Berg thought about it for a week. He knows the man who runs the shop.'), [])
})

test('quotes: a show named in quotation marks is whom something was told, not words said', () => {
  assert.deepEqual(quotesOf('Senator Ana Ruiz told "Face the Nation" that the bill would fail in the Senate.'), [
    'indirect|Ana Ruiz|the bill would fail in the Senate',
  ])
  assert.deepEqual(
    quotesOf('Mayor Tom Berg said the plan was "a disgrace" after he watched "Harbor Hour" on Monday.'),
    [
      'indirect|Tom Berg|the plan was "a disgrace" after he watched "Harbor Hour" on Monday',
      'partial|Tom Berg|a disgrace',
    ],
  )
})

test("quotes: a noun of saying with its that-clause reports its owner's words; a relative clause does not", () => {
  assert.deepEqual(quotesOf('Mayor Tom Berg stood by his warning that prices would rise.'), [
    'indirect|Tom Berg|prices would rise',
  ])
  assert.deepEqual(quotesOf("The mayor's claim that the bridge was safe drew ridicule."), [
    'indirect|The mayor|the bridge was safe',
  ])
  assert.deepEqual(quotesOf('Mayor Tom Berg broke the promise that he made to voters in May.'), [])
})

test('quotes: "X, who said …," reports X, and the relative clause ends at its comma', () => {
  assert.deepEqual(quotesOf('Senator Mia Holt, who in 2010 said the party had lost its way, declined to run again.'), [
    'indirect|Mia Holt|the party had lost its way',
  ])
  assert.deepEqual(quotesOf('The dockers, many of whom say the port is unsafe, will strike on Monday.'), [
    'indirect|The dockers|the port is unsafe',
  ])
})

test('quotes: "but has said" keeps the subject; a comparison aside, a possessive in the source and "show" read as a noun', () => {
  assert.deepEqual(
    quotesOf('Mayor Ana Ruiz, like her rival, has praised the plan but has said she will cut the budget.'),
    ['indirect|Ana Ruiz|the plan', 'indirect|Ana Ruiz|she will cut the budget'],
  )
  assert.deepEqual(speakerNamesOf('But files from his 2019 shipping ledger show he paid no duty.'), [
    'files from his 2019 shipping ledger',
  ])
  assert.deepEqual(speakerNamesOf('Data from the 2020 Harbor Survey show that rents rose by a third.'), [
    'Data from the 2020 Harbor Survey',
  ])
  assert.deepEqual(quotesOf('He watched a TV show he liked.'), [])
})

test('quotes: a participle after the source noun stays in the source ("a report published on Monday by X")', () => {
  assert.deepEqual(
    speakerNamesOf('A report published on Monday by Halvard, a Bergen think tank, says that rents will rise.'),
    ['A report published on Monday by Halvard, a Bergen think tank'],
  )
})

test("quotes: a transcript turn labelled with a title and a name is that person's direct speech", () => {
  const body =
    'The two leaders met in Oslo on Tuesday.\n\nPrime Minister of Norway Ana Ruiz: Friends, I think we can do more together.\n\n' +
    '"I believe the talks were useful," Tom Berg said.'
  assert.deepEqual(quotesOf(body), [
    'direct|Ana Ruiz|Friends, I think we can do more together.',
    'direct|Tom Berg|I believe the talks were useful',
  ])
})

test('quotes: a quote after "According to <outlet>, …" goes on with the speaker before it, not the outlet', () => {
  const body =
    '"We must rebuild the fleet," Admiral Tom Berg said.\n\nAccording to the Harbor Times, the warning came in his first speech as chief.\n\n' +
    '"We are the generation that must prepare the navy for a long war."'
  assert.deepEqual(quotesOf(body), [
    'direct|Tom Berg|We must rebuild the fleet',
    'indirect|Harbor Times|the warning came in his first speech as chief',
    'direct|Tom Berg|We are the generation that must prepare the navy for a long war.',
  ])
})

test('quotes: an aside between dashes about what the speaker did stays out of speakerName; "it\'s X" opens no source with "\'s"', () => {
  assert.deepEqual(
    speakerNamesOf('Instead, Berg—while condemning the attack—said the strike was a mistake by the army.'),
    ['Berg'],
  )
  assert.deepEqual(speakerNamesOf('It is odd, especially when it’s Norway criticizing the new quota rules.'), [
    'Norway',
  ])
})

test('quotes: a place after a title and "of" is where the speaker holds office, not the speaker', () => {
  const analysis = analyzer.analyze(
    articleFromPlainText(
      'test.txt',
      'Talks stall\n\n"We must act now," the former lieutenant governor of Oregon said.',
    ),
  )
  const [quote] = analysis.quotes
  assert.equal(quote?.speaker, null)
  assert.equal(quote?.speakerName, 'the former lieutenant governor of Oregon')
})

test('quotes: an age and a home town between the name and the verb; "she said" chains back to the woman named paragraphs before', () => {
  assert.deepEqual(
    speakerNamesOf(
      'Tom Berg, 44, said the line was long. Lena Holt, 59, of Dover, Del., who watched from the pier, said the day was moving.',
    ),
    ['Tom Berg, 44', 'Lena Holt, 59, of Dover, Del., who watched from the pier'],
  )
  const body =
    'Lena Holt, a retired nurse, watched the ceremony.\n\nShe said she had toured the museum last week.\n\n"It was a long wait," she added.\n\n' +
    'The crowd kept growing.\n\nThe line reached the river by noon.\n\n"These are the stories nobody knows," she said.'
  const analysis = analyzer.analyze(articleFromPlainText('test.txt', `Talks stall\n\n${body}`))
  const last = analysis.quotes.at(-1)
  assert.equal(analysis.entities.find((entity) => entity.id === last?.speaker)?.name, 'Lena Holt')
})

test('quotes: a description keeps its words in speakerName and its person in speaker; a pronoun gives the name', () => {
  const analysis = analyzer.analyze(
    articleFromPlainText(
      'test.txt',
      'Talks stall\n\nMayor Bill Tanaka opened the bridge on Monday. The mayor said the repairs were done. He said the toll would end.',
    ),
  )
  const names = analysis.quotes.map((q) => [q.speakerName, analysis.entities.find((e) => e.id === q.speaker)?.name])
  assert.deepEqual(names, [
    ['The mayor', 'Bill Tanaka'],
    ['Bill Tanaka', 'Bill Tanaka'],
  ])
})

test('quotes: "X, she said, and “Y”" reports X and quotes Y', () => {
  assert.deepEqual(
    quotesOf('Lena Holt watched the launch. The queue was long, she said, and “We waited for hours in the rain.”'),
    ['indirect|Lena Holt|The queue was long', 'direct|Lena Holt|We waited for hours in the rain.'],
  )
})

test('quotes: the full stop ending "…," said the prime minister. is no part of the speaker', () => {
  const analysis = analyzer.analyze(
    articleFromPlainText(
      'test.txt',
      'Talks stall\n\nPrime Minister Kaja Lind spoke in Oslo. "The partners should act now," said the prime minister.',
    ),
  )
  const quote = analysis.quotes.at(-1)
  assert.equal(quote?.speakerName, 'the prime minister')
  assert.equal(analysis.entities.find((entity) => entity.id === quote?.speaker)?.name, 'Kaja Lind')
})

test('quotes: what someone talked, commented or complained about is the topic of their words', () => {
  assert.deepEqual(
    quotesOf(
      'Mayor Ana Ruiz talked about bringing the neighbourhoods together. Tom Berg commented on the new parking rules.',
    ),
    ['indirect|Ana Ruiz|bringing the neighbourhoods together', 'indirect|Tom Berg|the new parking rules'],
  )
})

test('quotes: "reported intercepting …" and "denied taking …" report a gerund clause', () => {
  assert.deepEqual(
    quotesOf(
      'The harbor police reported intercepting most of the 40 boats overnight. The mayor denied taking the money from the fund.',
    ),
    [
      'indirect|The harbor police|intercepting most of the 40 boats overnight',
      'indirect|The mayor|taking the money from the fund',
    ],
  )
})

test('quotes: what someone supports, votes for or accuses another of is their stand; a past vote in a relative clause is not', () => {
  assert.deepEqual(
    quotesOf(
      'Senator Ana Ruiz accused the mayor of hiding the audit. The council voted against the new parking fee. ' +
        'Tom Berg would support a longer school day.',
    ),
    [
      'indirect|Ana Ruiz|the mayor of hiding the audit',
      'indirect|council|the new parking fee',
      'indirect|Tom Berg|a longer school day',
    ],
  )
  assert.deepEqual(cuesOf('Ana Ruiz accused the mayor of hiding the audit. The council voted to close the pier.'), [
    'accuse',
    'vote to',
  ])
  assert.deepEqual(quotesOf('Grace Lin, who voted against the levy, said the harbor must stay open.'), [
    'indirect|Grace Lin|the harbor must stay open',
  ])
})

test('quotes: phrasal attitude verbs ("took aim at", "pointed out", "denounced") report; "referring to" after a quote is a gloss', () => {
  const body =
    'Mayor Ana Ruiz took aim at the port authority. Tom Berg pointed out that the ferry had been late all week. ' +
    'The union denounced the new shift rules. ' +
    '"He will not sign it," Lena Olsen said, referring to the governor.'
  assert.deepEqual(quotesOf(body), [
    'indirect|Ana Ruiz|the port authority',
    'indirect|Tom Berg|the ferry had been late all week',
    'indirect|The union|the new shift rules',
    'direct|Lena Olsen|He will not sign it',
  ])
  assert.deepEqual(cuesOf(body), ['take aim at', 'point out', 'denounce', 'say'])
})

test('quotes: a relative "who" speaks for the noun phrase before it, subject or not', () => {
  const body =
    'The plan drew fire from Ana Ruiz, who called for a new audit. ' +
    'Berg was joined by Lena Olsen, who said the port must stay open.'
  assert.deepEqual(quotesOf(body), ['indirect|Ana Ruiz|a new audit', 'indirect|Lena Olsen|the port must stay open'])
  assert.deepEqual(speakerNamesOf(body), ['Ana Ruiz', 'Lena Olsen'])
  assert.deepEqual(cuesOf(body), ['call for', 'say'])
})

test('quotes: "…, the Herald reported." and "…, he believes." close a report; "…, she agreed." does not', () => {
  const body =
    'The ferry will stop running in May, the Harbor Herald reported. ' +
    'The council will back down, Tom Berg believes. ' +
    'The tunnel was a mistake, Lena Olsen agreed.'
  assert.deepEqual(quotesOf(body), [
    'indirect|Harbor Herald|The ferry will stop running in May',
    'indirect|Tom Berg|The council will back down',
  ])
  assert.deepEqual(cuesOf(body), ['report', 'believe'])
})

test('quotes: "sees X as Y" and "view X as Y" state a judgment; seeing without "as" does not', () => {
  const body =
    'Tom Berg sees the new tunnel as a waste of money. Many investors view the rate cut as a sign of weakness. ' +
    'Voters saw Ruiz as she left the hall. The mayor saw the ship.'
  assert.deepEqual(quotesOf(body), [
    'indirect|Tom Berg|the new tunnel as a waste of money',
    'indirect|Many investors|the rate cut as a sign of weakness',
  ])
  assert.deepEqual(cuesOf(body), ['see as', 'view as'])
})

test('quotes: a thought without "that" may have a subject with a modifier or an indefinite pronoun', () => {
  const body =
    'Mayor Ana Ruiz thinks the work on the harbor wall is far behind. Tom Berg believes everyone deserves a hearing. ' +
    'Lena Olsen believes in the plan.'
  assert.deepEqual(quotesOf(body), [
    'indirect|Ana Ruiz|the work on the harbor wall is far behind',
    'indirect|Tom Berg|everyone deserves a hearing',
  ])
  assert.deepEqual(cuesOf(body), ['think', 'believe'])
})

test('quotes: "ordered X to …", "compared X to …", "is considering …" and base forms after "would" report a stand', () => {
  const body =
    'A judge ordered the port authority to release the ferry logs. ' +
    'Mayor Ana Ruiz compared the toll to a tax on workers. Tom Berg is considering a run for the council. ' +
    'Lena Olsen would blame the contractor for the delay.'
  assert.deepEqual(quotesOf(body), [
    'indirect|A judge|the port authority to release the ferry logs',
    'indirect|Ana Ruiz|the toll to a tax on workers',
    'indirect|Tom Berg|a run for the council',
    'indirect|Lena Olsen|the contractor for the delay',
  ])
  assert.deepEqual(cuesOf(body), ['order', 'compare', 'consider', 'blame'])
})

test('quotes: the base form of an attitude verb after "would" or "to" reports a stand too', () => {
  const body =
    'Mayor Ana Ruiz would call the toll a tax on workers. Tom Berg will seek a recount in the harbor ward. ' +
    'The union would dismiss the offer.'
  assert.deepEqual(quotesOf(body), [
    'indirect|Ana Ruiz|the toll a tax on workers',
    'indirect|Tom Berg|a recount in the harbor ward',
    'indirect|The union|the offer',
  ])
  assert.deepEqual(cuesOf(body), ['call', 'seek', 'dismiss'])
})

test('quotes: a closing "…, X said." reports the whole sentence, the stand inside it included', () => {
  assert.deepEqual(
    quotesOf(
      'The union rejected the offer, Labor Minister Ana Ruiz said on Monday. ' +
        'Talks will resume next week, the mediator said.',
    ),
    ['indirect|Ana Ruiz|The union rejected the offer', 'indirect|the mediator|Talks will resume next week'],
  )
})

test('quotes: "the general said" has a speaker even when the tagger reads "general" as an adjective', () => {
  assert.deepEqual(quotesOf('Norland is preparing a new offensive, the general said.'), [
    'indirect|the general|Norland is preparing a new offensive',
  ])
})

test('quotes: a time between the speaker and the speech verb ("X on Tuesday said") keeps the speaker', () => {
  assert.deepEqual(
    quotesOf(
      'Harbor chief Lena Vos on Tuesday said that the ferries would run again. ' +
        'The union on Sept. 12 said the strike was over.',
    ),
    ['indirect|Lena Vos|the ferries would run again', 'indirect|The union|the strike was over'],
  )
})

test('quotes: "is expected to" and "seems to" report an expectation or impression that names no speaker', () => {
  const body =
    'The harbor bill is widely expected to pass next week. Vos appears to have misread the budget. ' +
    'The ferry line, which is expected to draw large crowds, opens in May. ' +
    'The mayor seemed to suggest that the budget would be cut.'
  assert.deepEqual(quotesOf(body), [
    'indirect|-|The harbor bill is widely expected to pass next week',
    'indirect|-|Vos appears to have misread the budget',
    'indirect|-|which is expected to draw large crowds',
    // A speech verb after "to" reports as usual, with the subject as its speaker.
    'indirect|The mayor|the budget would be cut',
  ])
  assert.deepEqual(cuesOf(body), ['expect', 'appear', 'expect', 'suggest'])
})

test('quotes: ", but" with a subject and verb of its own ends the reported words', () => {
  assert.deepEqual(
    quotesOf(
      'Early surveys showed the ferry plan was popular, but harbor surveys are rarely a guide to the vote. ' +
        'Vos said the bridge was safe, but conceded that repairs were late.',
    ),
    [
      'indirect|Early surveys|the ferry plan was popular',
      'indirect|Vos|the bridge was safe',
      'indirect|Vos|repairs were late',
    ],
  )
})

test('quotes: a closing quotation mark between the comma and ", but he said" does not carry the report on', () => {
  const quotes = quotesOf(
    'Chief Ana Ortiz said the new audit of the harbor accounts did not give "any sign of a missing payment," ' +
      'but she said that the ledger "tells a different story" about the loans.',
  )
  const reported = quotes.filter((quote) => quote.startsWith('indirect|'))
  assert.equal(reported.length, 2)
  assert.equal(
    reported[0],
    'indirect|Ana Ortiz|the new audit of the harbor accounts did not give "any sign of a missing payment,"',
  )
  assert.equal(reported[1], 'indirect|Ana Ortiz|the ledger "tells a different story" about the loans')
  // A second verb after the closing mark keeps the first one's subject.
  assert.deepEqual(
    quotesOf(
      'Envoy Tomas Berg told reporters the talks had been "frank," but warned that no date had been set.',
    ).filter((quote) => quote.startsWith('indirect|')),
    ['indirect|Tomas Berg|the talks had been "frank,"', 'indirect|Tomas Berg|no date had been set'],
  )
})

test('quotes: a stance passive with "by" reports its agent\'s stand on the subject', () => {
  assert.deepEqual(
    quotesOf(
      'The harbor levy was rejected by the city council on Tuesday. ' +
        'The ferry plan has been widely criticized by dock workers I met last week. ' +
        'Mayor Lena Vos has been endorsed by dozens of local papers ranging from the Ledger to the Courier.',
    ),
    [
      'indirect|city council|The harbor levy',
      'indirect|dock workers|The ferry plan',
      'indirect|dozens of local papers|Mayor Lena Vos',
    ],
  )
  // A pronoun subject, a relative "which" and a verb that reports no stand give nothing.
  assert.deepEqual(
    quotesOf(
      'It was rejected by the board. The bridge was built by a Dutch firm. The pact, which was denounced by Vos, held.',
    ),
    [],
  )
})

test('quotes: "X asked whether/about …" reports the question; a passive "Asked …," reports it with no asker', () => {
  assert.deepEqual(
    quotesOf(
      'The survey asked about the three harbor plans. Councillor Lena Vos asked whether the ferry would run in winter. ' +
        'Asked about the strike, Berg said the talks would resume. When asked if she would stand again, Vos smiled.',
    ),
    [
      'indirect|The survey|about the three harbor plans',
      'indirect|Lena Vos|whether the ferry would run in winter',
      // The one who answers did not ask: the question has no speaker.
      'indirect|-|about the strike',
      'indirect|Berg|the talks would resume',
      'indirect|-|if she would stand again',
    ],
  )
})

test('quotes: "made (it) clear" reports like a speech verb', () => {
  const body =
    'The mayor made it clear to the council on Monday that the ferry would run. Vos made clear she intends to stay. ' +
    'Berg made the case for a new bridge.'
  assert.deepEqual(quotesOf(body), ['indirect|The mayor|the ferry would run', 'indirect|Vos|she intends to stay'])
  assert.deepEqual(cuesOf(body), ['make clear', 'make clear'])
})

test('quotes: a plural or a quantity as subject keeps a base-form speech verb the tagger reads as a noun', () => {
  assert.deepEqual(
    quotesOf(
      'Some harbor strategists fear that the ferry has missed its chance. Most say the bridge will close. ' +
        'Nearly a third say they do not know. Voters have a say in the plan.',
    ),
    [
      'indirect|Some harbor strategists|the ferry has missed its chance',
      'indirect|Most|the bridge will close',
      'indirect|a third|they do not know',
    ],
  )
})

test('quotes: the object of a stance ends at a dash aside or at "as" opening a clause of its own', () => {
  assert.deepEqual(
    quotesOf(
      'The council condemned the ferry strike as the union blocked three more piers. ' +
        'Vos likened the plan to a blank check — a charge that stung. ' +
        'The mayor proposed to ban all cars — about ten thousand vehicles — from entering the old town.',
    ),
    [
      'indirect|council|the ferry strike',
      'indirect|Vos|the plan to a blank check',
      'indirect|The mayor|to ban all cars — about ten thousand vehicles — from entering the old town',
    ],
  )
})

test('quotes: ", promising to …" reports a stand even when the tagger reads the participle as an adjective', () => {
  assert.deepEqual(
    quotesOf(
      'On Thursday, Vos spoke to a gathering of harbor leaders, promising to lift dock fees and open more land.',
    ),
    ['indirect|Vos|to lift dock fees and open more land'],
  )
})

test('quotes: "noted" and "mentioned" report what was spoken of when a noun phrase follows', () => {
  assert.deepEqual(
    quotesOf('In her memoir, the mayor noted the port\u2019s long decline. Vos barely mentioned the ferry strike.'),
    ['indirect|the mayor|the port\u2019s long decline', 'indirect|Vos|the ferry strike'],
  )
})

test('quotes: "reported" with a noun phrase reports what was made known', () => {
  assert.deepEqual(quotesOf('A harbor pilot spotted the tanker and reported its position to the coast guard.'), [
    'indirect|A harbor pilot|its position to the coast guard',
  ])
})

test('quotes: "has long said" keeps its subject', () => {
  assert.deepEqual(quotesOf('Vos has long said that the harbor needs a second pier.'), [
    'indirect|Vos|the harbor needs a second pier',
  ])
})

test('quotes: "which critics said was unfair" reports the relative clause, to its comma', () => {
  assert.deepEqual(
    quotesOf(
      'The council passed a rule, which critics said was unfair to small vendors. ' +
        'The ferry, which Vos believes is unsafe, will sail on Monday.',
    ),
    ['indirect|critics|was unfair to small vendors', 'indirect|Vos|is unsafe'],
  )
})

test('quotes: "… and Y accused Z of …" ends the report before it, as "… and Y said" does', () => {
  assert.deepEqual(
    quotesOf('Harbor officials said the audit was late and union leaders accused the board of hiding the accounts.'),
    ['indirect|Harbor officials|the audit was late', 'indirect|union leaders|the board of hiding the accounts'],
  )
})

test('quotes: "USA Today" keeps its last word in a source; "both X and Y were referring to" is one subject', () => {
  assert.deepEqual(
    speakerNamesOf('A reporter for USA Today spotted the mayor and reported his absence on the radio.'),
    ['A reporter for USA Today'],
  )
  assert.deepEqual(quotesOf('The website noted that both Vos and Berg were referring to studies of the harbor.'), [
    'indirect|The website|both Vos and Berg were referring to studies of the harbor',
  ])
})

test('quotes: a speech verb in -ing after a noun for people reports those people, not the sentence subject', () => {
  assert.deepEqual(quotesOf('The treaty lapsed in 1999, with many nations feeling that they faced no threat.'), [
    'indirect|many nations|they faced no threat',
  ])
  // After a channel ("a statement saying …") the sentence's subject still speaks.
  assert.deepEqual(quotesOf('The ministry issued a statement saying the port would reopen.'), [
    'indirect|The ministry|the port would reopen',
  ])
})

test('quotes: "has been critical of" and "is convinced that" report a stance held with an adjective', () => {
  const body =
    'Vos has been critical of the ferry plan since they both were on the council. ' +
    'Berg is convinced that the vote was rigged. The harbor was quiet.'
  assert.deepEqual(quotesOf(body), ['indirect|Vos|the ferry plan', 'indirect|Berg|the vote was rigged'])
  assert.deepEqual(cuesOf(body), ['be critical of', 'be convinced that'])
})

test('quotes: a short title in quotation marks inside an attributed sentence is a name, not a partial quote', () => {
  assert.deepEqual(quotesOf('In an interview with "Harbor Morning Hour," Vos said the strike was over.'), [
    'indirect|Vos|the strike was over',
  ])
})

test('quotes: a participle opening the sentence ("Citing …, X …") speaks for the main clause\'s subject', () => {
  assert.deepEqual(quotesOf('Citing an old audit, Vos repeatedly accused Berg of hiding the accounts.'), [
    'indirect|Vos|an old audit',
    'indirect|Vos|Berg of hiding the accounts',
  ])
})

test('quotes: "asked Ruiz about …" reports the question, which ends before a second predicate', () => {
  assert.deepEqual(quotesOf('Tom Berg asked Ruiz about her email accounts and moved on to the budget.'), [
    'indirect|Tom Berg|about her email accounts',
  ])
})

test('quotes: a quote opening a paragraph with no cue is the person the paragraph before introduced', () => {
  assert.deepEqual(
    quotesOf(
      'The wait is hard. Mira Tamm, whose brother was taken in May, has written to the office six times.\n\n' +
        '"They answer every letter. But every letter says the same thing.\n\n' +
        '"I blame the people who decide."',
    ),
    [
      'direct|Mira Tamm|They answer every letter. But every letter says the same thing.',
      'direct|Mira Tamm|I blame the people who decide.',
    ],
  )
})

test('quotes: a relative clause without commas between the subject and "said" leaves the subject speaking', () => {
  assert.deepEqual(
    quotesOf(
      'A person who was briefed on the call said the deal was close. Two delegates who attended said the text was weak.',
    ),
    ['indirect|A person|the deal was close', 'indirect|Two delegates|the text was weak'],
  )
})

test('quotes: an adjunct the cue skipper does not know may stand between the verb and "that"', () => {
  assert.deepEqual(quotesOf('Mayor Lena Holt said for the first time that the bridge would close in June.'), [
    'indirect|Lena Holt|the bridge would close in June',
  ])
  assert.deepEqual(quotesOf('Lena Holt wrote — in a letter to the council — that the bridge would close.'), [
    'indirect|Lena Holt|the bridge would close',
  ])
})

test('quotes: the object of a stance runs on through a list of noun phrases after a comma', () => {
  assert.deepEqual(quotesOf("Tom Berg criticized the mayor's budget, her record on housing and her temper."), [
    "indirect|Tom Berg|the mayor's budget, her record on housing and her temper",
  ])
})

test('quotes: "his opposition to …" and "her criticism of …" report what the stand is about', () => {
  assert.deepEqual(quotesOf("Lena Holt's opposition to the harbor tax surprised the council."), [
    'indirect|Lena Holt|the harbor tax',
  ])
  // The noun phrase leaves the sentence's own cue to be read.
  assert.deepEqual(
    quotesOf('The survey, which tracks their support for the ferry plan, showed that most riders agree.'),
    [
      'indirect|their|the ferry plan',
      'indirect|The survey, which tracks their support for the ferry plan|most riders agree',
    ],
  )
})

test('quotes: "recognizes that …" reports a thought, as "knows that …" does; without a clause it reports nothing', () => {
  assert.deepEqual(quotesOf('Mayor Lena Holt recognizes that the ferry fares have risen too fast.'), [
    'indirect|Lena Holt|the ferry fares have risen too fast',
  ])
  assert.deepEqual(quotesOf('The council recognized the volunteers at a dinner.'), [])
})

test('quotes: "deemed X Y" and "considered X Y" judge their object; the passive names no judge', () => {
  assert.deepEqual(quotesOf('The auditor deemed the harbor contract unlawful.'), [
    'indirect|The auditor|the harbor contract unlawful',
  ])
  assert.deepEqual(quotesOf('Lena Holt considered the ferry plan a waste of money.'), [
    'indirect|Lena Holt|the ferry plan a waste of money',
  ])
  assert.deepEqual(quotesOf('The harbor contract was deemed unlawful.'), [])
  assert.deepEqual(quotesOf('Several ferry routes considered unsafe were closed.'), [])
})

test('quotes: "listed X as Y" reports what the lister names; "the address listed on" does not', () => {
  assert.deepEqual(quotesOf('Tom Berg listed the ferry company as his largest creditor.'), [
    'indirect|Tom Berg|the ferry company as his largest creditor',
  ])
  assert.deepEqual(quotesOf('The address listed on the permit is a parking lot.'), [])
})

test('quotes: "shot back" and "fired back" report a retort; "fired back at" and "shot back up" are no speech verbs', () => {
  assert.deepEqual(quotesOf('"We will not pay," Tom Berg shot back.'), ['direct|Tom Berg|We will not pay'])
  assert.deepEqual(quotesOf('Lena Holt fired back that the fares were fair.'), [
    'indirect|Lena Holt|the fares were fair',
  ])
  assert.deepEqual(quotesOf('Ferry prices shot back up in May.'), [])
})

test('quotes: "her plan to …" reports an intent, unless it opens the sentence or a cue before it reports it', () => {
  assert.deepEqual(quotesOf("The vote was delayed by Lena Holt's decision to close the ferry pier."), [
    'indirect|Lena Holt|close the ferry pier',
  ])
  assert.deepEqual(quotesOf('Her plan to close the ferry pier was met with a firm no.'), [])
  assert.deepEqual(quotesOf('Tom Berg said the cost of her plan to close the ferry pier was too high.'), [
    'indirect|Tom Berg|the cost of her plan to close the ferry pier was too high',
  ])
})

test('quotes: after the comma closing an apposition, "plans to" is the verb', () => {
  assert.deepEqual(quotesOf("The mayor's deputy, Tom Berg, plans to run for the council seat."), [
    'indirect|Tom Berg|to run for the council seat',
  ])
})

test('quotes: a paragraph-opening quote goes to the titled person the paragraph before opened with', () => {
  assert.deepEqual(
    quotesOf(
      'Planning Director Mira Tamm opened the hearing with a long defense of the plan.\n\n"Kellby has added 14,000 jobs in a decade."',
    ),
    ['direct|Mira Tamm|Kellby has added 14,000 jobs in a decade.'],
  )
})

test('quotes: "X, of the Y, said" and "X, from Z, said": where the speaker is from does not hide them', () => {
  assert.deepEqual(quotesOf('Ann Moss, of the Dock Workers Union, said the members would vote on Friday.'), [
    'indirect|Ann Moss|the members would vote on Friday',
  ])
  assert.deepEqual(quotesOf('Jo Park, from Leeds, said the trains were late again.'), [
    'indirect|Jo Park|the trains were late again',
  ])
})

test('quotes: a stance verb the tagger reads as a noun after a plain or coordinated subject still reports', () => {
  assert.deepEqual(
    quotesOf('The auditor disputes the figures in the harbor report. Lima and Quito support a delay to the vote.'),
    ['indirect|The auditor|the figures in the harbor report', 'indirect|Quito|a delay to the vote'],
  )
  // A noun phrase that is an object keeps the word a noun.
  assert.deepEqual(
    quotesOf('Few people saw the harbor plans the council drew up. Few read the harbor disputes the court settled.'),
    [],
  )
})

test('quotes: a participle and a time between a document and its verb ("a poll released Friday shows") describe the source', () => {
  const body = 'The latest county poll released Friday shows that Ruiz leads Berg by six points.'
  assert.deepEqual(quotesOf(body), ['indirect|The latest county poll released Friday|Ruiz leads Berg by six points'])
})

test('quotes: ", but for X, <clause>" and ", they also say" end the reported words; ", he supported" does not', () => {
  assert.deepEqual(
    quotesOf(
      'Mayor Lena Vos says the fees were fair and not a tax, but for the traders, it is a heavy blow to the market.',
    ),
    ['indirect|Lena Vos|the fees were fair and not a tax'],
  )
  assert.deepEqual(
    quotesOf(
      'Though dock workers who met Berg say they trust his judgment, they also say he rarely explains his plans.',
    ).slice(0, 1),
    ['indirect|dock workers|they trust his judgment'],
  )
  assert.deepEqual(
    quotesOf(
      'Ruiz noted that at one of her first council meetings, in 1998, she backed a plan to widen the harbor.',
    ).slice(0, 1),
    ['indirect|Ruiz|at one of her first council meetings, in 1998, she backed a plan to widen the harbor'],
  )
})

test('quotes: a report inside an opening "Though/When …" clause ends at the comma before the main clause', () => {
  assert.deepEqual(
    quotesOf(
      'Though most dock workers say the pay is fair, the harbor remains tense. ' +
        'When Vos said the bridge was safe, engineers disagreed. Vos said that while the bridge was old, it was safe.',
    ),
    [
      'indirect|most dock workers|the pay is fair',
      'indirect|Vos|the bridge was safe',
      'indirect|Vos|while the bridge was old, it was safe',
    ],
  )
})

test('quotes: "X was quoted by Y as saying …" is X speaking', () => {
  assert.deepEqual(
    quotesOf(
      'The chief negotiator, Ana Ruiz, was quoted by the state news agency as saying that talks would resume in May.',
    ),
    ['indirect|Ana Ruiz|talks would resume in May'],
  )
})

test('quotes: "X, who for months insisted that Y, said that Z": both reports are X\'s, each with its own words', () => {
  assert.deepEqual(
    quotesOf(
      'Prime Minister Ana Ruiz, who for months insisted that Peru could avoid a default, said last week that the government would not accept any deal.',
    ),
    ['indirect|Ana Ruiz|Peru could avoid a default', 'indirect|Ana Ruiz|the government would not accept any deal'],
  )
})

test('quotes: a long subject headed by a document shows what it finds, and speaks as a whole', () => {
  assert.deepEqual(
    quotesOf(
      'The Harbor Gazette average of polls taken over the past two weeks shows Vos leading Berg 47 percent to 44 percent. ' +
        "The council's rolling average shows Vos ahead by three points.",
    ),
    [
      'indirect|The Harbor Gazette average of polls taken over the past two weeks|Vos leading Berg 47 percent to 44 percent',
      "indirect|The council's rolling average|Vos ahead by three points",
    ],
  )
})

test('quotes: a long relative clause about a career stands between the speaker and the verb', () => {
  assert.deepEqual(
    quotesOf(
      "Lena Vos, who was the harbor's chief inspector in the administration of former Mayor Tom Berg and later retired " +
        'from the service as a director of the port authority, said that Berg had known about the cracks.',
    ),
    ['indirect|Lena Vos|Berg had known about the cracks'],
  )
})

test('quotes: a long name whose end reads like an apposition speaks as a whole', () => {
  assert.deepEqual(quotesOf('The Department for Ports, Rivers and Fisheries said it would act within a month.'), [
    'indirect|Department for Ports, Rivers and Fisheries|it would act within a month',
  ])
})

test('quotes: "the statement said" speaks for whoever issued the statement', () => {
  assert.deepEqual(
    quotesOf(
      'Kellby Trust said in a statement that its board backed the deal. The combined bank would have 290 branches, the statement said.',
    ),
    [
      'indirect|Kellby Trust|its board backed the deal',
      'indirect|Kellby Trust|The combined bank would have 290 branches',
    ],
  )
})

test('quotes: "X, which says …" reports what a body says of itself', () => {
  assert.deepEqual(quotesOf('The deal was struck with Ostra Sport, which says it has 1.9 million subscribers.'), [
    'indirect|Ostra Sport|it has 1.9 million subscribers',
  ])
})

test('quotes: a name or a person alone is object enough for an attitude verb, but not for a vote', () => {
  assert.deepEqual(quotesOf('On Monday the Harbor Workers Union endorsed Vos. Berg said he would vote for her.'), [
    'indirect|Harbor Workers Union|Vos',
    'indirect|Berg|he would vote for her',
  ])
})

test('quotes: a cue that introduces a quotation ("told me, “…”") reports no words of its own', () => {
  assert.deepEqual(
    quotesOf(
      'Tom Berg, the head of Tallis Media -- the company that owns the station -- told me, "We sell content to people who want it." ' +
        'As the siren sounded, the harbormaster said, “It is 4 a.m., and the ferry is late.”',
    ),
    // The name before a comma apposition and a dashed one speaks.
    [
      'direct|Tom Berg|We sell content to people who want it.',
      'direct|the harbormaster|It is 4 a.m., and the ferry is late.',
    ],
  )
})

test('quotes: "A description, the Name of a body, said": the named body in apposition speaks', () => {
  assert.deepEqual(quotesOf("A rival body, the Hill Shepherds' Circle, said it would stay out of the dispute."), [
    "indirect|Hill Shepherds' Circle|it would stay out of the dispute",
  ])
})

test('quotes: a report ends before "but did not suggest"; a reported clause may open with quoted words', () => {
  assert.deepEqual(
    quotesOf('Berg said that he would back "a fair candidate" for the post but did not suggest it would be Ruiz.'),
    ['indirect|Berg|he would back "a fair candidate" for the post', 'partial|Berg|a fair candidate'],
  )
  assert.deepEqual(quotesOf('Ruiz said "the queue is a disgrace" every time the ferry runs late.'), [
    'indirect|Ruiz|"the queue is a disgrace" every time the ferry runs late',
    'partial|Ruiz|the queue is a disgrace',
  ])
  // A quotation that is the whole clause stays a quotation.
  assert.deepEqual(quotesOf('Ruiz said "we will win" and left the room.'), ['partial|Ruiz|we will win'])
})

test('quotes: "according to X" in mid-sentence reports what follows an opening phrase, or the words around it', () => {
  assert.deepEqual(quotesOf('In addition, according to the agency, two thousand homes will be rebuilt.'), [
    'indirect|the agency|two thousand homes will be rebuilt',
  ])
  assert.deepEqual(
    quotesOf('Behind the delay, according to Tom Vos, a former engineer, was a dispute over the contract.'),
    ['indirect|Tom Vos|Behind the delay, according to Tom Vos, a former engineer, was a dispute over the contract'],
  )
  // A finding the tagger reads without a verb still has its source.
  assert.deepEqual(quotesOf('Ruiz trails Berg in Kellby by 7 points, according to the survey.'), [
    'indirect|the survey|Ruiz trails Berg in Kellby by 7 points',
  ])
})

test('quotes: putting a figure on something reports an estimate; putting pressure on someone does not', () => {
  assert.deepEqual(
    quotesOf('The union puts the cost closer to $12 million. The minister put pressure on the firm to settle.'),
    ['indirect|The union|the cost closer to $12 million'],
  )
  assert.deepEqual(quotesOf('The Kellby Survey puts the mayor’s approval at a steady 47 percent.'), [
    'indirect|Kellby Survey|the mayor’s approval at a steady 47 percent',
  ])
})

test('quotes: a name before a title and a relative clause speaks, and so does a body before its description', () => {
  assert.deepEqual(
    quotesOf(
      'Desmond Vos, the Harbor Union’s envoy for Kellby, who brokered the truce in a week of talks, said he would ' +
        'meet both sides on Thursday. The loudest objection came from the Tarvik Liner Association, a trade body ' +
        'for ferry lines, which said on Monday that the levy would cost its members $60 million a year.',
    ),
    [
      'indirect|Desmond Vos|he would meet both sides on Thursday',
      'indirect|Tarvik Liner Association|the levy would cost its members $60 million a year',
    ],
  )
})

test('quotes: a transcript label may give a role after the name; showing proof at a door reports nothing', () => {
  assert.deepEqual(
    quotesOf(
      'Fans who cannot show proof of age will be turned away.\n\nDR. TOMAS BERG, deputy harbour ' +
        'master: We have about 40 berths free.',
    ),
    ['direct|TOMAS BERG|We have about 40 berths free.'],
  )
})

test('quotes: comparisons, falling figures, names given to things, member states and guests are no reports', () => {
  assert.deepEqual(
    quotesOf(
      'Drivers earned a median of $61,000, compared with $57,000 for guards. The mayor’s index has declined slightly ' +
        'from 44 percent. The mine sits by a mountain stream called Kellby Run. The interests of member states ' +
        'trump everything. Ana Ruiz welcomed 300 guests. Doctors called Vos a charlatan.',
    ),
    ['indirect|Doctors|Vos a charlatan'],
  )
})

test('quotes: an apposition of a possessive and a noun the tagger reads as a verb still sets off the speaker', () => {
  assert.deepEqual(
    quotesOf('Norway, Iceland’s only ally and its lifeline to the mainland, said it was opposed to the test.'),
    ['indirect|Norway|it was opposed to the test'],
  )
})

test('quotes: a finding framed by the poll that holds it ("In the latest poll, X leads Y")', () => {
  assert.deepEqual(
    quotesOf(
      'In the latest Harbor Post poll, conducted in early May, Ruiz led Vos by five points among likely voters. ' +
        'In a report on Monday, the agency said costs rose sharply in May. In August, the lead was seven points.',
    ),
    [
      'indirect|the latest Harbor Post poll|Ruiz led Vos by five points among likely voters',
      'indirect|the agency|costs rose sharply in May',
    ],
  )
})

test('quotes: a report may open with quoted words joined to a second subject; a hyphenated addressee is one', () => {
  assert.deepEqual(
    quotesOf(
      'Vos said "port fees" and the sale of the old ferry would pay for it. Ruiz said "we will win" and left. ' +
        'The mayor told Anglo-Irish voters this weekend he would run again.',
    ),
    [
      'indirect|Vos|"port fees" and the sale of the old ferry would pay for it',
      'partial|Vos|port fees',
      'partial|Ruiz|we will win',
      'indirect|The mayor|he would run again',
    ],
  )
})

test('quotes: the title of a book or a commentary set off after its noun is no quote; a predicate after "the song" is', () => {
  assert.deepEqual(
    quotesOf(
      'In his 2019 book, "Make Your Harbor Pay," Tom Vos urged saving early. Ana Ruiz\'s commentary, "Kellby, ' +
        'tell your own story," is widely read. Berg said the song "was never about me."',
    ),
    ['indirect|Tom Vos|saving early', 'partial|Berg|was never about me.'],
  )
})

test('quotes: "Vos\'s office said" speaks for Vos; a sport\'s governing body and a customs service speak as bodies', () => {
  assert.deepEqual(
    quotesOf(
      'Prime Minister Tom Vos met the speaker. Vos’s office said in a statement that the talks were normal. ' +
        'Kellby Athletics said on Wednesday that it respects the process. Norwegian customs said on Thursday ' +
        'that inspection teams would be sent.',
    ),
    [
      'indirect|Tom Vos|the talks were normal',
      'indirect|Kellby Athletics|it respects the process',
      'indirect|Norwegian customs|inspection teams would be sent',
    ],
  )
})

test('quotes: a quotation before a title and the name that speaks is theirs, with no report made of the title', () => {
  assert.deepEqual(
    quotesOf(
      'Norvane Energy settled with Harbor on Monday.\n\n"There is no payment and no side deal," Norvane’s general ' +
        'counsel, Ana Ruiz, said on Tuesday.',
    ),
    ['direct|Ana Ruiz|There is no payment and no side deal'],
  )
})

test('quotes: an aside naming a day between the speaker and the verb ("X, at Monday\'s debate, cited …")', () => {
  assert.deepEqual(quotesOf('Ana Ruiz, at Monday’s debate, cited the rents Tom Vos had raised on the quay.'), [
    'indirect|Ana Ruiz|the rents Tom Vos had raised on the quay',
  ])
})

test('quotes: "asked X to Y" reports a request with whom it was put to; "was asked to" reports none', () => {
  assert.deepEqual(
    quotesOf(
      'The moderator, Ana Ruiz, asked the candidates to discuss their own plans for the port. Tom Vos was asked ' +
        'to leave the room. The council asked staff to return in March with a cheaper design.',
    ),
    ['indirect|Ana Ruiz|the candidates to discuss their own plans for the port'],
  )
})

test('quotes: an object ends before when and where it was said ("denounced X in a radio interview")', () => {
  const body =
    'Tarvik has not mentioned the harbor plan since the spring election. ' +
    'Berg had earlier condemned the levy in a late-night broadcast. ' +
    'Ruiz firmly supported the ferry subsidy during her term on the council. ' +
    'Halvorsen accused Kellby on Monday of hiding the accounts. ' +
    'Trade Minister Ana Vos thanked the port workers in a letter and said the yard would reopen in May.'
  assert.deepEqual(quotesOf(body), [
    'indirect|Tarvik|the harbor plan',
    'indirect|Berg|the levy',
    'indirect|Ruiz|the ferry subsidy',
    // The time sits inside the accusation, before its "of".
    'indirect|Halvorsen|Kellby on Monday of hiding the accounts',
    'indirect|Ana Vos|the port workers',
    // The adjunct left out of the first report does not cut the speaker off from the second.
    'indirect|Ana Vos|the yard would reopen in May',
  ])
})

test('quotes: a byline\'s "reported from", "called in to" a show and "maintains an office" are no reports', () => {
  assert.deepEqual(
    quotesOf(
      'Ana Vos reported from Kherson. Tomas Berg called in to a radio show on Sunday. The Harbor Institute ' +
        'maintains an office in Dunmore. Vos maintained that the figures were wrong. The agency reported from ' +
        'Dunmore that it had found the ledger.',
    ),
    ['indirect|Ana Vos|the figures were wrong', 'indirect|The agency|it had found the ledger'],
  )
})

test('quotes: calling a strike or a snap election is an action, calling a meeting to discuss something reports it', () => {
  assert.deepEqual(
    quotesOf(
      'The Kellby Dockers Union would call a 48-hour strike from Monday. Premier Ana Ruiz called a snap election. ' +
        'Tomas Berg called a meeting to discuss the port lease.',
    ),
    ['indirect|Tomas Berg|a meeting to discuss the port lease'],
  )
})

test('quotes: "began by saying …", "responded … by saying …": the gerund after "by" reports for the main subject', () => {
  assert.deepEqual(
    quotesOf(
      'Ana Ruiz began by saying that the plan would fail. Tomas Berg responded to the union on Friday by saying ' +
        'the offer was final.',
    ),
    ['indirect|Ana Ruiz|the plan would fail', 'indirect|Tomas Berg|the offer was final'],
  )
})

test('quotes: "told his advisers to …" reports the order; "said as much" reports the "as much", and the adjuncts after it share the speaker', () => {
  assert.deepEqual(
    quotesOf(
      'Ana Ruiz told the crew chiefs to cut overtime by June. Lena Vos said as much on a podcast on ' +
        'Thursday, arguing that the merger was finished.',
    ),
    [
      'indirect|Ana Ruiz|the crew chiefs to cut overtime by June',
      'indirect|Lena Vos|as much',
      'indirect|Lena Vos|the merger was finished',
    ],
  )
})

test('quotes: shares of those polled speak ("Seven in 10 say", "one in four say", "38% say"), unnamed', () => {
  assert.deepEqual(
    quotesOf(
      'Seven in 10 say the mayor is too cautious. Roughly one in four say they will skip the vote. 38% say they rent their homes.',
    ),
    [
      'indirect|Seven in 10|the mayor is too cautious',
      'indirect|one in four|they will skip the vote',
      'indirect|38%|they rent their homes',
    ],
  )
})

test('quotes: "say the same of X", "those polled say", and a companion set off by commas ("X, along with Y, say")', () => {
  assert.deepEqual(
    quotesOf(
      'Many tenants say the same of the landlord. In every district, those polled say cheaper buses would help. ' +
        'Lena Fields, along with Tom Berg, say the council ignored their letters.',
    ),
    [
      'indirect|Many tenants|the same of the landlord',
      'indirect|those polled|cheaper buses would help',
      'indirect|Lena Fields|the council ignored their letters',
    ],
  )
})

test('quotes: "As the Post reported, …", "As reported by X, …", "…, as X reported on Tuesday, and …", "…, X reported, citing …"', () => {
  assert.deepEqual(
    quotesOf(
      'As The Harbor Post reported, the ferry line would need a new operator by spring. As reported by Harbor ' +
        'Journal, auditors found 340 unpaid invoices. Tom Berg also visited the depot that day, as The Harbor Times ' +
        'reported on Tuesday, and he will return in May. Her allies long ago tired of the plan, the Kellby Ledger ' +
        'reported, citing a council aide.',
    ),
    [
      'indirect|Harbor Post|the ferry line would need a new operator by spring',
      'indirect|Harbor Journal|auditors found 340 unpaid invoices',
      'indirect|Harbor Times|Tom Berg also visited the depot that day',
      'indirect|Kellby Ledger|Her allies long ago tired of the plan',
      'indirect|Kellby Ledger|a council aide',
    ],
  )
})

test('quotes: "was asked by moderator X whether …" is X\'s question; "asked the prime minister on Friday about …" reports the question', () => {
  assert.deepEqual(
    quotesOf(
      'Ana Ruiz was asked by moderator Tom Berg whether bus fares would rise. Lena Vos asked the transport ' +
        'minister on Friday about the new harbor levy.',
    ),
    ['indirect|Tom Berg|whether bus fares would rise', 'indirect|Lena Vos|about the new harbor levy'],
  )
})

test('quotes: "warned X to Y" reports the warning; "As stated in the report, …"; a mid-sentence attribution with adjuncts', () => {
  assert.deepEqual(
    quotesOf(
      'Last week, the Harbor Police warned cyclists to avoid the bridge after dark. As stated in the Kellby ' +
        'Ledger editorial, the budget leaves no room for new staff. The drivers, Ana Ruiz explained later in the ' +
        'meeting, had worked unpaid shifts.',
    ),
    [
      'indirect|Harbor Police|cyclists to avoid the bridge after dark',
      'indirect|the Kellby Ledger editorial|the budget leaves no room for new staff',
      'indirect|Ana Ruiz|The drivers, Ana Ruiz explained later in the meeting, had worked unpaid shifts',
    ],
  )
})

test('quotes: "has said the same thing, including X" reports "the same thing"; "haven\'t said much about Y" reports how much', () => {
  assert.deepEqual(
    quotesOf(
      'Several harbor pilots have said the same thing, including Tom Berg. Ana Ruiz and her staff have not ' +
        'said much about how the tender will be judged.',
    ),
    [
      'indirect|Several harbor pilots|the same thing',
      'indirect|Ana Ruiz and her staff|much about how the tender will be judged',
    ],
  )
})

test('quotes: a participle after a noun with a preposition describes the noun ("the rules proposed under the old board")', () => {
  assert.deepEqual(
    quotesOf(
      'Most of the delays came from the rules proposed under the previous port chief. Ana Ruiz proposed a new tax.',
    ),
    ['indirect|Ana Ruiz|a new tax'],
  )
})

test('quotes: a sentence of words without a verb before ", he said." is still what he said', () => {
  assert.deepEqual(quotesOf('Tom Berg backs the mayor. Mostly small shop owners, he said.'), [
    'indirect|Tom Berg|the mayor',
    'indirect|Tom Berg|Mostly small shop owners',
  ])
})

test('quotes: "was first reported by X" is X\'s report; "can appear to be" is the writer\'s remark', () => {
  assert.deepEqual(
    quotesOf(
      'The billing error was first reported by the Harbor Post on Monday. At first glance, the port can appear to ' +
        'be thriving. The council seems to have lost the vote.',
    ),
    ['indirect|Harbor Post|The billing error', 'indirect|-|The council seems to have lost the vote'],
  )
})

test('quotes: "That\'s according to X." reports the "that" it points back with', () => {
  assert.deepEqual(quotesOf("Ferry fares will rise by a third. That's according to the county clerk."), [
    'indirect|the county clerk|That',
  ])
})

test('quotes: an aside of time whose noun a name modifies ("X, after previous Vos rallies, wrote") keeps X the speaker', () => {
  assert.deepEqual(quotesOf('Tom Berg, after two Harbor council hearings, wrote that the ferry would close.'), [
    'indirect|Tom Berg|the ferry would close',
  ])
})

test('quotes: "Harbor\'s lead counsel, X, told": a title with a word read as a verb still leads to the name after a quote', () => {
  assert.deepEqual(
    quotesOf(
      'The firm says the contract was fair. “The ministry signed every page of it,” Harbor’s lead counsel, ' +
        'Ana Vos, told the panel on Friday.',
    ),
    ['indirect|The firm|the contract was fair', 'direct|Ana Vos|The ministry signed every page of it'],
  )
})

test('quotes: "the Greek navy … it said" speaks as a body; "al-Rashid" alone is the person named in full', () => {
  assert.deepEqual(
    quotesOf(
      'The Greek navy sent two frigates on Monday. It said two boats had crossed the line. ' +
        'Omar al-Rashid, who leads the fishermen’s union, disagreed. "We crossed nothing," al-Rashid said.',
    ),
    ['indirect|Greek navy|two boats had crossed the line', 'direct|Omar al-Rashid|We crossed nothing'],
  )
})

test('quotes: a report may open with its figure\'s bound ("said at least 40 …", "said up to 300 …"); "asking for 12%" is a demand', () => {
  assert.deepEqual(
    quotesOf(
      'The Harbor Walkers Group said at least five cyclists were hurt. Ana Vos said up to 300 homes were ' +
        'damaged. The union is asking for 12% and a cap of 25 pupils a class.',
    ),
    [
      'indirect|Harbor Walkers Group|at least five cyclists were hurt',
      'indirect|Ana Vos|up to 300 homes were damaged',
      'indirect|The union|12% and a cap of 25 pupils a class',
    ],
  )
})

test('quotes: "said in a statement the plan was dead": the reported clause starts where a new subject follows the adjunct', () => {
  assert.deepEqual(
    quotesOf(
      'Ana Vos said in a radio interview the plan was dead. Tomas Berg said during talks with the union the ' +
        'deal was close. Jana Brek said by June the line would be open.',
    ),
    [
      'indirect|Ana Vos|the plan was dead',
      'indirect|Tomas Berg|the deal was close',
      'indirect|Jana Brek|by June the line would be open',
    ],
  )
})

test('quotes: "Vos however said …" and "the self-styled reformer said …" keep their subjects', () => {
  assert.deepEqual(
    quotesOf(
      'Ana Vos however said the ferry would run all winter. The self-styled reformer Tomas Berg said the budget ' +
        'was a fraud.',
    ),
    ['indirect|Ana Vos|the ferry would run all winter', 'indirect|Tomas Berg|the budget was a fraud'],
  )
})

test('quotes: "told The Associated Press that …" and "says running for office is tough" report', () => {
  assert.deepEqual(
    quotesOf(
      'Ana Vos told The Associated Press on Friday that the port audit was complete. Tomas Berg says running ' +
        'a port is harder than it looks.',
    ),
    ['indirect|Ana Vos|the port audit was complete', 'indirect|Tomas Berg|running a port is harder than it looks'],
  )
})

test('quotes: "hopes to win the seat" reports the hope with its infinitive, as "plans to run" does', () => {
  assert.deepEqual(quotesOf('Ana Vos hopes to win the seat. Tomas Berg plans to run for mayor.'), [
    'indirect|Ana Vos|to win the seat',
    'indirect|Tomas Berg|to run for mayor',
  ])
})

test('quotes: "The federation, led by Ana Vos, is demanding …": an apposition of who leads the subject', () => {
  assert.deepEqual(quotesOf('The Kellby Drivers Union, led by Ana Vos, wants a shorter working week.'), [
    'indirect|Kellby Drivers Union|a shorter working week',
  ])
})
