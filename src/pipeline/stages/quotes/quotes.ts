import type { Knowledge } from '../../../knowledge/knowledge.js'
import { defineStage } from '../../stage.js'

export function createQuotesStage(_knowledge: Knowledge) {
  return defineStage({
    name: 'quotes',
    version: 1,
    requires: ['language', 'entities'],
    provides: 'quotes',
    run: () => [],
  })
}
