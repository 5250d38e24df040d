import type { Queue } from 'bullmq'
import { deadLetters, type IngestJob, type IngestJobResult, queueCounts } from '../../queue/ingest-queue.js'
import type { Io } from './analyze.js'

/** `parley queue status`: waiting, active, delayed (backing off before a retry), done and failed counts. */
export async function queueStatusCommand(
  options: { json?: boolean },
  queue: Queue<IngestJob, IngestJobResult>,
  io: Io,
): Promise<number> {
  const counts = await queueCounts(queue)
  if (options.json) io.out(`${JSON.stringify({ queue: queue.name, ...counts })}\n`)
  else {
    io.out(
      `${queue.name}: ${counts.waiting} waiting, ${counts.active} active, ${counts.delayed} delayed, ${counts.done} done, ${counts.failed} failed\n`,
    )
  }
  return 0
}

/** `parley queue failed`: the dead letters, each with its input, tries and last error. */
export async function queueFailedCommand(
  options: { json?: boolean; limit?: string },
  queue: Queue<IngestJob, IngestJobResult>,
  io: Io,
): Promise<number> {
  const letters = await deadLetters(queue, Number(options.limit ?? 100) || 100)
  for (const letter of letters) {
    if (options.json) io.out(`${JSON.stringify(letter)}\n`)
    else io.out(`${letter.input}\t${letter.attempts} tries\t${letter.failedAt ?? ''}\t${letter.error}\n`)
  }
  if (!options.json && letters.length === 0) io.out('no failed jobs\n')
  return 0
}

/** `parley queue retry`: every dead letter back in the queue, with its tries counted afresh. */
export async function queueRetryCommand(queue: Queue<IngestJob, IngestJobResult>, io: Io): Promise<number> {
  const failed = (await queueCounts(queue)).failed
  // BullMQ moves them in pages; count what was failed before, which is what the user asked to retry.
  await queue.retryJobs({ state: 'failed', count: 1000 })
  io.out(`${failed} failed job${failed === 1 ? '' : 's'} back in the queue\n`)
  return 0
}
