import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createAnalyzer } from '../../../analyzer.js'
import type { AnalysisPosition } from '../../../core/analysis.js'
import { articleFromParts } from '../../../ingest/article-from-text.js'
import { stanceOf } from './positions.js'

const plain = createAnalyzer()
const withPack = createAnalyzer({ pack: 'russia-ukraine' })

function positionsOf(body: string, analyzer = plain): AnalysisPosition[] {
  const analysis = analyzer.analyze(articleFromParts('test.txt', 'Talks', body))
  for (const position of analysis.positions) {
    // The evidence must hold the proposition: every position points back to its words. (A proposition
    // may lead with what is refused about those words: "negotiating enrichment".)
    const evidence = analysis.article.text.slice(position.start, position.end).toLowerCase()
    const proposition = position.proposition.toLowerCase()
    assert.ok(evidence.includes(proposition) || evidence.includes(proposition.replace(/^\S+ /, '')))
  }
  return analysis.positions
}

interface Case {
  readonly pattern: string
  readonly text: string
  readonly actor: string
  readonly stance: AnalysisPosition['stance']
  readonly proposition: string
  readonly conditions?: readonly string[]
}

const CASES: readonly Case[] = [
  {
    pattern: '"X, which opposed Y, said …": a body\'s relative clause holds a stance of its own',
    text: 'The Calder Riders Alliance, which opposed the increase, said the fare would drive away riders.',
    actor: 'Calder Riders Alliance',
    stance: 'against',
    proposition: 'the increase',
  },
  {
    pattern: '"Transit Workers Local 412 said it supported X as long as Y": a union local keeps its number',
    text: 'Transit Workers Local 412 said it supported the increase as long as the extra money went to hiring drivers.',
    actor: 'Transit Workers Local 412',
    stance: 'conditional',
    proposition: 'the increase',
    conditions: ['the extra money went to hiring drivers'],
  },
  {
    pattern: '"Lithuania\'s foreign minister, X, said his country would not Y": the state the role names',
    text: "Lithuania's foreign minister, Kestutis Budrys, said his country would not reopen the port to Belarusian potash.",
    actor: 'Lithuania',
    stance: 'against',
    proposition: 'reopen the port to Belarusian potash',
  },
  {
    pattern: '"Its secretary, X, said the union would Y if Z": the union the article named',
    text: "The Harbour Workers' Union met on Monday. Its regional secretary, Dawn Keeble, said the union would ballot its members on strike action if the board signed with Corvid.",
    actor: "Harbour Workers' Union",
    stance: 'conditional',
    proposition: 'ballot its members on strike action',
    conditions: ['the board signed with Corvid'],
  },
  {
    pattern: '"has not said whether it will attend": one word, but attending is a position',
    text: 'Ethiopia has not said whether it will attend.',
    actor: 'Ethiopia',
    stance: 'undecided',
    proposition: 'attend',
  },
  {
    pattern: '"The union\'s secretary, X, said it would oppose Y unless Z": "it" is the body the person speaks for',
    text: "The Retail Union met on Monday. The union's national secretary, Craig Dunleavy, said it would oppose the deal unless Tarrant signed a binding commitment.",
    actor: 'Retail Union',
    stance: 'conditional',
    proposition: 'the deal',
    conditions: ['Tarrant signed a binding commitment'],
  },
  {
    pattern: '"M23 spokesman X said the group would not Y until Z": the group is the body in the speaker\'s title',
    text: 'M23 spokesman Lawrence Kanyuka said the group would not discuss a monitoring mechanism until Kinshasa freed 700 of its members.',
    actor: 'M23',
    stance: 'conditional',
    proposition: 'discuss a monitoring mechanism',
    conditions: ['Kinshasa freed 700 of its members'],
  },
  {
    pattern: "'would not \"pay X …\"': a negation may stand before the reporter's quote mark",
    text: 'Foreign Minister Ana Ruiz said in a statement that Lima would not "pay Chile for the right not to be attacked."',
    actor: 'Peru',
    stance: 'against',
    proposition: 'pay Chile for the right not to be attacked',
  },
  {
    pattern: '"rejected that sequence": a demonstrative before a noun names what the story described',
    text: 'Belgrade wants recognition first. Serbian President Aleksandar Vucic rejected that sequence.',
    actor: 'Aleksandar Vucic',
    stance: 'against',
    proposition: 'that sequence',
  },
  {
    pattern:
      '"The head of X, Abdullah al-Shami, … demanded that Y": a name with a particle in apposition is the subject',
    text: "The head of the Houthis' prisoner committee, Abdullah al-Shami, accused the government of stalling and demanded that it release 60 fighters before any talks.",
    actor: 'Abdullah al-Shami',
    stance: 'for',
    proposition: 'it release 60 fighters before any talks',
  },
  {
    pattern: '"her federation" after "Hockey Argentina\'s president, X," is that federation',
    text: "Hockey Argentina's president, Lucía Ferreyra, said her federation would oppose any ban unless the league released its players.",
    actor: 'Hockey Argentina',
    stance: 'conditional',
    proposition: 'any ban',
    conditions: ['the league released its players'],
  },
  {
    pattern: "an unnamed spokesperson's words bind the side they name",
    text: 'A State Department spokesperson said Washington would not be bound by any agreement negotiated in Geneva.',
    actor: 'United States',
    stance: 'against',
    proposition: 'be bound by any agreement negotiated in Geneva',
  },
  {
    pattern: '"would not accept any X that did not "Y"": the quoted requirement is the condition',
    text: 'A spokesperson for the ministry said the UK would not accept any arrangement that did not "reflect the science."',
    actor: 'United Kingdom',
    stance: 'conditional',
    proposition: 'any arrangement',
    conditions: ['reflect the science'],
  },
  {
    pattern: '"supported X but opposed Y": the past of "oppose" takes its object without "to"',
    text: 'The United States said it supported measures on waste but opposed any limits on production.',
    actor: 'United States',
    stance: 'against',
    proposition: 'any limits on production',
  },
  {
    pattern: '"floated a compromise" puts a proposal forward',
    text: 'The European Union had floated a compromise on the quota shares.',
    actor: 'European Union',
    stance: 'for',
    proposition: 'a compromise on the quota shares',
  },
  {
    pattern: '"ready to talk": to negotiate at all is a position, though one word',
    text: 'The National Renewal Party holds 11 seats. Its leader, Aivars Berzins, said his party was ready to talk.',
    actor: 'National Renewal Party',
    stance: 'for',
    proposition: 'talk',
  },
  {
    pattern: '"was ready to X but would not Y": the modal after "but" shares the copula\'s subject',
    text: 'The National Renewal Party holds 11 seats. Its leader, Aivars Berzins, said his party was ready to talk but would not sit in a cabinet with the Greens.',
    actor: 'National Renewal Party',
    stance: 'against',
    proposition: 'sit in a cabinet with the Greens',
  },
  {
    pattern: "a modal before a quote: 'China would \"not take part in X\"' is the speaker's refusal",
    text: 'A foreign ministry spokesman, Lin Wei, said China would "not take part in so-called trilateral talks."',
    actor: 'China',
    stance: 'against',
    proposition: 'take part in so-called trilateral talks',
  },
  {
    pattern: 'a passive refusal whose subject is acted on belongs to the speaker',
    text: '"Our growers will not be asked to compete with subsidised milk," Trade Minister Ravi Goel said.',
    actor: 'Ravi Goel',
    stance: 'against',
    proposition: 'be asked to compete with subsidised milk',
  },
  {
    pattern: '"it would" in a person\'s words is the body the person speaks for',
    text: 'Union leader Ann Moss, of the Dock Workers Union, said it would drop its demand for a bonus if the company withdrew the rota changes.',
    actor: 'Dock Workers Union',
    stance: 'conditional',
    proposition: 'drop its demand for a bonus',
    conditions: ['the company withdrew the rota changes'],
  },
  {
    pattern: '"would accept no X" is against X',
    text: 'Jan Ols said his delegation would accept no text that set production targets.',
    actor: 'Jan Ols',
    stance: 'against',
    proposition: 'text that set production targets',
  },
  {
    pattern: '"will not join any X that does not Y" is conditional on Y',
    text: 'Anna Berg, who leads the Progressive Party, said her party will not join any government that does not introduce a levy on bank profits.',
    actor: 'Progressive Party',
    stance: 'conditional',
    proposition: 'join any government',
    conditions: ['introduce a levy on bank profits'],
  },
  {
    pattern: '"warned that X would Y": a warning is against X whatever its verb',
    text: 'The Auto Makers Federation warned that a quota above 100,000 cars would push down investment in local plants.',
    actor: 'Auto Makers Federation',
    stance: 'against',
    proposition: 'a quota above 100,000 cars',
  },
  {
    pattern: '"would recommend a deal that Y" is for it',
    text: 'The Riders Union said it would recommend a deal that matched the 15 percent rise.',
    actor: 'Riders Union',
    stance: 'for',
    proposition: 'a deal that matched the 15 percent rise',
  },
  {
    pattern: '"would challenge any new law that Y" is against the law',
    text: 'The Digital Rights League said it would challenge any new law that allowed face scans in court.',
    actor: 'Digital Rights League',
    stance: 'against',
    proposition: 'any new law that allowed face scans in court',
  },
  {
    pattern: '"would only back X, Irvine said, if Y": the reporter\'s aside stands before the condition',
    text: 'The Skippers Association met on Monday. The association would only back a sharing deal, Irvine said, if it restored access to Norwegian waters.',
    actor: 'Skippers Association',
    stance: 'conditional',
    proposition: 'a sharing deal',
    conditions: ['it restored access to Norwegian waters'],
  },
  {
    pattern: '"has not yet decided whether X would Y": the whole clause is the open question',
    text: 'Acme Corp said it had not yet decided whether any stores would close.',
    actor: 'Acme Corp',
    stance: 'undecided',
    proposition: 'any stores would close',
  },
  {
    pattern: '"…, something X has refused": the stance closes the sentence and is about the clause before it',
    text: 'Kyiv wants the plant returned to Ukrainian control, something Moscow has refused.',
    actor: 'Russia',
    stance: 'against',
    proposition: 'the plant returned to Ukrainian control',
  },
  {
    pattern: '"X, which Y has long resisted": the noun phrase before the relative word',
    text: 'The draft includes a clause on inspections, which China has long resisted.',
    actor: 'China',
    stance: 'against',
    proposition: 'a clause on inspections',
  },
  {
    pattern: '"would only back X if Y": "only" between the modal and the verb keeps the subject and the condition',
    text: 'The Farmers Alliance will only back the plan if subsidies are kept.',
    actor: 'Farmers Alliance',
    stance: 'conditional',
    proposition: 'the plan',
    conditions: ['subsidies are kept'],
  },
  {
    pattern: '"her party would only join a coalition that Y": the object "only" narrows is the condition',
    text: 'Lena Ford, who leads the Green Party, said her party would only join a coalition that closed the coal plants.',
    actor: 'Green Party',
    stance: 'conditional',
    proposition: 'join a coalition that closed the coal plants',
    conditions: ['a coalition that closed the coal plants'],
  },
  {
    pattern: '"insisted that X be Y": a demand in the subjunctive',
    text: 'Peru insisted that the ports of Arica be added to the protected list.',
    actor: 'Peru',
    stance: 'for',
    proposition: 'the ports of Arica be added to the protected list',
  },
  {
    pattern: '"said it would not be bound by X": a refusal in the passive, held by the speaker "it" stands for',
    text: 'Peru said it would not be bound by any agreement negotiated in Geneva.',
    actor: 'Peru',
    stance: 'against',
    proposition: 'be bound by any agreement negotiated in Geneva',
  },
  {
    pattern: '"would fight any attempt to X" is against X',
    text: 'The Dock Workers Union said it would fight any attempt to close the northern terminal.',
    actor: 'Dock Workers Union',
    stance: 'against',
    proposition: 'close the northern terminal',
  },
  {
    pattern: '"…, rejecting X": a participle after a comma shares the sentence\'s subject',
    text: 'Peru walked out of the talks on Monday, rejecting a Chilean proposal to phase the duty out over three years.',
    actor: 'Peru',
    stance: 'against',
    proposition: 'a Chilean proposal to phase the duty out over three years',
  },
  {
    pattern: '"her party would back X only if Y" is the party the speaker leads',
    text: 'Mette Lund, who leads the Citizens Party, said her party would back the budget only if the pension age stayed at 68.',
    actor: 'Citizens Party',
    stance: 'conditional',
    proposition: 'the budget',
    conditions: ['the pension age stayed at 68'],
  },
  {
    pattern: 'in the reporter’s words, "X would sign only if Y" states X’s terms',
    text: 'Norway would sign only if the sanctions on its farm bank were lifted.',
    actor: 'Norway',
    stance: 'conditional',
    proposition: 'sign',
    conditions: ['the sanctions on its farm bank were lifted'],
  },
  {
    pattern: '"we are against X" in a quote is the speaker against X',
    text: 'Commissioner Ana Ruiz said: "We are against any merger that leaves our plants with one supplier."',
    actor: 'Ana Ruiz',
    stance: 'against',
    proposition: 'any merger that leaves our plants with one supplier',
  },
  {
    pattern: '"the alliance" is the body named before, and "only if" makes it conditional',
    text: 'The Kellby Players Alliance met on Monday. The alliance would support the new league only if players kept their places.',
    actor: 'Kellby Players Alliance',
    stance: 'conditional',
    proposition: 'the new league',
    conditions: ['players kept their places'],
  },
  {
    pattern: 'who argues that a proposal would do harm is against it',
    text: 'Tomas Berg, head of the Kellby Business Council, argued that a mandatory four-day week would "price small firms out of business."',
    actor: 'Tomas Berg',
    stance: 'against',
    proposition: 'a mandatory four-day week',
  },
  {
    pattern: 'a proposal headed by a gerund may be argued harmful too, and is no demand',
    text: 'The Dunmore Harbour Board has argued that closing the ferry terminal now would undercut the island economy.',
    actor: 'Dunmore Harbour Board',
    stance: 'against',
    proposition: 'closing the ferry terminal now',
  },
  {
    pattern: 'a noun in -ing tagged as a verb may head the harmful proposal',
    text: 'The Kellby Residents Association argued that the dredging would overwhelm the harbour road.',
    actor: 'Kellby Residents Association',
    stance: 'against',
    proposition: 'the dredging',
  },
  {
    pattern: 'what is rejected may stand in quotation marks',
    text: 'Envoy Tomas Berg said Oslo would not accept “a rewriting of the rules through the back door.”',
    actor: 'Norway',
    stance: 'against',
    proposition: 'a rewriting of the rules through the back door',
  },
  {
    pattern: '"her group" is the body named after the speaker where the text introduced her',
    text: 'Amara Diallo, who chairs the Alliance of Coastal States, spoke on Monday. She said her group would back the plan.',
    actor: 'Alliance of Coastal States',
    stance: 'for',
    proposition: 'the plan',
  },
  {
    pattern: '"X said it could support Y, but only if Z": "it" is the body that speaks',
    text: 'The Nordic Council said it could support a higher target, but only if it applied to more donors.',
    actor: 'Nordic Council',
    stance: 'conditional',
    proposition: 'a higher target',
    conditions: ['it applied to more donors'],
  },
  {
    pattern: 'a condition opening a quote binds the stance after it',
    text: '"If both sides ask us, Oslo is ready to send monitors to the plants," Foreign Minister Tomas Berg said.',
    actor: 'Norway',
    stance: 'conditional',
    proposition: 'send monitors to the plants',
    conditions: ['both sides ask us'],
  },
  {
    pattern: '"her federation would oppose X unless Y": the body the speaker leads',
    text: 'Lena Ruiz, head of the Hockey Federation of Estavia, said her federation would oppose any ban unless the league refused to release players.',
    actor: 'Hockey Federation of Estavia',
    stance: 'conditional',
    proposition: 'any ban',
    conditions: ['the league refused to release players'],
  },
  {
    pattern: '"has no plans to X" is against X',
    text: 'Norhalt Microsystems has no plans to discuss a settlement, its lawyers said.',
    actor: 'Norhalt Microsystems',
    stance: 'against',
    proposition: 'discuss a settlement',
  },
  {
    pattern: '"would appeal the ruling" is against the ruling',
    text: 'Norhalt Microsystems said in a statement that it would appeal the certification ruling.',
    actor: 'Norhalt Microsystems',
    stance: 'against',
    proposition: 'the certification ruling',
  },
  {
    pattern: 'a strong condition further on in the clause still binds: "…, but only within X and only if Y"',
    text: 'Envoy Ana Ruiz said Poland was ready to reopen two crossings, but only under its own laws and only if Norway lifted its visa ban.',
    actor: 'Poland',
    stance: 'conditional',
    proposition: 'reopen two crossings',
    conditions: ['Norway lifted its visa ban'],
  },
  {
    pattern: '"did not rule out X, however, provided that Y" is conditional',
    text: 'Governor Tomas Berg did not rule out a second round of talks in May, however, provided that the mediators set the agenda.',
    actor: 'Tomas Berg',
    stance: 'conditional',
    proposition: 'a second round of talks in May',
    conditions: ['the mediators set the agenda'],
  },
  {
    pattern: 'an adverb of time between the subject and the verb: "has so far refused"',
    text: 'Germany has so far refused to back the joint bond plan.',
    actor: 'Germany',
    stance: 'against',
    proposition: 'back the joint bond plan',
  },
  {
    pattern: '"has not yet decided whether to X" leaves X open',
    text: 'France has not yet decided whether to support the referral to the council.',
    actor: 'France',
    stance: 'undecided',
    proposition: 'support the referral to the council',
  },
  {
    pattern: '"has yet to say whether it would X" leaves X open',
    text: 'Mayor Ana Ruiz has yet to say whether she would sign the budget.',
    actor: 'Ana Ruiz',
    stance: 'undecided',
    proposition: 'sign the budget',
  },
  {
    pattern: 'not committing to something leaves it open',
    text: '"We are not pre-committing to any particular rate path," said bank president Ana Ruiz.',
    actor: 'Ana Ruiz',
    stance: 'undecided',
    proposition: 'any particular rate path',
  },
  {
    pattern: 'committing to something is support',
    text: 'Governor Ana Ruiz committed to a ceasefire by Friday.',
    actor: 'Ana Ruiz',
    stance: 'for',
    proposition: 'a ceasefire by Friday',
  },
  {
    pattern: 'a reported refusal with a modal binds the speaker and waits for its condition',
    text: 'Union leader Marit Olsen said: "Our crews will not sail again until the owners pay the back wages."',
    actor: 'Marit Olsen',
    stance: 'conditional',
    proposition: 'sail again',
    conditions: ['the owners pay the back wages'],
  },
  {
    pattern: 'a state named as the subject of a reported commitment holds it',
    text: 'Foreign Minister Tomas Berg said Oslo would send observers if both sides agreed to a ceasefire.',
    actor: 'Norway',
    stance: 'conditional',
    proposition: 'send observers',
    conditions: ['both sides agreed to a ceasefire'],
  },
  {
    pattern: '"would rather X than Y" is against Y',
    text: 'Prime Minister Eva Kollar said Bratislava would rather pay the penalty than accept the quota.',
    actor: 'Slovakia',
    stance: 'against',
    proposition: 'accept the quota',
  },
  {
    pattern: '"should" in reported speech asks for something',
    text: 'Councillor Ravi Menon said the city should build the new depot outside the old town.',
    actor: 'Ravi Menon',
    stance: 'for',
    proposition: 'build the new depot outside the old town',
  },
  {
    pattern: 'calling something "unworkable" is a stance against it',
    text: 'Senator Lena Park called the revised budget "unworkable" on Tuesday.',
    actor: 'Lena Park',
    stance: 'against',
    proposition: 'the revised budget',
  },
  {
    pattern: "a city offered by a speaker is the speaker's offer",
    text: 'Governor Ali Demir said on Monday that Izmir was ready to host the next round of talks.',
    actor: 'Ali Demir',
    stance: 'for',
    proposition: 'host the next round of talks',
  },
  {
    pattern: 'reported rejection, person actor',
    text: 'Prime Minister Petr Novak firmly rejected calls to hold an early election.',
    actor: 'Petr Novak',
    stance: 'against',
    proposition: 'hold an early election',
  },
  {
    pattern: 'negation turns readiness into refusal; a seat of government speaks for its state',
    text: 'Beijing is not willing to discuss the status of the islands, officials said.',
    actor: 'China',
    stance: 'against',
    proposition: 'discuss the status of the islands',
  },
  {
    pattern: 'condition after "if", country actor inside reported speech',
    text: 'Foreign Minister Anna Lind said Sweden is willing to lift its export ban if Turkey releases the detained journalists.',
    actor: 'Sweden',
    stance: 'conditional',
    proposition: 'lift its export ban',
    conditions: ['Turkey releases the detained journalists'],
  },
  {
    pattern: 'condition after "in exchange for"',
    text: 'Chile is prepared to cut its copper tariffs in exchange for wider access to Asian markets.',
    actor: 'Chile',
    stance: 'conditional',
    proposition: 'cut its copper tariffs',
    conditions: ['wider access to Asian markets'],
  },
  {
    pattern:
      '"her government" in reported speech is the speaker; a quoted fragment belongs to the proposition and does not hide the condition',
    text: 'Trade Minister Ines Ortega told reporters that her government was ready to cut duties “within days” if Brazil dropped its quotas.',
    actor: 'Ines Ortega',
    stance: 'conditional',
    proposition: 'cut duties “within days”',
    conditions: ['Brazil dropped its quotas'],
  },
  {
    pattern: 'a demand whose object is partly quoted keeps the quoted words',
    text: 'Prime Minister Tomas Berg demanded that the junta "step back from the brink" before the summit.',
    actor: 'Tomas Berg',
    stance: 'for',
    proposition: 'the junta "step back from the brink"',
  },
  {
    pattern: 'a decision that lies ahead ("would decide on Friday whether to X") leaves X open',
    text: "The Dairy Growers' Front rallied on Monday. The Front said it would decide on Tuesday whether to end the tractor protest.",
    actor: "Dairy Growers' Front",
    stance: 'undecided',
    proposition: 'end the tractor protest',
  },
  {
    pattern: 'a council named only in lower case holds what it offers',
    text: 'The council, which has owned the Marsh Road stadium since 1974, has offered a 20-year lease with a review clause.',
    actor: 'council',
    stance: 'for',
    proposition: 'a 20-year lease with a review clause',
  },
  {
    pattern: 'a time may stand between the stance word and its particle',
    text: 'The Kellby Front offered on Monday to return two seized boats.',
    actor: 'Kellby Front',
    stance: 'for',
    proposition: 'return two seized boats',
  },
  {
    pattern: '"his government" of a head of government is the state named just before',
    text: 'Portugal has shifted. Prime Minister Jan Novak told parliament that his government would vote against any budget that raised fuel duty.',
    actor: 'Portugal',
    stance: 'against',
    proposition: 'any budget that raised fuel duty',
  },
  {
    pattern: '"the government" in a minister\'s words is the government of the state the article is about',
    text: 'Chile has offered to reopen the pass. Chile would keep it open in winter too. Interior Minister Rosa Vidal said the government would pay for the road only if Argentina shared the cost.',
    actor: 'Chilean government',
    stance: 'conditional',
    proposition: 'pay for the road',
    conditions: ['Argentina shared the cost'],
  },
  {
    pattern: '"The government refused …" in the reporter\'s words: a venue named with "in" does not make the state',
    text: 'Talks between Peru and its miners resumed in Quito on Monday. Negotiators met in Quito again. Peru has sent two ministers. The government refused to lower the royalty.',
    actor: 'Peruvian government',
    stance: 'against',
    proposition: 'lower the royalty',
  },
  {
    pattern: '"X\'s Foreign Ministry said the government would …": the state the body is named for',
    text: "Norway hosted the talks. Norway said the talks went well, and Norway will host more. Peru's Foreign Ministry said in a statement that the government would not sign the draft accord.",
    actor: 'Peruvian government',
    stance: 'against',
    proposition: 'sign the draft accord',
  },
  {
    pattern: '"the collective would support": a body named by a word the tagger reads as an adjective',
    text: 'The Harbor Riders Collective has 300 members. Ana Ruiz said the collective would back the new tour only if it shared the prize money.',
    actor: 'Harbor Riders Collective',
    stance: 'conditional',
    proposition: 'the new tour',
    conditions: ['it shared the prize money'],
  },
  {
    pattern: '"is weighing whether to X" leaves X open',
    text: 'Vos Foods GmbH was weighing whether to close its second bakery, two people said.',
    actor: 'Vos Foods GmbH',
    stance: 'undecided',
    proposition: 'close its second bakery',
  },
  {
    pattern: "a region's own government holds for the region under the name the text gives it",
    text: 'Kellby’s regional government is weighing whether to pay rural clinics a winter bonus.',
    actor: 'Kellby’s regional government',
    stance: 'undecided',
    proposition: 'pay rural clinics a winter bonus',
  },
  {
    pattern: 'a quoted condition after the object, and a long phrase between the speech verb and "that it"',
    text: 'Peru said in a letter to the council on Friday that it would back the pact “as long as the border posts stay open”.',
    actor: 'Peru',
    stance: 'conditional',
    proposition: 'the pact',
    conditions: ['the border posts stay open'],
  },
  {
    pattern: 'a straight quote closing a quoted amount does not end the proposition before its condition',
    text: 'Norway was ready to lend "two or three" ships, but only if both navies asked for them, the minister said.',
    actor: 'Norway',
    stance: 'conditional',
    proposition: 'lend "two or three"',
    conditions: ['both navies asked for them'],
  },
  {
    pattern: 'when and where a stance was taken is no part of its proposition',
    text: 'The Harbor Dockers Union rejected the offer at a news conference on Tuesday.',
    actor: 'Harbor Dockers Union',
    stance: 'against',
    proposition: 'the offer',
  },
  {
    pattern: '"It" opening a sentence with a stance takes up the body before',
    text: 'Harbor Mining GmbH lost its licence in March. It is demanding a new licence for the north pit.',
    actor: 'Harbor Mining GmbH',
    stance: 'for',
    proposition: 'a new licence for the north pit',
  },
  {
    pattern: 'adding a sum ("add €15 a night") is no speaking',
    text: 'The Kellby Tourism Board is weighing whether to add €15 a night to the visitor tax.',
    actor: 'Kellby Tourism Board',
    stance: 'undecided',
    proposition: 'add €15 a night to the visitor tax',
  },
  {
    pattern: '"its ministry" speaks for the state "its" refers to',
    text: 'Portugal has moved furthest. In March, its finance ministry demanded that the levy be delayed.',
    actor: 'Portugal',
    stance: 'for',
    proposition: 'the levy be delayed',
  },
  {
    pattern: '"said in a statement on Tuesday that it backed X": "it" is the body that speaks',
    text: 'The Kellby Publishers Association said in a statement on Tuesday that it backed the teachers’ demands.',
    actor: 'Kellby Publishers Association',
    stance: 'for',
    proposition: 'the teachers’ demands',
  },
  {
    pattern: '"could live with X" accepts X',
    text: 'Finance Minister Carla Reyes said she could live with a later deadline for the levy.',
    actor: 'Carla Reyes',
    stance: 'for',
    proposition: 'a later deadline for the levy',
  },
  {
    pattern: 'modality: "might accept" leaves the stance open',
    text: 'Finance Minister Carla Reyes might accept a smaller cut to the pension budget.',
    actor: 'Carla Reyes',
    stance: 'undecided',
    proposition: 'a smaller cut to the pension budget',
  },
  {
    pattern: 'modality: "could accept" says the thing is acceptable',
    text: 'Finance Minister Carla Reyes could accept a smaller cut to the pension budget.',
    actor: 'Carla Reyes',
    stance: 'for',
    proposition: 'a smaller cut to the pension budget',
  },
  {
    pattern: 'negated refusal: "has not ruled out"',
    text: 'Berlin has not ruled out further sanctions on Moscow.',
    actor: 'Germany',
    stance: 'undecided',
    proposition: 'further sanctions on Moscow',
  },
  {
    pattern: 'a denial of wants is against',
    text: 'Tehran continues to deny any plans to build a nuclear weapon.',
    actor: 'Iran',
    stance: 'against',
    proposition: 'build a nuclear weapon',
  },
  {
    pattern: 'officials of a state speak for it',
    text: 'Egyptian officials pushed for a lasting ceasefire in Gaza during the meeting.',
    actor: 'Egypt',
    stance: 'for',
    proposition: 'a lasting ceasefire in Gaza',
  },
  {
    pattern: 'quoted position belongs to the speaker ("we")',
    text: '“We will never accept a partition of the island,” said President Nikos Christodoulides.',
    actor: 'Nikos Christodoulides',
    stance: 'against',
    proposition: 'a partition of the island',
  },
  {
    pattern: 'coordinated verbs share the subject of the matching verb',
    text: 'President Lula said on Friday that Brazil is ready to mediate but rejected calls to join the sanctions.',
    actor: 'Lula',
    stance: 'against',
    proposition: 'join the sanctions',
  },
  {
    pattern: '"called on Y to X" asks for Y to X',
    text: 'European Council President Anna Lind called on Beijing to press Moscow into a ceasefire.',
    actor: 'Anna Lind',
    stance: 'for',
    proposition: 'Beijing to press Moscow into a ceasefire',
  },
  {
    pattern: 'an appeal is for what it appeals for, without the day it was made',
    text: 'Defence Minister Oleh Marko appealed for an immediate ceasefire on Tuesday.',
    actor: 'Oleh Marko',
    stance: 'for',
    proposition: 'an immediate ceasefire',
  },
  {
    pattern: '"argued that X" is for X',
    text: 'Prime Minister Elsa Brun argued that the burden could no longer fall on the coastal states.',
    actor: 'Elsa Brun',
    stance: 'for',
    proposition: 'the burden could no longer fall on the coastal states',
  },
  {
    pattern: 'an offer of something, without "to"',
    text: 'Transport Minister Ola Dahl is offering a raise of 3.5 percent over two years.',
    actor: 'Ola Dahl',
    stance: 'for',
    proposition: 'a raise of 3.5 percent over two years',
  },
  {
    pattern: 'fearing that X is against X; the clause ends at a second subject',
    text: 'Officials in Oslo fear that the quota system could lock in a permanent advantage and the minister said talks must go on.',
    actor: 'Norway',
    stance: 'against',
    proposition: 'the quota system could lock in a permanent advantage',
  },
  {
    pattern: 'a proposition cut before a relative clause does not end on "that"',
    text: 'Speaker Tom Reyes plans to allow a vote on an aid bill that would fund the border agency.',
    actor: 'Tom Reyes',
    stance: 'for',
    proposition: 'allow a vote on an aid bill',
  },
  {
    pattern: '"as … as possible" is a comparison, not a label',
    text: 'Prime Minister Elsa Brun said her government was ready to work as constructively as possible.',
    actor: 'Elsa Brun',
    stance: 'for',
    proposition: 'work as constructively as possible',
  },
  {
    pattern: 'condemning is against',
    text: 'Foreign Minister Ana Ruiz condemned the strikes on the port.',
    actor: 'Ana Ruiz',
    stance: 'against',
    proposition: 'the strikes on the port',
  },
  {
    pattern: 'the label after "as" is not part of what is condemned',
    text: 'Foreign Minister Ana Ruiz condemned the annexation as illegal.',
    actor: 'Ana Ruiz',
    stance: 'against',
    proposition: 'the annexation',
  },
  {
    pattern: 'a denial before the holder negates a plan without "that"',
    text: 'President Anton Dragan continues to deny he plans to annex the valley.',
    actor: 'Anton Dragan',
    stance: 'against',
    proposition: 'annex the valley',
  },
  {
    pattern: 'a threat and an intention are positions for what they announce, without the "to"',
    text: 'Energy Minister Pavel Orlov threatened to cut gas supplies to the region.',
    actor: 'Pavel Orlov',
    stance: 'for',
    proposition: 'cut gas supplies to the region',
  },
  {
    pattern: 'a sponsor backs its proposal',
    text: 'The EU-backed plan for a buffer zone along the river was discussed on Monday.',
    actor: 'European Union',
    stance: 'for',
    proposition: 'a buffer zone along the river',
  },
  {
    pattern: 'a quotation may open between the modal and the stance verb: would "firmly oppose" X',
    text: 'Chile said it would "firmly oppose" any group of countries that tried to fix copper prices.',
    actor: 'Chile',
    stance: 'against',
    proposition: 'any group of countries that tried to fix copper prices',
  },
  {
    pattern: 'a state\'s delegation speaks for the state, and a time may stand before "that"',
    text: "Norway's delegation proposed on Tuesday morning that the quota talks resume in spring.",
    actor: 'Norway',
    stance: 'for',
    proposition: 'the quota talks resume in spring',
  },
  {
    pattern: '"would not hesitate to X if Y" is conditional on Y',
    text: 'The Transport Ministry said it would not hesitate to tighten the rules if the regulator asked for more powers.',
    actor: 'Transport Ministry',
    stance: 'conditional',
    proposition: 'tighten the rules',
    conditions: ['the regulator asked for more powers'],
  },
  {
    pattern: '"has not decided whether to X" leaves X open',
    text: 'The Conservatives have not decided whether to back the new harbor levy.',
    actor: 'Conservative Party',
    stance: 'undecided',
    proposition: 'back the new harbor levy',
  },
  {
    pattern: '"would X only after Y" is conditional on Y',
    text: 'Santiago would sign the fishing accord only after the census was finished, a spokesman said.',
    actor: 'Chile',
    stance: 'conditional',
    proposition: 'sign the fishing accord',
    conditions: ['the census was finished'],
  },
  {
    pattern: '"would challenge X in court" is against X',
    text: 'The Kellby Trust said it would challenge the ruling in the Supreme Court.',
    actor: 'Kellby Trust',
    stance: 'against',
    proposition: 'the ruling in the Supreme Court',
  },
  {
    pattern: 'a school district is a body that offers',
    text: 'Brackley Valley Unified School District faces a strike. The district has offered a bonus of $900 for every teacher.',
    actor: 'Brackley Valley Unified School District',
    stance: 'for',
    proposition: 'a bonus of $900 for every teacher',
  },
  {
    pattern: '"the union" is the teachers\' association named before',
    text: 'Members of the Harbor Teachers Association voted to strike. The union is asking for smaller classes.',
    actor: 'Harbor Teachers Association',
    stance: 'for',
    proposition: 'smaller classes',
  },
  {
    pattern: '"her party" is the body the speaker leads, before another the sentence names',
    text: 'Senator Ana Ruiz, who leads the Harbor Alliance, a party with nine seats in the Senate, said her party had not decided whether to back the treaty.',
    actor: 'Harbor Alliance',
    stance: 'undecided',
    proposition: 'back the treaty',
  },
  {
    pattern: 'calling a strike is doing, not speaking: "would call a strike unless Y" is conditional',
    text: 'The Harbor Workers Union said it would call a dock strike next month unless the port restored night shifts.',
    actor: 'Harbor Workers Union',
    stance: 'conditional',
    proposition: 'call a dock strike next month',
    conditions: ['the port restored night shifts'],
  },
  {
    pattern: '"her three councillors" are the body of the speaker\'s role',
    text: 'Labour leader Priya Nair said her five councillors would back the budget in exchange for a new bus depot in the east.',
    actor: 'Labour Party',
    stance: 'conditional',
    proposition: 'the budget',
    conditions: ['a new bus depot in the east'],
  },
  {
    pattern: '"is holding out for X" is for X',
    text: 'Santiago is holding out for a larger share of the anchovy catch, officials said.',
    actor: 'Chile',
    stance: 'for',
    proposition: 'a larger share of the anchovy catch',
  },
  {
    pattern: '"urged shareholders to vote against X" is against X',
    text: "Brackley Point Capital on Tuesday urged Dunmore Bancorp's shareholders to vote against its planned merger with Ridgeway Financial.",
    actor: 'Brackley Point Capital',
    stance: 'against',
    proposition: 'its planned merger with Ridgeway Financial',
  },
  {
    pattern: '"urged members to reject X" is against X',
    text: 'The Dockers Union urged members to reject the offer.',
    actor: 'Dockers Union',
    stance: 'against',
    proposition: 'the offer',
  },
  {
    pattern: '"is not going to X" refuses X like "will not X"',
    text: 'Tom Berg, the Morrow County chairman, said the county is not going to rewrite the cost formula.',
    actor: 'Morrow County',
    stance: 'against',
    proposition: 'rewrite the cost formula',
  },
  {
    pattern:
      '"the union" is the body the article called "their union", and "the system" the one it called a hospital system',
    text:
      'Nurses at Dunmore Health, a hospital system, will strike on Monday, their union, the Harbor Nurses Alliance, said. ' +
      'The union wants ratios written into the contract. The system was willing to add ratios as long as the union dropped its pay demand.',
    actor: 'Harbor Nurses Alliance',
    stance: 'for',
    proposition: 'ratios written into the contract',
  },
  {
    pattern: 'adding a thing is no speaking: "willing to add ratios as long as Y" is conditional',
    text: 'Dunmore Health, a hospital system, faces a strike. The system was willing to add ratios as long as the union dropped its pay demand.',
    actor: 'Dunmore Health',
    stance: 'conditional',
    proposition: 'add ratios',
    conditions: ['the union dropped its pay demand'],
  },
]

