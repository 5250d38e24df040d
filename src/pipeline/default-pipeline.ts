import type { Knowledge } from '../knowledge/knowledge.js'
import { createPipeline, type Pipeline } from './pipeline.js'
import { createClaimsStage } from './stages/claims/claims.js'
import { createEntitiesStage } from './stages/entities/entities.js'
import { createEventsStage } from './stages/events/events.js'
import { createHeadlineStage } from './stages/headline/headline.js'
import { languageStage } from './stages/language/language.js'
import { createPackStage } from './stages/pack/pack.js'
import { createPositionsStage } from './stages/positions/positions.js'
import { createQuotesStage } from './stages/quotes/quotes.js'
import { createReferencesStage } from './stages/references/references.js'

/** The order of analysis, top to bottom. The only place that order is written. */
export function createDefaultPipeline(knowledge: Knowledge): Pipeline {
  return createPipeline([
    languageStage,
    createPackStage(knowledge),
    createEntitiesStage(knowledge),
    createReferencesStage(knowledge),
    createQuotesStage(knowledge),
    createClaimsStage(knowledge),
    createPositionsStage(knowledge),
    createEventsStage(knowledge),
    createHeadlineStage(knowledge),
  ])
}
