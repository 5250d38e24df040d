import { listPacks } from '../../knowledge/knowledge.js'
import type { Io } from './analyze.js'

/** `parley packs`: the data packs, with their actors and issues. */
export function packsCommand(io: Io): number {
  for (const pack of listPacks()) {
    io.out(`${pack.id}\t${pack.label}\t${pack.actors.length} actors, ${pack.issues.length} issues\t${pack.file}\n`)
  }
  return 0
}
