import { findConflicts } from '../../corpus/conflicts.js'
import { renderConflict } from '../../corpus/digest.js'
import type { Store } from '../../store/store.js'
import type { Io } from './analyze.js'

/** `parley conflicts`: every set of figures that disagree, side by side. */
export async function conflictsCommand(options: { format: 'md' | 'json' }, store: Store, io: Io): Promise<number> {
  const conflicts = findConflicts(await store.comparableFigures())
  if (options.format === 'json') {
    for (const conflict of conflicts) io.out(`${JSON.stringify(conflict)}\n`)
    return 0
  }
  if (conflicts.length === 0) io.out('no conflicting claims\n')
  for (const conflict of conflicts) io.out(`${renderConflict(conflict).join('\n')}\n\n`)
  return 0
}

/** `parley stories`: stories told by more than one article (syndicated copies, updated versions). */
export async function storiesCommand(options: { format: 'md' | 'json' }, store: Store, io: Io): Promise<number> {
  for (const story of await store.stories()) {
    if (options.format === 'json') {
      io.out(`${JSON.stringify(story)}\n`)
      continue
    }
    io.out(`story ${story.id}: ${story.headline ?? '(no headline)'}\n`)
    for (const source of story.sources) {
      io.out(
        `  - ${source.source ?? '?'}, ${source.published ?? 'undated'}: "${source.headline ?? ''}" (similarity ${source.similarity.toFixed(2)}) ${source.url ?? source.input}\n`,
      )
    }
  }
  return 0
}
