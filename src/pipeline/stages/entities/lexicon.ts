// English words that signal what a proper name is. General language knowledge, not facts about actors
// (those live in packs/).

/** Titles and role nouns that make the following or apposed name a person. */
export const PERSON_TITLES = new Set([
  'president', 'vice', 'chancellor', 'minister', 'premier', 'envoy', 'adviser', 'advisor', 'aide', 'spokesman',
  'spokeswoman', 'spokesperson', 'secretary', 'senator', 'sen.', 'representative', 'rep.', 'congressman',
  'congresswoman', 'governor', 'gov.', 'mayor', 'general', 'gen.', 'admiral', 'colonel', 'col.', 'major',
  'captain', 'capt.', 'lieutenant', 'lt.', 'sergeant', 'sgt.', 'commander', 'ambassador', 'diplomat', 'negotiator',
  'chief', 'head', 'leader', 'director', 'chairman', 'chairwoman', 'chair', 'ceo', 'founder', 'official',
  'prosecutor', 'attorney', 'judge', 'justice', 'lawyer', 'professor', 'prof.', 'dr.', 'dr', 'mr.', 'mr', 'mrs.',
  'mrs', 'ms.', 'ms', 'miss', 'sir', 'dame', 'lord', 'lady', 'king', 'queen', 'prince', 'princess', 'pope',
  'sheikh', 'emir', 'sultan', 'ayatollah', 'rabbi', 'reverend', 'rev.', 'father', 'bishop', 'cardinal', 'patriarch',
  'coach', 'manager', 'striker', 'midfielder', 'defender', 'goalkeeper', 'analyst', 'economist', 'researcher',
  'journalist', 'correspondent', 'editor', 'columnist', 'author', 'activist', 'candidate', 'nominee', 'lawmaker',
  'legislator', 'mp', 'deputy', 'speaker', 'commissioner', 'councillor', 'councilor', 'councilman',
  'councilwoman', 'sheriff', 'inspector', 'detective', 'officer', 'superintendent', 'dean', 'rector', 'pastor',
  'son-in-law', 'daughter-in-law', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'mother', 'spokesmen',
  'strategist', 'pollster', 'counsel', 'czar', 'tsar', 'premier', 'treasurer', 'comptroller', 'auditor',
  'executive', 'president-elect', 'co-founder', 'owner', 'partner', 'player', 'champion', 'rapper', 'singer', 'actor',
  'actress', 'star', 'veteran', 'survivor', 'resident', 'witness', 'victim', 'suspect', 'banker', 'investor',
])

/** Title words that carry a gender, for resolving "he" and "she". */
export const FEMALE_WORDS = new Set([
  'mrs.', 'mrs', 'ms.', 'ms', 'miss', 'dame', 'lady', 'queen', 'princess', 'spokeswoman', 'chairwoman',
  'congresswoman', 'councilwoman', 'wife', 'daughter', 'sister', 'mother', 'actress', 'she', 'her', 'hers', 'herself',
  'daughter-in-law',
])
export const MALE_WORDS = new Set([
  'mr.', 'mr', 'sir', 'lord', 'king', 'prince', 'spokesman', 'chairman', 'congressman', 'councilman', 'husband',
  'son', 'brother', 'father', 'pope', 'sheikh', 'emir', 'sultan', 'he', 'him', 'his', 'himself', 'son-in-law',
])

/** Words that may precede a title inside a role ("U.S. special envoy", "former deputy foreign minister"). */
export const ROLE_MODIFIERS = new Set([
  'former', 'ex', 'acting', 'interim', 'deputy', 'vice', 'senior', 'top', 'chief', 'special', 'foreign', 'defense',
  'defence', 'prime', 'finance', 'interior', 'economy', 'trade', 'energy', 'justice', 'health', 'education',
  'national', 'security', 'state', 'federal', 'regional', 'local', 'assistant', 'associate', 'executive',
  'managing', 'general', 'presidential', 'military', 'press', 'then', 'incoming', 'outgoing', 'longtime',
  'attorney', 'lead', 'peace', 'ukraine', 'middle', 'east', 'white', 'house', 'kremlin', 'party', 'opposition',
  'republican', 'democratic', 'democrat', 'labour', 'conservative', 'liberal', 'u.s.', 'us', 'u.n.', 'un', 'eu',
  'nato', 'european', 'american', 'russian', 'ukrainian', 'german', 'french', 'british', 'chinese', 'new', 'top',
  'intelligence', 'agriculture', 'transport', 'culture', 'labor', 'environment', 'climate', 'digital', 'social',
  'affairs', 'home', 'internal', 'external', 'war', 'army', 'navy', 'air', 'force', 'staff', 'joint', 'of', 'the',
])