for (const c of CASES) {
  test(`positions: ${c.pattern}`, () => {
    const found = positionsOf(c.text)
    const match = found.find((p) => p.actorName.includes(c.actor) && p.proposition === c.proposition)
    assert.ok(
      match,
      `no position of ${c.actor} on "${c.proposition}"; found: ${found.map((p) => `${p.actorName} ${p.stance} "${p.proposition}"`).join(' | ') || '(none)'}`,
    )
    assert.equal(match.stance, c.stance)
    if (c.conditions) assert.deepEqual(match.conditions, c.conditions)
  })
}

const NOT_POSITIONS: readonly [string, string][] = [
  ['holding talks for hours holds out for nothing', 'The Harbor Workers Union held talks for six hours on Monday.'],
  [
    'workers at a body are not the body',
    'Nurses at Dunmore Health said they would walk out for five days unless staffing limits were agreed.',
  ],
  ['the reporter’s forecast without a condition is no stance', 'Norway will sign the treaty on Friday in Oslo.'],
  ['a risk to a place is no stance on a proposal', 'Governor Ana Ruiz warned that Kellby could lose its port.'],
  ['a plural after "has" is a noun', 'Norway, the host, has demands of its own.'],
  ['what someone can do is no stance', 'Mayor Ana Ruiz, who can veto council budget decisions, spoke on Monday.'],
  ['knowing whether is no open stance', 'Mayor Ana Ruiz said she did not know whether it would rain on Sunday.'],
  ['a question is no stance', 'It is unclear whether Russia will accept the proposal.'],
  ['disputing a fact is no stance', 'Ankara rejected the report as baseless.'],
  ['a denial of fact is no stance', 'Ankara denied that talks had taken place.'],
  ['an unnamed subject holds nothing', 'Critics have long rejected the idea of a land swap.'],
  ['a pronoun proposition says nothing', 'Paris rejected it on Monday.'],
  ['a noun is no stance word', 'The call for new elections grew louder in Kyiv.'],
  ['a verb with only a pronoun object says nothing', 'Berlin refused to fulfil them.'],
  ['an indirect question is no proposition', 'Paris rejected what the commission had proposed.'],
]

