// Parley UI script: progressive enhancement only; every page works and reads without it.
// Everything written into the page goes through textContent, never innerHTML.

/** @typedef {{kind: string, title: string, fields: [string, string][], link: {href: string, label: string} | null}} DisplayRecord */

const KIND_ORDER = ['quote', 'position', 'claim', 'event', 'entity']

function readRecords() {
  const element = document.getElementById('records')
  if (!element?.textContent) return null
  /** @type {Record<string, DisplayRecord>} */
  const records = JSON.parse(element.textContent)
  return records
}

/** @param {string[]} keys @param {Record<string, DisplayRecord>} records */
function showRecords(keys, records) {
  const panel = document.getElementById('record')
  if (!panel) return
  panel.replaceChildren()
  // The widest fact first (a quote, then the position, claim or event inside it), the names last.
  const rank = (/** @type {string} */ key) => KIND_ORDER.indexOf(key.slice(0, key.indexOf(':')))
  const ordered = [...keys].sort((a, b) => rank(a) - rank(b))
  for (const key of ordered) {
    const record = records[key]
    if (!record) continue
    const card = document.createElement('div')
    card.className = `record-card record-${record.kind}`
    const title = document.createElement('h3')
    title.textContent = record.title
    card.append(title)
    const list = document.createElement('dl')
    for (const [label, value] of record.fields) {
      const term = document.createElement('dt')
      term.textContent = label
      const detail = document.createElement('dd')
      detail.textContent = value
      list.append(term, detail)
    }
    card.append(list)
    if (record.link) {
      const link = document.createElement('a')
      link.href = record.link.href
      link.textContent = record.link.label
      card.append(link)
    }
    panel.append(card)
  }
  document.querySelectorAll('mark.hl.active').forEach((mark) => {
    mark.classList.remove('active')
  })
  const main = ordered.find((key) => !key.startsWith('entity:')) ?? ordered[0]
  if (!main) return
  document.querySelectorAll('mark.hl').forEach((mark) => {
    if ((mark.getAttribute('data-keys') ?? '').split(' ').includes(main)) mark.classList.add('active')
  })
}

function setUpArticle() {
  const records = readRecords()
  if (!records) return
  const text = document.getElementById('article-text')
  /** @param {Element} mark */
  const open = (mark) => showRecords((mark.getAttribute('data-keys') ?? '').split(' ').filter(Boolean), records)
  text?.addEventListener('click', (event) => {
    const mark = event.target instanceof Element ? event.target.closest('mark.hl') : null
    if (mark) open(mark)
  })
  text?.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return
    const mark = event.target instanceof Element ? event.target.closest('mark.hl') : null
    if (!mark) return
    event.preventDefault()
    open(mark)
  })
  document.querySelectorAll('[data-show]').forEach((button) => {
    button.addEventListener('click', () => {
      const key = button.getAttribute('data-show') ?? ''
      showRecords([key], records)
      const first = [...document.querySelectorAll('mark.hl')].find((mark) =>
        (mark.getAttribute('data-keys') ?? '').split(' ').includes(key),
      )
      if (first instanceof HTMLElement) {
        first.scrollIntoView({ block: 'center' })
        if (first.tabIndex < 0) first.tabIndex = -1
        first.focus({ preventScroll: true })
      }
    })
  })
  document.querySelectorAll('input[data-toggle]').forEach((input) => {
    input.addEventListener('change', () => {
      if (input instanceof HTMLInputElement)
        document.body.classList.toggle(`hide-${input.dataset.toggle}`, !input.checked)
    })
  })
}

function setUpAnalyzeForm() {
  const file = document.getElementById('file')
  const area = document.getElementById('article')
  const format = document.getElementById('format')
  if (!(file instanceof HTMLInputElement) || !(area instanceof HTMLTextAreaElement)) return
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0]
    if (!chosen) return
    area.value = await chosen.text()
    if (format instanceof HTMLSelectElement) {
      const name = chosen.name.toLowerCase()
      format.value = /\.html?$/.test(name) ? 'html' : name.endsWith('.json') ? 'json' : 'text'
    }
  })
}

setUpArticle()
setUpAnalyzeForm()
