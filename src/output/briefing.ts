import pc from 'picocolors'
import type { Analysis, AnalysisEntity, AnalysisHeadline, AnalysisQuote } from '../core/analysis.js'

export interface BriefingOptions {
  /** Terminal colours instead of Markdown. */
  readonly color: boolean
  /** Show `[start–end]` offsets after each fact. */
  readonly offsets: boolean
}

interface Style {
  title(text: string): string
  heading(text: string): string
  name(text: string): string
  dim(text: string): string
  quote(text: string): string
}

const MARKDOWN: Style = {
  title: (text) => `# ${text}`,
  heading: (text) => `## ${text}`,
  name: (text) => `**${text}**`,
  dim: (text) => `_${text}_`,
  quote: (text) => `“${text}”`,
}

const TERMINAL: Style = {
  title: (text) => pc.bold(pc.underline(text)),
  heading: (text) => pc.bold(pc.cyan(text)),
  name: (text) => pc.bold(text),
  dim: (text) => pc.dim(text),
  quote: (text) => pc.green(`“${text}”`),
}

const MAX_QUOTE = 220

const RELATION_WORDS: Readonly<Record<AnalysisHeadline['relation'], string>> = {
  supported: 'the body backs the headline',
  contradicted: 'the body disputes the headline',
  discussed: 'the body reports the headline’s subject without vouching for it',
  unrelated: 'the body is about something else',
}