for (const [why, text] of NOT_POSITIONS) {
  test(`positions: none when ${why}`, () => {
    assert.deepEqual(
      positionsOf(text).map((p) => `${p.actorName} ${p.stance} ${p.proposition}`),
      [],
    )
  })
}

test('positions: a requirement stated next by the same speaker becomes a condition', () => {
  const body =
    'Kyiv is ready to sign a truce, Foreign Minister Andrii Sybiha said. He stressed that any truce must be monitored by foreign observers.'
  const [position] = positionsOf(body, withPack)
  assert.ok(position)
  assert.equal(position.actorName, 'Ukraine')
  assert.equal(position.stance, 'conditional')
  assert.deepEqual(position.conditions, ['any truce must be monitored by foreign observers'])
  assert.equal(position.issue, 'ceasefire')
})

test('positions: issues come from the active pack only', () => {
  const body = 'Moscow objects strongly to any Western peacekeepers in Ukraine.'
  const [packed] = positionsOf(body, withPack)
  const [bare] = positionsOf(body)
  assert.equal(packed?.issue, 'foreign-troops')
  assert.equal(packed?.stance, 'against')
  assert.equal(bare?.issue, null)
  assert.equal(bare?.proposition, packed?.proposition)
})

test('stanceOf: negation, modality and conditions', () => {
  const none = { negated: false, hedged: false, conditions: [], unless: false }
  assert.equal(stanceOf('for', none), 'for')
  assert.equal(stanceOf('for', { ...none, negated: true }), 'against')
  assert.equal(stanceOf('against', { ...none, negated: true }), 'undecided')
  assert.equal(stanceOf('for', { ...none, hedged: true }), 'undecided')
  assert.equal(stanceOf('for', { ...none, conditions: ['x'] }), 'conditional')
  assert.equal(stanceOf('against', { ...none, conditions: ['x'], unless: true }), 'conditional')
  assert.equal(stanceOf('against', { ...none, conditions: ['x'] }), 'against')
})

