/**
 * API and UI throughput and latency on loopback over the sample corpus: autocannon against the main
 * read endpoints, then sequential render times of the main pages (p50 / p95 / max). Prints figures;
 * asserts nothing. `BENCH_SECONDS` (default 5) sets each endpoint's run.
 */
import os from 'node:os'
import autocannon from 'autocannon'
import { startServer } from '../test/helpers/serve.js'

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
const CONNECTIONS = 10
const PAGE_RUNS = 30

const server = await startServer({ writeRateLimit: { max: 1_000_000, timeWindowMs: 60_000 } })
try {
  const [article] = (await server.store.listArticles({ limit: 1, offset: 3 })).items
  const [actor] = await server.store.actors({ type: 'person', limit: 1 })
  const endpoints = [
    '/api/articles?limit=20',
    `/api/articles/${article!.id}`,
    `/api/actors/${actor!.id}`,
    '/api/matrix',
    '/api/conflicts',
    '/api/search?q=guarantees',
    '/api/claims?limit=50',
  ]
  console.log(
    `API on loopback: ${CONNECTIONS} connections, ${SECONDS} s per endpoint; ${os.cpus()[0]?.model ?? 'cpu'}, ${os.availableParallelism()} cores, Node ${process.version}`,
  )
  console.log('| endpoint | req/s | p50 ms | p99 ms | errors |')
  console.log('|---|---|---|---|---|')
  for (const path of endpoints) {
    const result = await autocannon({ url: `${server.url}${path}`, connections: CONNECTIONS, duration: SECONDS })
    const errors = result.errors + result.non2xx
    console.log(
      `| ${path} | ${Math.round(result.requests.average)} | ${result.latency.p50} | ${result.latency.p99} | ${errors} |`,
    )
  }

  const pages = [
    '/',
    '/articles',
    `/articles/${article!.id}`,
    `/actors/${actor!.id}`,
    '/issues/territory',
    '/claims',
    '/search?q=guarantees',
  ]
  console.log(`\nPage render, one client, ${PAGE_RUNS} runs after a warm-up (server time + loopback):`)
  console.log('| page | p50 ms | p95 ms | max ms |')
  console.log('|---|---|---|---|')
  for (const path of pages) {
    await (await fetch(`${server.url}${path}`)).text()
    const times: number[] = []
    for (let i = 0; i < PAGE_RUNS; i++) {
      const started = performance.now()
      await (await fetch(`${server.url}${path}`)).text()
      times.push(performance.now() - started)
    }
    times.sort((a, b) => a - b)
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1)
    console.log(`| ${path} | ${at(0.5)} | ${at(0.95)} | ${times[times.length - 1]!.toFixed(1)} |`)
  }
} finally {
  await server.stop()
}
