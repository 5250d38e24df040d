import type { Knowledge } from '../../../knowledge/knowledge.js'
import { defineStage } from '../../stage.js'

export function createReferencesStage(_knowledge: Knowledge) {
  return defineStage({
    name: 'references',
    version: 1,
    requires: ['language', 'entities'],
    provides: 'references',
    run: () => [],
  })
}