test('positions: "…, but only if Y" after the proposition is its condition', () => {
  const found = positionsOf(
    'Minister Ana Ruiz said Lima was ready to lift the fishing ban, but only if Santiago cut its quota by half.',
  )
  assert.ok(
    found.some((p) => p.stance === 'conditional' && p.conditions.some((c) => c.includes('Santiago cut its quota'))),
    JSON.stringify(found),
  )
})

test('positions: a negated verb after "and" keeps the subject and the negation', () => {
  const found = positionsOf(
    '"Chile will not reopen the mine and will not accept a tax on exports," President Lucia Mora said.',
  )
  assert.ok(
    found.some((p) => p.stance === 'against' && p.proposition.startsWith('a tax on exports')),
    JSON.stringify(found),
  )
})

test('positions: "would not extend" commitments is against them', () => {
  const found = positionsOf('Secretary Ann Cole said Canada would not extend new loan guarantees to the mine.')
  assert.ok(
    found.some((p) => p.stance === 'against' && p.proposition.startsWith('new loan guarantees')),
    JSON.stringify(found),
  )
})

test('positions: forecasts and places are no positions', () => {
  assert.deepEqual(
    positionsOf(
      'The minister said talks will resume on Monday. "The Baltic cannot become a dumping ground," she said.',
    ),
    [],
  )
})

