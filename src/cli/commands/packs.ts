import { listPacks } from '../../knowledge/knowledge.js'
import type { Io } from './analyze.js'

/** `parley packs`: the data packs, with their actors, issues and the parties `--pack auto` looks for. */
export function packsCommand(io: Io): number {
  for (const pack of listPacks()) {
    const parties = pack.parties.length > 0 ? `, parties ${pack.parties.join(' and ')}` : ''
    io.out(
      `${pack.id}\t${pack.label}\t${pack.actors.length} actors, ${pack.issues.length} issues${parties}\t${pack.file}\n`,
    )
  }
  return 0
}
