import type { Analyzer } from '../analyzer.js'
import type { FetchOptions } from '../ingest/fetch-url.js'
import type { Store } from '../store/store.js'

/** What the routes work with: the store (through its port only), the analyzer, and the settings. */
export interface ApiContext {
  readonly store: Store
  readonly analyzer: Analyzer
  /** Issue ids from the loaded packs, with their labels ("territory" → "Territory and borders"). */
  readonly issueLabels: ReadonlyMap<string, string>
  /** URL fetching for ingest: the ingest issue's rules (no private addresses unless allowed). */
  readonly fetchOptions: FetchOptions
}

/** The label of an issue id, or the id itself when no pack knows it. */
export function issueLabel(context: Pick<ApiContext, 'issueLabels'>, id: string): string {
  return context.issueLabels.get(id) ?? id
}