test('positions: "there could be no X while Y" is conditional on Y, and a side noun stands for its speaker', () => {
  const found = positionsOf(
    'Deputy Minister Oleg Sorin rejected the plan, saying there could be no deal while the blockade remained in place.',
  )
  assert.ok(
    found.some(
      (p) =>
        p.actorName === 'Oleg Sorin' &&
        p.stance === 'conditional' &&
        p.conditions.some((c) => c.includes('the blockade')),
    ),
    JSON.stringify(found),
  )
  const side = positionsOf('Spokesman Karl Aas said the government would not negotiate under threat.')
  assert.ok(
    side.some((p) => p.actorName === 'Karl Aas' && p.stance === 'against'),
    JSON.stringify(side),
  )
})

test('positions: promising and defending are stances for', () => {
  const found = positionsOf(
    'Senator Rosa Vidal has promised to cut the fuel tax. Mayor Jon Eide defended the new parking fees.',
  )
  assert.ok(
    found.some((p) => p.actorName === 'Rosa Vidal' && p.stance === 'for'),
    JSON.stringify(found),
  )
  assert.ok(
    found.some((p) => p.actorName === 'Jon Eide' && p.stance === 'for'),
    JSON.stringify(found),
  )
})

test("positions: \"X should …\" in someone else's words is the speaker's demand; a passive is nobody's stance", () => {
  const found = positionsOf('"The minister should publish the contracts," said opposition leader Mira Holt.')
  assert.ok(
    found.some((p) => p.actorName === 'Mira Holt' && p.stance === 'for'),
    JSON.stringify(found),
  )
  assert.ok(!found.some((p) => p.actorName !== 'Mira Holt'), JSON.stringify(found))
  assert.deepEqual(positionsOf('Governor Ada Lund is supported by few newspapers this year.'), [])
})

test('positions: calling the police and not hesitating are no stances', () => {
  assert.deepEqual(positionsOf('Mayor Ivo Tamm called the police after a dangerous driver crashed into a school.'), [])
  assert.deepEqual(positionsOf('"The government would not hesitate to respond," spokesman Lars Berg said.'), [])
})

test('positions: a refusal with a quoted phrase after its verb, and a quoted verb after "should not"', () => {
  const refusal = positionsOf('Minister Lars Dahl stressed that the government would not negotiate "under threat."')
  assert.ok(
    refusal.some((p) => p.actorName === 'Lars Dahl' && p.stance === 'against' && p.proposition.startsWith('negotiate')),
    JSON.stringify(refusal),
  )
  const caution = positionsOf('Bank president Eva Moll added that the bank should not "react to every rumor."')
  assert.ok(
    caution.some((p) => p.actorName === 'Eva Moll' && p.stance === 'against'),
    JSON.stringify(caution),
  )
})

