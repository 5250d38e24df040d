import type { Knowledge } from '../../../knowledge/knowledge.js'
import { defineStage } from '../../stage.js'

export function createEntitiesStage(_knowledge: Knowledge) {
  return defineStage({
    name: 'entities',
    version: 1,
    requires: ['language'],
    provides: 'entities',
    run: () => [],
  })
}