const shorten = (text: string, max = MAX_QUOTE): string =>
  text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`

/** A briefing an analyst reads in thirty seconds: people, who said what, who wants what, what happened, which figures. */
export function renderBriefing(analysis: Analysis, options: BriefingOptions): string {
  const style = options.color ? TERMINAL : MARKDOWN
  const at = (fact: { start: number; end: number }) =>
    options.offsets ? ` ${style.dim(`[${fact.start}–${fact.end}]`)}` : ''
  const byId = new Map(analysis.entities.map((entity) => [entity.id, entity]))
  const lines: string[] = []
  const { article } = analysis

  lines.push(style.title(article.headline ?? article.input), '')
  const meta = [article.source, article.published, article.input].filter(Boolean).join(' · ')
  lines.push(style.dim(meta), '')

  const people = analysis.entities.filter((entity) => entity.type === 'person')
  if (people.length > 0) {
    lines.push(style.heading('People'), '')
    for (const person of people) lines.push(`- ${describeEntity(person, style)}`)
    lines.push('')
  }
  const others = (['organization', 'group', 'location'] as const)
    .map((type) => [type, analysis.entities.filter((entity) => entity.type === type)] as const)
    .filter(([, list]) => list.length > 0)
  if (others.length > 0) {
    lines.push(style.heading('Organizations, groups and places'), '')
    for (const [type, list] of others) {
      lines.push(
        `- ${type}s: ${list.map((entity) => entity.name + (entity.partOf ? ` (for ${entity.partOf})` : '')).join(', ')}`,
      )
    }
    lines.push('')
  }

  if (analysis.quotes.length > 0) {
    lines.push(style.heading('Who said what'), '')
    for (const [speaker, quotes] of groupBySpeaker(analysis.quotes, byId)) {
      lines.push(`${style.name(speaker)} (${quotes.length})`)
      for (const quote of quotes) {
        const cue = quote.cue ? ` ${style.dim(`— ${quote.cue}`)}` : ''
        const words = quote.kind === 'indirect' ? shorten(quote.text) : style.quote(shorten(quote.text))
        lines.push(`- ${quote.kind}: ${words}${cue}${at(quote)}`)
      }
      lines.push('')
    }
  }

  if (analysis.positions.length > 0) {
    lines.push(style.heading('Positions'), '')
    // Older stored records have no `pack`.
    const pack = analysis.pack ?? null
    // (Null both when no pack fits the article and when issues were turned off with --pack none.)
    lines.push(style.dim(pack ? `issues from the ${pack} pack` : 'no issue pack: issues are not named'), '')
    lines.push(...positionTable(analysis, options.offsets))
    lines.push('')
  }

  if (analysis.events.length > 0) {
    lines.push(style.heading('Events'), '')
    for (const event of analysis.events) {
      const who = event.participants.map((id) => byId.get(id)?.name ?? id).join(', ')
      const where = event.location ? ` in ${byId.get(event.location)?.name ?? event.location}` : ''
      const when = event.date ?? (event.dateText ? `${event.dateText} (no publication date)` : 'date not given')
      const figures = event.claims.length > 0 ? ` ${style.dim(`[figures: ${event.claims.join(', ')}]`)}` : ''
      lines.push(`- ${style.name(when)} — ${event.type}${where}: ${who || 'unnamed parties'}${figures}${at(event)}`)
    }
    lines.push('')
  }

  if (analysis.headline) {
    const { headline } = analysis
    lines.push(style.heading('Headline'), '')
    lines.push(`- ${RELATION_WORDS[headline.relation]} (overlap ${Math.round(headline.overlap * 100)}%)`)
    for (const claim of headline.claims)
      lines.push(`- ${claim.supported ? 'supported' : style.name('not supported')}: “${claim.text}” — ${claim.reason}`)
    lines.push('')
  }

  if (analysis.claims.length > 0) {
    lines.push(style.heading('Figures'), '')
    for (const claim of analysis.claims) {
      const figures = claim.quantities.map((quantity) => quantity.text).join('; ')
      const who = claim.claimantName ?? 'the article'
      lines.push(`- ${style.name(figures)} — ${who}: ${shorten(claim.text, 160)}${at(claim)}`)
    }
    lines.push('')
  }

  if (article.removed.length > 0 || analysis.warnings.length > 0) {
    lines.push(style.heading('Notes'), '')
    for (const removed of article.removed) lines.push(`- removed page chrome: "${removed}"`)
    for (const warning of analysis.warnings.filter((w) => !w.startsWith('removed page chrome')))
      lines.push(`- ${warning}`)
    lines.push('')
  }
  return `${lines.join('\n').trimEnd()}\n`
}

/** Actors × issues: one row per position, grouped by actor, with stance, conditions and evidence. */
function positionTable(analysis: Analysis, offsets: boolean): string[] {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ')
  const rows = [...analysis.positions].sort(
    (a, b) => a.actorName.localeCompare(b.actorName) || (a.issue ?? '~').localeCompare(b.issue ?? '~'),
  )
  const lines = ['| actor | issue | stance | on | conditions | evidence |', '| --- | --- | --- | --- | --- | --- |']
  for (const position of rows) {
    const evidence = shorten(analysis.article.text.slice(position.start, position.end), 120)
    const where = offsets ? ` [${position.start}–${position.end}]` : ''
    lines.push(
      `| ${cell(position.actorName)} | ${position.issue ?? '—'} | ${position.stance} | ${cell(position.proposition)} | ${cell(position.conditions.join('; ')) || '—'} | ${cell(evidence)}${where} |`,
    )
  }
  return lines
}

function describeEntity(entity: AnalysisEntity, style: Style): string {
  const roles = entity.roles.length > 0 ? ` — ${entity.roles.join('; ')}` : ''
  const aliases = entity.aliases.filter((alias) => alias !== entity.name)
  const also = aliases.length > 0 ? ` ${style.dim(`(also ${aliases.join(', ')})`)}` : ''
  return `${style.name(entity.name)}${roles}${also}`
}

function groupBySpeaker(
  quotes: readonly AnalysisQuote[],
  byId: Map<string, AnalysisEntity>,
): [string, AnalysisQuote[]][] {
  const groups = new Map<string, AnalysisQuote[]>()
  for (const quote of quotes) {
    // "Asked whether …, she said": the question an unnamed interviewer put, not anyone's words.
    const fallback = quote.cue === 'ask' ? 'Questions put (asker not named)' : 'Unattributed'
    const name = (quote.speaker && byId.get(quote.speaker)?.name) || quote.speakerName || fallback
    const label = quote.anonymous && name !== fallback ? `${name} (unnamed)` : name
    const list = groups.get(label) ?? []
    list.push(quote)
    groups.set(label, list)
  }
  // Speakers first, most quoted first; questions and unattributed words after them.
  const unnamed = (label: string) => (label === 'Unattributed' || label.startsWith('Questions put') ? 1 : 0)
  return [...groups.entries()].sort((a, b) => unnamed(a[0]) - unnamed(b[0]) || b[1].length - a[1].length)
}