test('positions: "there will be no X" refuses only what a side can grant; "not welcome to" is not the subject\'s stance', () => {
  const forecast = positionsOf('"There will be no winner in this war, we will all lose," President Ilse Marr said.')
  assert.deepEqual(forecast, [])
  const refusal = positionsOf('"There will be no compromise on the border," President Ilse Marr said.')
  assert.ok(
    refusal.some((p) => p.actorName === 'Ilse Marr' && p.stance === 'against'),
    JSON.stringify(refusal),
  )
  assert.deepEqual(positionsOf('Lobbyists for the mining firms are not welcome to attend the summit in Oslo.'), [])
  assert.deepEqual(positionsOf('The treaty was widely rejected by the smaller parties in parliament.'), [])
})

test('positions: a designation keeps its label; a purpose clause and making others believe are no part of a position', () => {
  const designate = positionsOf('Senator Jo Reed said: "We must designate the cartel as a terrorist organization."')
  assert.ok(
    designate.some(
      (p) => p.actorName === 'Jo Reed' && p.proposition === 'designate the cartel as a terrorist organization',
    ),
    JSON.stringify(designate),
  )
  const purpose = positionsOf('Governor Ada Lund wants to close the port so they cannot smuggle arms.')
  assert.ok(
    purpose.some((p) => p.actorName === 'Ada Lund' && p.proposition === 'close the port'),
    JSON.stringify(purpose),
  )
  assert.deepEqual(positionsOf('Governor Ada Lund wants you to believe that the dam is safe.'), [])
})

test('positions: a quote that goes on after a stance adds no condition to it', () => {
  const body =
    'Former minister Otto Brandt spoke to the agency.\n\n"Serbia wants to stay neutral. Everyone has to accept that. We have to find a way to live with our neighbours," Brandt said.'
  const found = positionsOf(body)
  const neutral = found.find((p) => p.proposition === 'stay neutral')
  assert.ok(neutral, JSON.stringify(found))
  assert.equal(neutral.stance, 'for')
  assert.deepEqual(neutral.conditions, [])
})

test('positions: an offered response is no offer, a thing that "should" happen is no demand, and troops act for their state', () => {
  assert.deepEqual(positionsOf('The ministry in Oslo offered a muted response to the election result.'), [])
  assert.deepEqual(
    positionsOf('"The result should bring more attention to supply chains," analyst Seth Moran said.'),
    [],
  )
  const troops = positionsOf('Norwegian troops are ready to join the mission in the Baltic, the minister said.')
  assert.ok(
    troops.some((p) => p.actorName === 'Norway' && p.stance === 'for'),
    JSON.stringify(troops),
  )
})

test('positions: "they" after a nearer plural noun is not the organization named before', () => {
  const found = positionsOf(
    'The Harbor Union reported the vote on Monday. Mayor Tom Berg praised his supporters at the rally, as they sought to block the new tax on fuel.',
  )
  assert.ok(!found.some((p) => p.actorName === 'Harbor Union'), JSON.stringify(found))
  const group = positionsOf('Dock workers in Oslo said they want to block the new tax on fuel.')
  assert.ok(
    group.some((p) => p.stance === 'for' && p.proposition.startsWith('block the new tax')),
    JSON.stringify(group),
  )
})

test("positions: a proposal with its owner is the owner's position, cut before the sentence's own verb", () => {
  const found = positionsOf(
    "Mayor Ana Ruiz spoke in Lima. Her proposal to hold a referendum on the port was met with a firm no. Chile's bid to join the pact stalled. Bolivia's refusal to reopen the border angered Lima.",
    withPack,
  )
  const simple = found.map((p) => `${p.actorName}|${p.stance}|${p.proposition}`)
  assert.ok(simple.includes('Ana Ruiz|for|hold a referendum on the port'), JSON.stringify(simple))
  assert.ok(simple.includes('Chile|for|join the pact'), JSON.stringify(simple))
  assert.ok(simple.includes('Bolivia|against|reopen the border'), JSON.stringify(simple))
})

test('positions: "the bloc" after the EU is the EU, by the world pack\'s descriptions', () => {
  const found = positionsOf(
    'The EU sells steel to Canada. Trade chief Ana Ruiz said the bloc wants that volume protected in any final text.',
  )
  assert.ok(
    found.some((p) => p.actorName === 'European Union' && p.stance === 'for'),
    JSON.stringify(found),
  )
})

test('positions: backing up a report, welcoming students, studying in a city, refusing to be drawn and wanting to say take no stance', () => {
  assert.deepEqual(
    positionsOf(
      'The Daily Harbor backed up portions of the report. The university welcomed over 900 guests. ' +
        'Around 900 students were studying in Oslo when the war began. Mayor Ana Ruiz refused to be drawn on whether officials would walk out. ' +
        'Tom Berg wanted to express admiration for the team.',
    ),
    [],
  )
  const kept = positionsOf('Mayor Ana Ruiz welcomed the decision to reopen the port.')
  assert.ok(
    kept.some((p) => p.actorName === 'Ana Ruiz' && p.stance === 'for'),
    JSON.stringify(kept),
  )
})

test('positions: "The People\'s Republic of China" is China, not the Republic of China', () => {
  const found = positionsOf('The People’s Republic of China is ready to join forces with Russia, an official said.')
  assert.ok(
    found.some((p) => p.actorName === 'China' && p.stance === 'for'),
    JSON.stringify(found),
  )
})

test('positions: what others allege ("claims that Lima wanted …") and endorsing an assessment are no positions', () => {
  assert.deepEqual(
    positionsOf(
      'The ministry dismissed claims from Britain that Lima wanted to install a friendly mayor in Quito. Spokeswoman Ana Ruiz appeared to endorse the UK assessment that the council is plotting a coup.',
    ),
    [],
  )
  // Without the allegation, the same words are Peru's stance.
  const reported = positionsOf('Officials said Lima wanted to install a friendly mayor in Quito.')
  assert.ok(
    reported.some((p) => p.actorName === 'Peru' && p.stance === 'for'),
    JSON.stringify(reported),
  )
})

test('positions: "White House officials" and "Kremlin officials" speak for the state of their seat', () => {
  const found = positionsOf(
    'White House officials called on Americans to leave the region. Kremlin officials pushed for a ceasefire.',
  )
  const actors = found.map((p) => p.actorName)
  assert.deepEqual(actors, ['United States', 'Russia'])
})

test('positions: refusing to rule out leaves it open; "X said he would" is X; assuring an audience is no position', () => {
  const found = positionsOf(
    'Minister Tom Shaw refused to rule out further action against the rebels. Ana Ruiz sought to assure the audience that Lima has a plan. ' +
      'Governor Ana Ruiz accused Peru of stalling, after President Tom Berg said he would only accept a ceasefire if Lima agreed to halt its plans.',
  )
  const simple = found.map((p) => `${p.actorName}|${p.stance}|${p.proposition}`)
  assert.deepEqual(simple, ['Tom Shaw|undecided|further action against the rebels', 'Tom Berg|conditional|a ceasefire'])
})

test('positions: standing with someone is support, and a name alone is a whole proposition when it is the object', () => {
  const found = positionsOf(
    '"We stand with Ukraine," Mayor Tom Berg said. Senator Ana Ruiz backed Zelensky. In that plan, Ruiz demanded Russia should withdraw its troops. The statue stood with its back to the sea.',
  )
  const simple = found.map((p) => `${p.actorName}|${p.stance}|${p.proposition}`)
  assert.deepEqual(simple, ['Tom Berg|for|Ukraine', 'Ana Ruiz|for|Zelensky', 'Ana Ruiz|for|withdraw its troops'])
})

test('positions: "cannot" refuses only what one could consent to; inability is no stance', () => {
  const found = positionsOf(
    '"Unfortunately, we cannot track down the informant," Senator Tom Berg said. "We cannot accept any deal that cedes land," Minister Ana Ruiz said.',
  )
  assert.deepEqual(
    found.map((p) => `${p.actorName}|${p.stance}|${p.proposition}`),
    ['Ana Ruiz|against|any deal that cedes land'],
  )
})

test('positions: "critical of" is against and "supportive of" is for', () => {
  const found = positionsOf(
    'Senator Tom Graham has been critical of the new trade deal. Minister Ana Ruiz is supportive of the ceasefire plan.',
  )
  assert.deepEqual(
    found.map((p) => `${p.actorName}|${p.stance}|${p.proposition}`),
    ['Tom Graham|against|the new trade deal', 'Ana Ruiz|for|the ceasefire plan'],
  )
})

test('positions: a linking verb or a relative pronoun stands between the holder and the stance', () => {
  const found = positionsOf(
    'Prime Minister Lena Varga remains opposed to sending troops to the border. ' +
      'Council member Grace Lin, who will vote against the measure, left early. Senator Tom Berg would vote for the budget.',
  )
  const simple = found.map((p) => `${p.actorName}|${p.stance}|${p.proposition}`)
  assert.deepEqual(simple, [
    'Lena Varga|against|sending troops to the border',
    'Grace Lin|against|the measure',
    'Tom Berg|for|the budget',
  ])
})