/** Head nouns of organizations, in a name ("Defense Ministry") or after a possessive ("Ukraine's air force"). */
export const ORGANIZATION_HEADS = new Set([
  'ministry', 'department', 'dept.', 'party', 'council', 'committee', 'commission', 'agency', 'bank', 'corp',
  'corp.', 'corporation', 'inc', 'inc.', 'ltd', 'ltd.', 'plc', 'llc', 'co.', 'company', 'group', 'university',
  'college', 'institute', 'institution', 'association', 'union', 'court', 'tribunal', 'army', 'navy', 'force',
  'forces', 'police', 'guard', 'guards', 'times', 'post', 'news', 'journal', 'press', 'network', 'foundation',
  'fund', 'organization', 'organisation', 'office', 'service', 'services', 'parliament', 'congress', 'senate',
  'assembly', 'cabinet', 'government', 'administration', 'club', 'fc', 'airlines', 'airways', 'motors',
  'industries', 'holdings', 'partners', 'capital', 'bureau', 'board', 'authority', 'directorate', 'staff',
  'command', 'brigade', 'battalion', 'regiment', 'division', 'corps', 'federation', 'league', 'alliance',
  'coalition', 'movement', 'front', 'church', 'trust', 'center', 'centre', 'reserve', 'exchange', 'telegraph',
  'herald', 'tribune', 'gazette', 'observer', 'guardian', 'daily', 'magazine', 'broadcasting', 'television', 'tv',
  'radio', 'channel', 'media', 'commission', 'secretariat', 'prosecutor', "prosecutor's", 'intelligence',
  'military', 'legislature', 'duma', 'rada', 'kremlin', 'pentagon', 'embassy', 'consulate', 'mission', 'team',
  'squad', 'society', 'institute', 'laboratory', 'laboratories', 'systems', 'technologies', 'energy', 'oil', 'gas',
  'petroleum', 'airline', 'railways', 'railway', 'school', 'hospital', 'clinic', 'academy', 'unit', 'units',
  'general staff', 'air force', 'treasury', 'watchdog', 'regulator', 'operator', 'company', 'firm',
])

/** Last words of place names. */
export const LOCATION_HEADS = new Set([
  'river', 'sea', 'ocean', 'mountains', 'mountain', 'mount', 'mt.', 'lake', 'bay', 'gulf', 'strait', 'straits',
  'island', 'islands', 'peninsula', 'valley', 'desert', 'province', 'region', 'oblast', 'county', 'district',
  'state', 'city', 'street', 'st.', 'avenue', 'ave.', 'road', 'square', 'bridge', 'airport', 'port', 'harbor',
  'harbour', 'coast', 'canal', 'park', 'heights', 'plain', 'plains', 'basin', 'delta', 'falls', 'forest', 'hills',
  'territory', 'territories', 'republic', 'kingdom', 'emirates', 'village', 'town', 'square', 'stadium', 'arena',
])

/** Plural nouns that make a group with a demonym or body before them ("Russian officials", "European allies"). */
export const GROUP_NOUNS = new Set([
  'officials', 'forces', 'troops', 'soldiers', 'diplomats', 'allies', 'negotiators', 'lawmakers', 'authorities',
  'leaders', 'sources', 'officers', 'politicians', 'ministers', 'generals', 'commanders', 'militants', 'rebels',
  'separatists', 'protesters', 'citizens', 'voters', 'residents', 'civilians', 'partners', 'countries', 'nations',
  'governments', 'states', 'investigators', 'prosecutors', 'analysts', 'experts', 'economists', 'military',
  'intelligence', 'delegation', 'delegations', 'team', 'side', 'people', 'refugees', 'students', 'workers',
  'farmers', 'fighters', 'hackers', 'envoys', 'mediators', 'observers', 'monitors', 'backers', 'donors',
])

/** Capitalized words that start sentences or mark time and are never names on their own. */
export const NOT_NAMES = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her',
  'their', 'our', 'my', 'your', 'its', 'but', 'and', 'or', 'so', 'yet', 'if', 'when', 'while', 'as', 'after',
  'before', 'since', 'despite', 'however', 'meanwhile', 'still', 'also', 'in', 'on', 'at', 'for', 'with', 'by',
  'from', 'to', 'of', 'there', 'here', 'what', 'who', 'why', 'how', 'where', 'which', 'mr', 'mrs', 'ms', 'dr',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.',
  'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'today', 'yesterday',
  'tomorrow', 'tonight', 'no', 'yes', 'not', 'all', 'some', 'many', 'most', 'one', 'two', 'three', 'now', 'then',
  'even', 'just', 'only', 'according', 'asked', 'said', 'says', 'read', 'more', 'other', 'another', 'each',
  'every', 'both', 'such', 'until', 'although', 'though', 'because', 'whether', 'thus', 'instead', 'indeed',
  'overall', 'later', 'earlier', 'last', 'next', 'first', 'then', 'again', 'once', 'perhaps', 'maybe', 'please',
  'thanks', 'thank', 'oh', 'well', 'like', 'unlike', 'under', 'over', 'during', 'without', 'within', 'about',
  'against', 'between', 'among', 'through', 'into', 'across', 'toward', 'towards', 'upon', 'via', 'per', 'amid',
  'following', 'including', 'regarding', 'photo', 'image', 'video', 'advertisement', 'update', 'updated', 'editor',
  'note', 'reporting', 'additional', 'breaking', 'exclusive', 'watch', 'live', 'opinion', 'analysis', 'am', 'pm',
  'a.m.', 'p.m.', 'et', 'gmt', 'utc', 'ok', 'christmas', 'easter', 'ramadan',
])

/** Particles inside personal names ("Ursula von der Leyen", "Charles de Gaulle"). */
export const NAME_PARTICLES = new Set(['von', 'van', 'der', 'de', 'da', 'di', 'del', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'dos', 'du', 'ter', 'ten'])

/** Words that may join two capitalized parts of one organization or place name ("Bank of England"). */
export const NAME_CONNECTORS = new Set(['of', 'for', 'on', 'and', '&', 'the'])
