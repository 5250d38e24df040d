import type { Knowledge } from '../../../knowledge/knowledge.js'
import { defineStage } from '../../stage.js'

export function createClaimsStage(_knowledge: Knowledge) {
  return defineStage({
    name: 'claims',
    version: 1,
    requires: ['language', 'entities'],
    provides: 'claims',
    run: () => [],
  })
}