test('positions: what is "not up for negotiation" is held on to; "it" and "that" point to the clause before', () => {
  const found = positionsOf(
    '"Enrichment is our right, and it is not up for negotiation," said Foreign Minister Omid Karimi. ' +
      '"Russia keeps the land, and that is unacceptable," said Deputy Minister Lena Varga. ' +
      '"Ukraine is our home, and it is not up for negotiation," Varga added.',
  )
  const simple = found.map((p) => `${p.actorName}|${p.stance}|${p.proposition}`)
  // A name is no matter to negotiate: the third sentence gives nothing.
  assert.deepEqual(simple, ['Omid Karimi|against|negotiating enrichment', 'Lena Varga|against|Russia keeps the land'])
})

test('positions: a lone "that" in a quote points back to the sentence before it, which the evidence then spans', () => {
  const text =
    'Council member Ana Ruiz said: “We are asking the poorest to pay the most. I cannot support that.” The vote is on Monday.'
  const found = positionsOf(text)
  assert.equal(found.length, 1)
  const [position] = found
  assert.equal(position!.actorName, 'Ana Ruiz')
  assert.equal(position!.stance, 'against')
  assert.equal(position!.proposition, 'We are asking the poorest to pay the most')
  assert.ok(text.slice(position!.start, position!.end).startsWith('Council member Ana Ruiz said'))
  assert.ok(text.slice(position!.start, position!.end).endsWith('support that.”'))
  // Without a sentence of the same quote before it, "that" says nothing.
  assert.deepEqual(positionsOf('Ana Ruiz spoke at noon. “I cannot support that,” Ruiz said.'), [])
})

test('positions: a sentence the story repeats gives its position once', () => {
  const sentence = 'Governor Ana Ruiz rejected the new border tax on Monday. '
  const found = positionsOf(`${sentence}The vote is on Friday. ${sentence}`)
  assert.deepEqual(
    found.map((p) => `${p.actorName}|${p.stance}|${p.proposition}`),
    ['Ana Ruiz|against|the new border tax'],
  )
})

test('positions: every state a coordinated subject names holds the stance', () => {
  const found = positionsOf('Portugal and Spain had pushed for a quick vote on the tariff.')
  assert.deepEqual(found.map((p) => `${p.actorName}|${p.stance}|${p.proposition}`).sort(), [
    'Portugal|for|a quick vote on the tariff',
    'Spain|for|a quick vote on the tariff',
  ])
})

test('positions: "fought" a side and "insisted that" a fact take no stance', () => {
  assert.deepEqual(positionsOf('Peru fought the rebels in the north for a decade.'), [])
  assert.deepEqual(positionsOf('Peru insisted that the talks were going well.'), [])
  assert.deepEqual(positionsOf('Chile argued that the sanctions would end up in court.'), [])
})

test('positions: a negation before an earlier verb does not negate the stance after "and"', () => {
  const found = positionsOf(
    'Peru said it would not pay for the ships and insisted that the ports of Arica be added to the list.',
  )
  const insisted = found.find((p) => p.proposition.startsWith('the ports of Arica'))
  assert.equal(insisted?.stance, 'for')
})

test('positions: "challenged" a rival and "warned that" a person could lose take no stance', () => {
  assert.deepEqual(positionsOf('Peru challenged Chile to a vote on the border.'), [])
  assert.deepEqual(positionsOf('The Farmers Union warned that Ana Ruiz could lose the vote.'), [])
})

test('positions: "tabled" and "floated" without a proposal, and "is opposed by", take no stance', () => {
  assert.deepEqual(positionsOf('Peru tabled the issue until March.'), [])
  assert.deepEqual(positionsOf('The plan is opposed by most members of the council.'), [])
})

test('positions: "rejected that claim" disputes a fact and takes no stance', () => {
  assert.deepEqual(positionsOf('Peru rejected that claim on Monday.'), [])
})

test('positions: a passive stays passive across quotation marks and joined adverbs', () => {
  // Who resists is named after "by"; the speaker takes no stance on "by the islanders".
  assert.deepEqual(
    positionsOf(
      'Prime Minister Ana Ruiz said any such plan would be "fiercely and stubbornly resisted" by the islanders.',
    ),
    [],
  )
  assert.deepEqual(positionsOf('Ruiz said the plan would be "firmly opposed" by her cabinet.'), [])
})

test('positions: a thought supposed of someone else ("if you think that X should …") is no demand', () => {
  assert.deepEqual(
    positionsOf(
      '"If Harbor closes the strait, we will answer, and you will be wrong if you think that Portugal should not be heard," Vos said.',
    ),
    [],
  )
  // The speaker's own thought still counts.
  assert.deepEqual(
    positionsOf('"I think Portugal should sign the deal," Vos said.').map(
      (p) => `${p.actorName}|${p.stance}|${p.proposition}`,
    ),
    ['Vos|for|sign the deal'],
  )
})

test('positions: "would not need to X" says X is unnecessary, not that X is refused', () => {
  assert.deepEqual(
    positionsOf('Portugal wouldn’t need to send its fleet to the coast to make its point, officials said.'),
    [],
  )
})

test('positions: a warning about what a participle noun will do proposes nothing', () => {
  assert.deepEqual(
    positionsOf('The Kellby Grid Authority warned that rolling blackouts would continue for several days.'),
    [],
  )
})

test('positions: "live with" without a modal is where or how people live', () => {
  assert.deepEqual(positionsOf('Carla Reyes said families who live with asthma need cleaner buses.'), [])
})

test('positions: every state of a listed subject holds the stance, the first one too, but not a place that opens the sentence', () => {
  const listed = positionsOf('In Brussels, Portugal, Spain and Italy oppose the new levy.')
  assert.deepEqual(listed.map((p) => p.actorName).sort(), ['Italy', 'Portugal', 'Spain'])
  const opened = positionsOf('After talks in Lisbon, Spain and Italy pushed for a quick vote on the tariff.')
  assert.deepEqual(opened.map((p) => p.actorName).sort(), ['Italy', 'Spain'])
})

test('positions: not ruling out that something happened is no stance; not ruling out what may be done is', () => {
  assert.deepEqual(
    positionsOf('Bishop Tomas Berg said he could not rule out that some records had been lost in the flood.'),
    [],
  )
  assert.deepEqual(
    positionsOf('Tomas Berg would not rule out a second vote on the levy.').map((p) => p.stance),
    ['undecided'],
  )
})

test('positions: a clause opened by "when" or "as" with its own subject ends the proposition; "backed into a corner" backs nothing', () => {
  assert.deepEqual(
    positionsOf(
      'Ruiz asked for new trains when he visited Kellby last month. Lisbon dismissed the plan as it ignored the islands.',
    ).map((p) => p.proposition),
    ['new trains', 'the plan'],
  )
  assert.deepEqual(positionsOf('The envoy backed the duke into a corner before the war.'), [])
})

test('positions: a vote cast is a decision, not a position; a vote to come is a position', () => {
  assert.deepEqual(positionsOf('Trustees Gil Marsh and Bea Olsen voted against the library budget on Monday.'), [])
  assert.deepEqual(
    positionsOf('Trustee Gil Marsh said he would vote against the library budget.').map(
      (p) => `${p.actorName}|${p.stance}`,
    ),
    ['Gil Marsh|against'],
  )
})

test('positions: "argued for weeks that X": the span of time is no complement', () => {
  assert.deepEqual(
    positionsOf('Portugal had argued for weeks that the quota should be cut to 2.1 million tonnes.').map(
      (p) => `${p.actorName}|${p.proposition}`,
    ),
    ['Portugal|the quota should be cut to 2.1 million tonnes'],
  )
})

test('positions: a quotation may open before the modal and the negation ("would not rule out")', () => {
  assert.deepEqual(
    positionsOf(
      'Ana Ruiz said Portugal "would not rule out" a road toll "as long as it applies to every port on the coast."',
    ).map((p) => `${p.actorName}|${p.stance}`),
    ['Portugal|conditional'],
  )
})

test('positions: a verb the tagger reads as a noun or an adverb after a name ("backs", "back") still takes a stance', () => {
  assert.deepEqual(
    positionsOf('The Tarvik Farmers Party backs the grain quota. The Liberals back the request.').map(
      (p) => `${p.actorName}|${p.stance}|${p.proposition}`,
    ),
    ['Tarvik Farmers Party|for|the grain quota', 'Liberals|for|the request'],
  )
})

test('positions: "X and most Y oppose Z" gives both; a plural measure alone is a proposition', () => {
  assert.deepEqual(
    positionsOf('The Greens and most Social Democrats oppose re-exports, although some doubt remains.')
      .map((p) => `${p.actorName}|${p.stance}|${p.proposition}`)
      .sort(),
    ['Green Party|against|re-exports', 'Social Democrats|against|re-exports'],
  )
})

test('positions: a decision put off or still being made leaves the question open; a question of fact does not', () => {
  assert.deepEqual(
    positionsOf(
      'The Kellby Port Authority on Friday put off a decision on whether to sell the north quay. Norvane Energy ' +
        'said it was still deciding whether to sell its stake in the mine. The statement did not say whether the ' +
        'manager had been dismissed.',
    ).map((p) => `${p.actorName}|${p.stance}|${p.proposition}`),
    ['Kellby Port Authority|undecided|sell the north quay', 'Norvane Energy|undecided|sell its stake in the mine'],
  )
})

