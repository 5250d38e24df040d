import { parentPort, workerData } from 'node:worker_threads'
import { createAnalyzer } from '../analyzer.js'
import type { Article } from '../core/article.js'
import { prepareRecord } from './prepare-record.js'

/** A worker thread of the analyze pool: loads the analyzer once, then prepares one record per message. */
const { pack } = workerData as { pack?: string }
const analyzer = createAnalyzer({ pack })

parentPort?.on('message', (message: { id: number; article: Article; ingestedAt: string }) => {
  try {
    const record = prepareRecord(analyzer.analyze(message.article), analyzer.knowledge, message.ingestedAt)
    parentPort?.postMessage({ id: message.id, record })
  } catch (error) {
    parentPort?.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) })
  }
})