test('positions: a relative clause about the holder does not negate its stance', () => {
  assert.deepEqual(
    positionsOf('Dunmore Developments, which was not a party to the case, welcomed the ruling on the quay.').map(
      (p) => `${p.actorName}|${p.stance}`,
    ),
    ['Dunmore Developments|for'],
  )
})

test('positions: "the Tarvian government" holds for its state; "the Centre party" is a party', () => {
  assert.deepEqual(
    positionsOf(
      'Officials in Switzerland said the Swiss government would not accept the new tariff schedule. The Centre party ' +
        'said it could support a cap if the cantons agreed.',
    ).map((p) => `${p.actorName}|${p.stance}`),
    ['Switzerland|against', 'Centre party|conditional'],
  )
})

test('positions: "no current plans to", "could not commit to", "hoping for", a charge levied, and a threat after a leading "if"', () => {
  assert.deepEqual(
    positionsOf(
      'The Kellby Ministry of Transport said it had no current plans to raise the bridge toll. Harbor Radio said ' +
        'it could not commit to a Sunday date. Ana Ruiz said she was still hoping for a settlement. The ' +
        'Tarvik Grain Council said it would oppose any charge that was not capped. If the board refuses, Norvane ' +
        'Energy has said it will appeal to the planning inspectorate.',
    ).map((p) => `${p.actorName}|${p.stance}`),
    [
      'Kellby Ministry of Transport|against',
      'Harbor Radio|against',
      'Ana Ruiz|for',
      'Tarvik Grain Council|against',
      'Norvane Energy|conditional',
    ],
  )
})

test('positions: a second predicate after "but" keeps the holder of the first', () => {
  assert.deepEqual(
    positionsOf(
      'Ana Ruiz said Norway would back any plan the two ports agree but would never accept a toll on ferries.',
    ).map((p) => `${p.actorName}|${p.stance}|${p.proposition}`),
    ['Norway|for|any plan the two ports agree', 'Norway|against|a toll on ferries'],
  )
})

test('positions: "asked the panel to X" is for X; "would consider X" is open; "no intention of settling" refuses', () => {
  assert.deepEqual(
    positionsOf(
      'The Kellby Athletics Federation asked the panel to keep the full ban. The council asked staff to return ' +
        'with a cheaper design. Reporters asked him to comment. Norvane Generics said it would consider similar ' +
        'licences on similar terms. Harbor Generics said it had no intention of settling the lawsuit.',
    ).map((p) => `${p.actorName}|${p.stance}`),
    ['Kellby Athletics Federation|for', 'Norvane Generics|undecided', 'Harbor Generics|against'],
  )
})

test('positions: "Neither X nor Y has said whether" leaves both open; "has not said which offer" too', () => {
  assert.deepEqual(
    positionsOf(
      'Norway and Sweden were asked to pledge. Neither Oslo nor Stockholm has said whether it will match. ' +
        'Ana Ruiz, a former governor, has not said which offer she prefers.',
    )
      .map((p) => `${p.actorName}|${p.stance}`)
      .sort(),
    ['Ana Ruiz|undecided', 'Norway|undecided', 'Sweden|undecided'],
  )
})

test('positions: more words of judgment ("disproportionate", "brutal" against; "long overdue" for)', () => {
  assert.deepEqual(
    positionsOf(
      'Kellby Parents for Choice called the order "disproportionate". Tom Vos called the ban "brutal". ' +
        'Ana Ruiz called the cap "long overdue".',
    ).map((p) => `${p.actorName}|${p.stance}|${p.proposition}`),
    ['Kellby Parents for Choice|against|the order', 'Tom Vos|against|the ban', 'Ana Ruiz|for|the cap'],
  )
})

test('positions: a capital that says "it would" is still its state', () => {
  assert.deepEqual(
    positionsOf('Warsaw said it would demand an explanation from Moscow.').map((p) => `${p.actorName}|${p.stance}`),
    ['Poland|for'],
  )
})

test('positions: "what we hoped for has failed" wants nothing', () => {
  assert.deepEqual(positionsOf('"What we hoped for has failed," Ana Ruiz told reporters.'), [])
})

test('positions: \'had "no intention" of X\' refuses X; "had not decided how to vote" is open; asset managers are bodies', () => {
  assert.deepEqual(
    positionsOf(
      'Harbor Energy said it had “no intention” of selling the plant. Kellby Asset Management said it had not ' +
        'decided how to vote.',
    ).map((p) => `${p.actorName}|${p.stance}`),
    ['Harbor Energy|against', 'Kellby Asset Management|undecided'],
  )
})

test('positions: "would add a further €50mn, but “only if …”" is a conditional offer of money, not words', () => {
  assert.deepEqual(
    positionsOf(
      'Lena Berg said in her speech that Oslo would add a further 50 million euros, but “only if the banks put in as much”.',
    ).map((p) => `${p.actorName}|${p.stance}|${p.conditions.join('; ')}`),
    ['Norway|conditional|the banks put in as much'],
  )
})

test('positions: "keeping an open mind", "has not made up her mind" and "takes no position on" are undecided', () => {
  assert.deepEqual(
    positionsOf(
      'The Kellby Growers Union said it was “keeping an open mind” on the tariff. Ana Vos said she has yet to make up her ' +
        'mind whether to support the merger. The Dunmore Bar Association said it takes no position on the ' +
        'appointment. The band took no position in the line-up.',
    ).map((p) => `${p.actorName}|${p.stance}|${p.proposition}`),
    [
      'Kellby Growers Union|undecided|the tariff',
      'Ana Vos|undecided|support the merger',
      'Dunmore Bar Association|undecided|the appointment',
    ],
  )
})

test('positions: a province with a government of its own holds stances, also in a quotation opening at its modal', () => {
  assert.deepEqual(
    positionsOf(
      'Talks stalled after Kellby’s government said it would shut its bridge to trucks unless ' +
        'neighbouring Dunmore withdrew its new tolls. Dunmore’s transport minister, Ana Vos, called the move ' +
        'unlawful. Dunmore “will not withdraw a single toll” before the ruling, she added. Kellby ' +
        'would join the talks, but only if the tolls were on the agenda.',
    ).map((p) => `${p.actorName}|${p.stance}|${p.proposition}`),
    [
      'Kellby|conditional|shut its bridge to trucks',
      'Dunmore|against|withdraw a single toll',
      'Kellby|conditional|join the talks',
    ],
  )
})

test('positions: "the far-right X party" and "X, whose nine deputies …" are parties; waiting to see a text before deciding is undecided', () => {
  assert.deepEqual(
    positionsOf(
      'The cabinet needs the hard-line Tarvo party to abstain. Its chair, Ana Vos, said the party ' +
        'would back the budget if the cabinet froze rents. Civic Renewal, whose six senators ' +
        'often vote with the cabinet, wanted to read the full bill before deciding. Tomas Berg met the ' +
        'mayor before deciding.',
    ).map((p) => `${p.actorName}|${p.stance}|${p.proposition}`),
    ['Tarvo party|conditional|the budget', 'Civic Renewal|undecided|read the full bill'],
  )
})

test('positions: "X wants A and says it will oppose B unless C": the second report shares the first verb\'s subject', () => {
  assert.deepEqual(
    positionsOf(
      'The Harbor Growers Union wants a fixed price for every tonne and says it will oppose the deal ' +
        'unless that price is written into the contract.',
    ).map((p) => `${p.actorName}|${p.stance}|${p.proposition}|${p.conditions.join('; ')}`),
    [
      'Harbor Growers Union|for|a fixed price for every tonne|',
      'Harbor Growers Union|conditional|the deal|that price is written into the contract',
    ],
  )
})

test('positions: a union local named with its number holds what "the union" wants', () => {
  assert.deepEqual(
    positionsOf(
      'Most of the 300 members of Harbor Bus Drivers Local 52 turned out. Union president Dana ' +
        'Vos said the union would sign the new schedule if the city agreed to cap split shifts. The union had sought ' +
        'a 6% raise.',
    ).map((p) => `${p.actorName}|${p.stance}|${p.proposition}`),
    ['Harbor Bus Drivers Local 52|conditional|sign the new schedule', 'Harbor Bus Drivers Local 52|for|a 6% raise'],
  )
})

test('positions: "his party" of a spokesman whose role names a party by its members is that party', () => {
  assert.deepEqual(
    positionsOf(
      'Tarvian Greens transport spokesman Tom Berg said the plan was too timid, and that his party wanted a ban ' +
        'on empty flats.',
    ).map((p) => `${p.actorName}|${p.stance}|${p.proposition}`),
    ['Tarvian Greens|for|a ban on empty flats'],
  )
})

test('positions: "the regulator" is the body named for regulation', () => {
  assert.deepEqual(
    positionsOf(
      'The Office for Water Regulation published its ruling on Wednesday. The regulator said it ' +
        'would not raise the cap unless Norgrid had fixed its leaks.',
    ).map((p) => `${p.actorName}|${p.stance}|${p.proposition}`),
    ['Office for Water Regulation|conditional|raise the cap'],
  )
})
