//! Word lists. General English only: nothing here may be specific to a corpus.

use std::collections::HashSet;
use std::sync::OnceLock;

/// Reporting-verb forms from the Gender Gap Tracker (MIT; see `data/README.md`).
const GGT_VERBS: &str = include_str!("../data/ggt_quote_verb_list_en.txt");

/// GGT forms that report thought, display or perception rather than speech, or are
/// too often nouns/other senses to cue a quote on their own.
const NOT_SPEECH: &[&str] = &[
    "think", "thinks", "thinking", "thought", "finding", "finds", "present", "presents",
    "presenting", "release", "released", "releases", "releasing", "convince", "convinced", "convinces", "convincing", "persist", "persisted",
    "persisting", "persists", "ensure", "ensured", "ensures", "ensuring", "illustrate",
    "illustrated", "illustrates", "illustrating", "demonstrate", "demonstrated", "demonstrates",
    "demonstrating", "accept", "accepted", "accepting", "accepts", "describe", "describes",
    "describing", "described", "highlight", "highlighted", "highlighting", "highlights",
    "continue", "continues", "continuing", "state", "states", "report", "reports", "reporting",
    "comment", "comments", "tweet", "tweets", "rave", "raves", "raving", "raved",
];

/// Speech verbs the GGT list lacks, in all the forms news uses.
const EXTRA_SPEECH: &[&str] = &[
    "ask", "asks", "asked", "asking", "answer", "answers", "answered", "answering", "concede",
    "concedes", "conceded", "conceding", "stress", "stresses", "stressed", "stressing",
    "emphasize", "emphasizes", "emphasized", "emphasizing", "emphasise", "emphasises",
    "emphasised", "emphasising", "observe", "observes", "observed", "observing", "vow", "vows",
    "vowed", "vowing", "pledge", "pledges", "pledged", "pledging", "promise", "promises",
    "promised", "promising", "countered", "countering", "contend",
    "contends", "contended", "contending", "maintain", "maintains", "maintained", "maintaining",
    "allege", "alleges", "alleged", "alleging", "charged", "complain",
    "complains", "complained", "complaining", "boast", "boasts", "boasted", "boasting", "joke",
    "jokes", "joked", "joking", "quip", "quips", "quipped", "quipping", "lament", "laments",
    "lamented", "lamenting", "speculate", "speculates", "speculated", "speculating", "disclose",
    "discloses", "disclosed", "disclosing", "reveal", "reveals", "revealed", "revealing",
    "reiterate", "reiterates", "reiterated", "reiterating", "repeat", "repeats", "repeated",
    "repeating", "recall", "recalls", "recalled", "recalling", "caution", "cautions",
    "cautioned", "cautioning", "urge", "urges", "urged", "urging", "agree", "agrees", "agreed",
    "deny", "denies", "denied", "denying", "estimate", "estimating", "predict", "concur",
    "concurred", "shout", "shouts", "shouted", "shouting", "yell", "yelled", "scream",
    "screamed", "whisper", "whispered", "muse", "mused", "musing", "wonder", "wondered",
    "wondering", "retort", "retorted", "interject", "interjected", "chime", "chimed", "posted",
    "remark", "remarks", "remarked", "remarking", "hint", "hinted", "hinting", "signal",
    "signalled", "signaled", "acknowledged", "elaborate", "elaborated", "specify", "specified",
    "affirm", "affirmed", "affirms", "declare", "announced", "sang", "chanted", "recount",
    "recounted", "recounts", "advised", "wrote", "tweeted", "reported", "stated", "commented",
    "continued", "described", "highlighted", "explained", "told", "read",
    "reads", "beamed", "gushed", "fumed", "scoffed", "sighed", "snapped", "cried", "pleaded",
    "begged", "demanded", "wrote", "explains", "testify", "tweets", "imply", "implies",
    "implied", "implying", "insinuate", "insinuates", "insinuated", "insinuating",
];

/// Verbs that take a reported clause without needing "that" ("Austin said the US is…").
/// Ambiguous `-s` forms that are more often plural nouns ("claims", "reports") are left
/// out: with "that" they are caught by the general rule.
const CLAUSE_VERBS: &[&str] = &[
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added",
    "adding", "warn", "warns", "warned", "warning", "confirm", "confirms", "confirmed",
    "confirming", "claim", "claimed", "claiming", "argue", "argues", "argued", "arguing",
    "insist", "insists", "insisted", "insisting", "estimated", "announced", "announces",
    "acknowledged", "acknowledges", "admitted", "admits", "predicted", "predicts", "reported",
    "noted", "noting", "wrote", "writes", "explained", "explains", "asserted", "asserts",
    "contended", "contends", "maintained", "maintains", "alleged", "alleges", "testified",
    "testifies", "suggested", "suggests", "suggesting", "declared", "conceded", "concedes",
    "stressed", "stresses", "emphasized", "emphasised", "reiterated", "promised", "vowed",
    "pledged", "complained", "recalled", "revealed", "disclosed", "agreed", "cautioned",
    "tweeted", "posted", "stated", "replied", "responded", "countered", "observed", "remarked",
    "acknowledging", "admitting", "asking", "asked", "announcing", "estimates", "denied",
    "hinted", "signalled", "signaled", "indicated", "indicates", "mentioned", "informed",
    "assured", "reminded", "concluded", "clarified", "speculated", "boasted", "lamented",
    "joked", "quipped", "urged", "retorted", "implied", "implies", "insinuated",
];

/// Verbs whose object comes before the reported clause ("told reporters that…").
const OBJECT_VERBS: &[&str] = &[
    "tell", "tells", "told", "telling", "inform", "informs", "informed", "informing", "assure",
    "assures", "assured", "assuring", "remind", "reminds", "reminded", "reminding", "warn",
    "warns", "warned", "warning", "urge", "urges", "urged", "ask", "asks", "asked", "asking",
    "advise", "advised", "notify", "notified", "promise", "promised", "reassure", "reassured",
];

/// Verbs that frame a quoted fragment as someone's words ("called the plan "reckless"").
const FRAGMENT_VERBS: &[&str] = &[
    "call", "calls", "called", "calling", "describe", "describes", "described", "describing",
    "dub", "dubs", "dubbed", "label", "labels", "labeled", "labelled", "brand", "brands",
    "branded", "term", "terms", "termed", "blast", "blasts", "blasted", "slam", "slams",
    "slammed", "praise", "praises", "praised", "criticize", "criticized", "criticised",
    "criticizes", "decry", "decried", "dismiss", "dismissed", "dismisses", "condemn",
    "condemned", "hail", "hailed", "characterize", "characterized", "characterised", "refer",
    "referred", "referring", "accuse", "accused", "accuses", "vow", "vowed", "pledge",
    "pledged", "promise", "promised", "urge", "urged", "want", "wants", "wanted", "hope",
    "hopes", "hoped", "demand", "demanded", "demands", "cite", "cited", "citing", "tout",
    "touted", "mock", "mocked", "defend", "defended",
];

/// Verbs of belief, intention and finding ("believes", "wants", "a poll shows"):
/// attributions that report a stance, not words. Their complement is the content;
/// quoted fragments inside it stay the writer's, so such frames stay indirect.
const MIND_VERBS: &[&str] = &[
    "believe", "believes", "believed", "think", "thinks", "thought", "expect", "expects",
    "expected", "hope", "hopes", "hoped", "hoping", "fear", "fears", "feared", "worry",
    "worries", "worried", "feel", "feels", "felt", "doubt", "doubts",
    "doubted", "suspect", "suspects", "suspected", "assume", "assumes", "assumed", "realize",
    "realizes", "realized", "realise", "realised", "understand", "understands", "understood",
    "recognize", "recognizes", "recognized", "want", "wants", "wanted", "plan", "plans",
    "planned", "intend", "intends", "intended", "seek", "seeks", "sought", "wish", "wishes",
    "wished", "prefer", "prefers", "preferred", "refuse", "refuses", "refused", "refusing",
    "decline", "declines", "declined", "declining", "show", "shows", "showed", "shown",
    "showing", "found", "finds", "conclude", "concludes", "concluded", "estimate", "estimates",
    "estimated", "indicate", "indicates", "indicated", "predicted", "predicts", "support",
    "supports", "supported", "supporting", "oppose", "opposes", "opposed", "opposing",
    "favor", "favors", "favored", "favour", "favours", "favoured",
];

/// Verbs that take a stance on someone or something in public ("criticized the
/// plan", "called for a ban", "endorsed Smith"); the object and what follows it are
/// the content.
const STANCE_VERBS: &[&str] = &[
    "criticize", "criticizes", "criticized", "criticizing", "criticise", "criticises",
    "criticised", "attack", "attacks", "attacked", "attacking", "blast", "blasts", "blasted",
    "slam", "slams", "slammed", "praise", "praises", "praised", "praising", "condemn",
    "condemns", "condemned", "condemning", "denounce", "denounces", "denounced", "denouncing",
    "defend", "defends", "defended", "defending", "accuse", "accuses", "accused", "accusing",
    "blame", "blames", "blamed", "blaming", "reject", "rejects", "rejected", "rejecting",
    "dismiss", "dismisses", "dismissed", "question", "questions", "questioned", "questioning",
    "mock", "mocks", "mocked", "endorse", "endorses", "endorsed", "endorsing", "applaud",
    "applauds", "applauded", "cite", "cites", "cited", "citing", "echo", "echoes", "echoed",
    "describe", "describes", "described", "describing", "call", "calls", "called", "calling",
    "label", "labels", "labeled", "labelled", "dub", "dubbed", "liken", "likened", "challenge",
    "challenges", "challenged", "tout", "touts", "touted", "hail", "hailed", "decry", "decried",
    "lambasted", "chided", "ridiculed", "propose", "proposes", "proposed", "proposing",
    "demand", "demands", "demanded", "demanding", "threaten", "threatens", "threatened",
    "threatening", "pledge", "pledges", "pledged", "pledging", "vow", "vows", "vowed",
    "promise", "promises", "promised", "promising", "agree", "agrees", "agreed", "urge",
    "urges", "urged", "urging", "ask", "asks", "asked", "encourage", "encourages",
    "encouraged", "encouraging",
];

/// Common first names that are (almost always) male, for `he`/`she` resolution.
/// General English-language news usage; a name missing here only means the
/// pronoun is resolved without gender.
pub(crate) const MALE_FIRST: &[&str] = &[
    "john", "james", "robert", "michael", "william", "david", "richard", "joseph", "thomas",
    "charles", "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven",
    "paul", "andrew", "joshua", "kenneth", "kevin", "brian", "george", "edward", "ronald",
    "timothy", "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan",
    "stephen", "larry", "justin", "scott", "brandon", "benjamin", "samuel", "frank", "gregory",
    "raymond", "alexander", "patrick", "jack", "dennis", "jerry", "tyler", "aaron", "jose",
    "henry", "adam", "douglas", "nathan", "peter", "zachary", "kyle", "walter", "harold",
    "jeremy", "ethan", "carl", "keith", "roger", "gerald", "christian", "terry", "sean",
    "arthur", "austin", "noah", "lawrence", "jesse", "joe", "bryan", "billy", "jordan",
    "albert", "dylan", "bruce", "willie", "gabriel", "alan", "juan", "logan", "wayne", "ralph",
    "roy", "eugene", "randy", "vincent", "russell", "louis", "philip", "bobby", "johnny",
    "bradley", "bernie", "bernard", "barack", "bill", "mike", "jim", "tom", "tim", "bob", "ted",
    "chris", "mitt", "newt", "rand", "marco", "jeb", "hugh", "ian", "ivan", "carlos", "luis",
    "miguel", "pedro", "ahmed", "mohammed", "muhammad", "ali", "hassan", "omar", "vladimir",
    "sergei", "dmitri", "boris", "xi", "emmanuel", "francois", "jean-claude", "angelo",
    "giuseppe", "hans", "klaus", "wolfgang", "pierre", "jacques", "lars", "sven", "olaf",
    "chuck", "mitch", "reince", "rudy", "nigel", "tony",
];

/// Common first names that are (almost always) female.
pub(crate) const FEMALE_FIRST: &[&str] = &[
    "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica",
    "sarah", "karen", "nancy", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly",
    "emily", "donna", "michelle", "dorothy", "carol", "amanda", "melissa", "deborah",
    "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy", "shirley",
    "angela", "helen", "anna", "anne", "ann", "brenda", "pamela", "nicole", "emma", "samantha",
    "katherine", "christine", "debra", "rachel", "catherine", "carolyn", "janet", "ruth",
    "maria", "heather", "diane", "virginia", "julie", "joyce", "victoria", "olivia", "kelly",
    "christina", "lauren", "joan", "evelyn", "judith", "megan", "cheryl", "andrea", "hannah",
    "martha", "jacqueline", "frances", "gloria", "teresa", "kathryn", "sara", "janice", "jean",
    "alice", "madison", "doris", "abigail", "julia", "judy", "grace", "denise", "amber",
    "marilyn", "beverly", "danielle", "theresa", "sophia", "marie", "diana", "brittany",
    "natalie", "isabella", "charlotte", "rose", "alexis", "kayla", "hillary", "michele",
    "nikki", "carly", "kellyanne", "ivanka", "melania", "chelsea", "huma", "sonia", "elena",
    "dianne", "claire", "kirsten", "tammy", "tulsi", "condoleezza", "madeleine", "ursula",
    "jacinda", "sofia", "lucia", "fatima", "aisha", "olga", "natalia", "irina", "ingrid",
    "petra", "eva", "greta", "sylvia", "monica", "paula", "carla", "lena", "nadia",
];

/// Determiners and possessive pronouns that open a noun phrase.
pub(crate) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
    "my", "your", "another", "one", "two", "three", "several", "some", "many", "other", "each",
    "both", "every", "few", "most", "all", "any", "no",
];

/// Possessive determiners, which open a noun phrase like an article does.
pub(crate) const POSSESSIVES: &[&str] = &["his", "her", "its", "their", "our", "my", "your"];

/// Subject pronouns that can say something.
pub(crate) const PRONOUNS: &[&str] =
    &["he", "she", "they", "i", "we", "it", "you", "who", "one"];

/// Auxiliaries and adverbs that sit between a subject and its reporting verb.
const BETWEEN: &[&str] = &[
    "has", "have", "had", "also", "later", "then", "previously", "again", "would", "will",
    "once", "repeatedly", "recently", "reportedly", "earlier", "further", "often", "always",
    "never", "already", "since", "just", "first", "now", "initially", "subsequently", "still", "did",
    "does", "do", "may", "might", "could", "should", "can", "must", "publicly", "privately",
    "separately", "similarly", "flatly", "simply", "finally", "last", "even", "only", "not",
    "n't", "all", "both", "too", "ultimately", "quickly", "immediately", "long",
];

/// Words that cannot be inside a speaker noun phrase: verbs, prepositions, conjunctions,
/// adverbs and the like (compared lowercased).
const STOP: &[&str] = &[
    "and", "or", "but", "nor", "so", "yet", "for", "if", "when", "while", "as", "because",
    "although", "though", "since", "after", "before", "until", "unless", "whether", "that",
    "which", "who", "whom", "whose", "what", "where", "why", "how", "is", "are", "was", "were",
    "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "will", "would",
    "shall", "should", "can", "could", "may", "might", "must", "to", "in", "on", "at", "by",
    "with", "from", "into", "onto", "about", "over", "under", "than", "then", "not", "no",
    "also", "there", "here", "this", "it", "its", "they", "them", "he", "him", "she", "her",
    "we", "us", "i", "me", "you", "out", "up", "down", "off", "through", "during", "against",
    "between", "among", "without", "within", "upon", "toward", "towards", "via", "per", "like",
    "just", "even", "still", "only", "very", "too", "more", "less", "much", "such", "however",
    "meanwhile", "moreover", "furthermore", "instead", "thus", "therefore", "yesterday",
    "today", "tonight", "tomorrow", "now", "later", "earlier", "again", "ago", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last", "next",
    "week", "month", "year", "morning", "afternoon", "evening", "night", "day", "already",
    "recently", "once", "never", "always", "often", "repeatedly", "previously", "afterward",
    "afterwards", "n't", "said", "says", "say", "told", "according", "whom", "did", "wo",
    "get", "got", "gets", "make", "made", "makes", "go", "went", "goes", "gone", "see", "saw",
    "seen", "know", "knew", "known", "take", "took", "taken", "come", "came", "give", "gave",
    "given", "think", "thought", "believe", "believes", "believed", "there's", "it's",
    "that's", "let", "lets", "being", "because", "amid", "despite", "both", "either",
    "neither", "every", "each", "any", "all", "some", "many", "most", "few", "several", "own",
    "same", "other", "another", "such", "whatever", "whoever", "yes", "ok", "okay", "well",
    "oh", "please", "thanks", "dear", "sir", "ma'am", "don't", "doesn't", "didn't", "isn't",
    "wasn't", "won't", "can't", "couldn't", "wouldn't", "shouldn't", "hasn't", "haven't",
    "hadn't", "aren't", "weren't", "cannot", "it's", "he's", "she's", "they're", "we're",
];

/// Words heading a title or role ("the spokesperson", "Defense Secretary").
pub(crate) const TITLES: &[&str] = &[
    "president", "vice", "secretary", "senator", "sen", "sen.", "rep", "rep.",
    "representative", "congressman", "congresswoman", "governor", "gov", "gov.", "mayor",
    "minister", "chancellor", "premier", "spokesman", "spokeswoman", "spokesperson",
    "spokespeople", "director", "chief", "chairman", "chairwoman", "chair", "ceo", "leader",
    "general", "gen", "gen.", "admiral", "adm", "colonel", "col", "col.", "lt", "lt.",
    "captain", "capt", "sergeant", "sgt", "judge", "justice", "attorney", "prosecutor",
    "ambassador", "commissioner", "official", "officer", "adviser", "advisor", "aide",
    "analyst", "economist", "professor", "prof", "prof.", "dr", "dr.", "doctor", "mr", "mr.",
    "mrs", "mrs.", "ms", "ms.", "miss", "sir", "lord", "lady", "dame", "king", "queen",
    "prince", "princess", "pope", "rev", "rev.", "reverend", "father", "bishop", "archbishop",
    "cardinal", "rabbi", "imam", "sheikh", "manager", "coach", "founder", "owner", "executive",
    "head", "boss", "candidate", "nominee", "lawmaker", "legislator", "strategist",
    "pollster", "researcher", "scientist", "expert", "author", "editor", "reporter",
    "correspondent", "columnist", "host", "anchor", "deputy", "assistant", "speaker",
    "treasurer", "partner", "lawyer", "spokes", "commander", "councillor", "councilman",
    "councilwoman", "chairperson", "superintendent", "sheriff", "inspector", "detective",
    "constable", "marshal", "ceo.", "cfo", "coo", "president-elect", "emir", "sultan",
    "defence", "defense", "foreign", "interior", "finance", "health", "justice", "state",
    "press", "prime", "mp", "mep", "gop", "democratic", "republican",
];

/// Words that mark an organisation rather than a person in a capitalised name.
pub(crate) const ORG_WORDS: &[&str] = &[
    "house", "department", "ministry", "agency", "party", "committee", "council", "commission",
    "service", "services", "office", "administration", "government", "court", "university",
    "college", "school", "institute", "institution", "foundation", "association", "union",
    "bank", "fund", "corp", "corporation", "inc", "ltd", "llc", "company", "group", "times",
    "post", "news", "journal", "press", "network", "agency", "bureau", "board", "authority",
    "police", "army", "navy", "force", "forces", "pentagon", "congress", "senate",
    "parliament", "assembly", "club", "team", "campaign", "center", "centre", "organization",
    "organisation", "coalition", "alliance", "federation", "league", "church", "hospital",
    "think-tank", "think-tanks", "thinktank",
    "airlines", "airways", "motors", "media", "tribune", "herald", "guardian", "telegraph",
    "reuters", "cnn", "bbc", "nbc", "abc", "cbs", "fox", "msnbc", "npr", "ap", "afp", "un",
    "nato", "eu", "fbi", "cia", "nsa", "kremlin", "street", "city", "county", "state",
    "states", "republic", "kingdom", "nations", "magazine", "daily", "weekly", "radio",
    "website", "websites", "site", "blog", "tabloid", "channel", "outlet", "station",
    "broadcaster", "podcast", "wire",
    "television", "tv", "watch", "project", "program", "programme", "survey", "poll", "report",
    "statement", "study", "review",
];

/// Capitalised words that open sentences but never start a name.
pub(crate) const CAP_FUNCTION: &[&str] = &[
    "the", "a", "an", "but", "and", "or", "so", "yet", "if", "when", "while", "as", "in", "on",
    "at", "for", "from", "by", "with", "after", "before", "since", "because", "although",
    "though", "this", "that", "these", "those", "there", "here", "it", "its", "he", "she",
    "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "what", "who", "why",
    "how", "where", "which", "meanwhile", "however", "still", "then", "now", "also", "even",
    "just", "only", "not", "no", "yes", "both", "all", "some", "many", "most", "one", "two",
    "asked", "speaking", "according", "under", "over", "during", "until", "despite", "among",
    "without", "within", "about", "to", "of", "instead", "indeed", "perhaps", "later",
    "earlier", "today", "yesterday", "last", "next", "every", "each", "another", "other",
    "such", "more", "less", "than", "do", "does", "did", "is", "are", "was", "were", "will",
    "would", "can", "could", "should", "may", "might", "must", "let", "please", "thank",
    "thanks", "dear", "mr", "mrs", "ms", "dr", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "january", "february", "march", "april", "june", "july",
    "august", "september", "october", "november", "december", "once", "again", "finally",
    "recently", "previously", "first", "afterward", "afterwards", "initially", "ultimately",
    "separately", "similarly", "likewise", "additionally", "also", "yet", "nor", "having",
    "being",
];

/// Words after which a full stop does not end a sentence.
pub(crate) const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt",
    "st", "jr", "sr", "inc", "corp", "co", "ltd", "vs", "no", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "rev", "mt", "ft", "adm", "cmdr",
    "gens", "reps", "sens", "govs", "supt", "det", "insp", "ave", "blvd", "approx", "est",
    "dept", "univ", "assn", "bros", "messrs", "mme", "mlle", "fig", "etc", "al", "pres",
];

/// Nouns that name an unnamed source ("a senior official", "sources").
pub(crate) const AGENT_NOUNS: &[&str] = &[
    "official", "officials", "source", "sources", "spokesman", "spokeswoman", "spokesperson",
    "spokespeople", "analyst", "analysts", "expert", "experts", "people", "person", "residents",
    "resident", "witness", "witnesses", "police", "authorities", "observers", "critics",
    "supporters", "opponents", "aides", "aide", "advisers", "adviser", "staff", "officers",
    "investigators", "prosecutors", "lawyers", "lawyer", "economists", "economist",
    "researchers", "scientists", "doctors", "statement", "report", "reports", "study",
    "survey", "poll", "polls", "documents", "document", "filing", "memo", "letter", "data",
    "figures", "agency", "ministry", "department", "government", "administration", "campaign",
    "company", "firm", "group", "team", "committee", "court", "judge", "leaders", "leader",
    "members", "member", "voters", "democrats", "republicans", "lawmakers", "senators",
    "diplomats", "diplomat", "military", "army", "someone", "everyone", "nobody", "insiders",
    "insider", "executives", "executive", "employees", "workers", "activists", "protesters",
    "organizers", "organisers", "owners", "fans", "users", "readers", "viewers", "observer",
];

/// People by relation or role, and groups, that the agent and title lists
/// lack ("his wife said", "the family believes").
pub(crate) const PERSON_NOUNS: &[&str] = &[
    "man", "men", "woman", "women", "wife", "husband", "mother", "father", "parent", "parents",
    "son", "daughter", "sister", "brother", "family", "families", "friend", "friends", "couple",
    "victim", "victims", "suspect", "suspects", "boy", "girl", "child", "children", "student",
    "students", "patient", "patients", "citizens", "locals", "survivors", "relatives",
    "colleagues", "allies", "ally", "country", "countries", "nation", "nations", "side",
    "regime", "opposition", "majority", "minority", "public", "crowd", "panel", "jury", "board",
    "council", "union", "unions", "party", "parties", "firms", "companies", "groups",
    "agencies", "ministries", "governments", "officers", "candidates", "nominee", "incumbent",
    "winner", "challenger", "someone", "advocates", "delegates", "associates", "graduates",
    "some", "many", "several", "most", "few", "another", "one", "anyone", "others", "both",
    "all", "none", "neither", "either",
];

/// Nouns with an agent-like ending that name no one ("the number has grown",
/// "the border remains closed").
pub(crate) const NOT_AGENTS: &[&str] = &[
    "number", "numbers", "order", "orders", "matter", "matters", "power", "powers", "border",
    "borders", "water", "paper", "papers", "center", "centre", "chapter", "cancer", "danger",
    "murder", "disorder", "error", "errors", "sector", "sectors", "factor", "factors", "color",
    "colour", "labor", "labour", "favor", "favour", "honor", "rumor", "rumors", "terror",
    "behavior", "behaviour", "summer", "winter", "corner", "answer", "answers", "shelter",
    "computer", "register", "cluster", "weather", "tower", "transfer", "offer", "offers",
    "cover", "layer", "quarter", "quarters", "disaster", "encounter", "character", "meter",
    "tier", "barrier", "finger", "hunger", "anger", "fever", "river", "silver", "timber",
    "rubber", "banner", "dinner", "manner", "mirror", "horror", "vigor", "harbor", "harbour",
    "flavor", "tremor", "event", "events", "percent", "content", "incident", "incidents",
    "accident", "accidents", "extent", "intent", "consent", "talent", "current", "amount",
    "amounts", "element", "elements", "moment", "moments", "variant", "variants", "implant",
    "plant", "plants", "grant", "grants", "warrant", "warrants", "tenant", "potential",
    "material", "materials", "trial", "trials", "denial", "editorial", "tutorial", "memorial",
    "territorial", "social", "initial", "partial", "financial", "commercial", "special",
    "essential", "artificial", "equivalent", "relevant", "significant", "important",
    "different", "recent", "frequent", "urgent", "permanent", "consistent", "independent",
    "efficient", "sufficient", "confident", "evident", "apparent", "present", "absent",
    "silent", "violent", "prominent",
];

/// Nouns that cue an attribution ("in a statement", "in an interview").
pub(crate) const REPORT_NOUNS: &[&str] = &[
    "statement", "statements", "interview", "interviews", "remarks", "comments", "speech",
    "testimony", "tweet", "tweets", "post", "posts", "letter", "report", "reports", "claim",
    "claims", "view", "views", "opinion", "belief", "argument", "announcement", "message",
    "email", "memo", "release", "conference", "briefing", "poll", "survey", "study", "analysis",
    "accusation", "allegation", "allegations", "warning", "promise", "pledge", "plan",
    "proposal", "call", "calls", "criticism", "assessment", "estimate", "estimates", "words",
    "told",
];

/// Verbs of making, moving and meeting that the model sometimes takes for a
/// cue ("unveiled a package", "sailed to"): they never report.
pub(crate) const NOT_REPORTING: &[&str] = &[
    "unveil", "unveils", "unveiled", "unveiling", "introduce", "introduces", "introduced",
    "introducing", "launch", "launches", "launched", "launching", "receive", "receives",
    "received", "receiving", "sign", "signs", "signed", "signing", "deploy", "deploys",
    "deployed", "send", "sends", "sent", "sail", "sailed", "travel", "traveled", "travelled",
    "visit", "visited", "arrive", "arrived", "meet", "met", "buy", "bought", "sell", "sold",
    "build", "built", "win", "won", "lose", "lost", "pay", "paid", "fund", "funded",
];

/// Auxiliaries before a base form or a participle ("will plan", "is seeking").
pub(crate) const AUXILIARIES: &[&str] = &[
    "will", "would", "can", "could", "should", "may", "might", "must", "shall", "do", "does",
    "did", "is", "are", "was", "were", "be", "been", "am", "has", "have", "had", "cannot",
];

/// The forms of "be".
pub(crate) const BE_FORMS: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "am"];

/// A regular past tense or participle by its ending ("barked", "pressed"; not "bed" or
/// "shed", too short to tell).
pub(crate) fn regular_past(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ed")
}

/// A past form, regular or among `PAST_FORMS` ("rejected", "told").
pub(crate) fn past_form(w: &str) -> bool {
    regular_past(w) || PAST_FORMS.contains(&w)
}

/// Past forms that look like base forms ("thought", "sought", "found").
pub(crate) const PAST_FORMS: &[&str] = &[
    "thought", "sought", "found", "felt", "understood", "said", "told", "wrote", "knew",
    "meant", "held", "made", "put", "set", "cut", "read", "hit", "bet", "cast", "spread", "bid",
    "led", "took", "gave", "saw", "heard", "chose", "spoke", "shown", "known", "given", "taken",
    "written", "spoken", "chosen", "won", "lost", "sent", "spent", "kept", "left", "got",
    "came", "became", "began", "ran", "stood", "brought", "bought", "taught",
];

/// Plural nouns without a final "s" ("people want", "police say").
pub(crate) const PLURAL_NOUNS: &[&str] = &[
    "people", "police", "staff", "media", "data", "children", "men", "women", "personnel",
    "clergy", "military", "public", "youth", "elderly", "i", "you", "we", "they", "who",
    "which", "that", "both", "all", "some", "many", "most", "few", "several", "others",
];

fn set(words: &[&'static str]) -> HashSet<&'static str> {
    words.iter().copied().collect()
}

/// The word sets, built once.
pub(crate) struct Lexicon {
    /// Verbs that can report a direct quote ("…," she insisted).
    pub cue: HashSet<&'static str>,
    /// Verbs that take a reported clause without "that".
    pub clause: HashSet<&'static str>,
    /// Verbs with an object before the clause.
    pub object: HashSet<&'static str>,
    /// Verbs that frame quoted fragments.
    pub fragment: HashSet<&'static str>,
    /// Belief, intention and finding verbs.
    pub mind: HashSet<&'static str>,
    /// Public-stance verbs.
    pub stance: HashSet<&'static str>,
    /// Male first names.
    pub male: HashSet<&'static str>,
    /// Female first names.
    pub female: HashSet<&'static str>,
    /// Determiners.
    pub det: HashSet<&'static str>,
    /// Pronouns.
    pub pron: HashSet<&'static str>,
    /// Between subject and verb.
    pub between: HashSet<&'static str>,
    /// Not in a speaker phrase.
    pub stop: HashSet<&'static str>,
    /// Title words.
    pub titles: HashSet<&'static str>,
    /// Organisation words.
    pub org: HashSet<&'static str>,
    /// Capitalised function words.
    pub cap_function: HashSet<&'static str>,
    /// Abbreviations.
    pub abbrev: HashSet<&'static str>,
    /// Agent nouns.
    pub agents: HashSet<&'static str>,
}

impl Lexicon {
    /// A reporting form left out of `cue` because it is more often a noun or
    /// another sense ("states", "reports", "comments"): a verb only where
    /// nothing else can be, as in `"…," the lawsuit states.`
    pub fn noun_like_cue(&self, w: &str) -> bool {
        NOT_SPEECH.contains(&w)
    }
}

/// The shared lexicon.
pub(crate) fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let not = set(NOT_SPEECH);
        let mut cue: HashSet<&'static str> = GGT_VERBS
            .lines()
            .map(str::trim)
            .filter(|w| !w.is_empty() && !w.starts_with('#') && !not.contains(w))
            .collect();
        cue.extend(EXTRA_SPEECH.iter().copied());
        Lexicon {
            cue,
            clause: set(CLAUSE_VERBS),
            object: set(OBJECT_VERBS),
            fragment: set(FRAGMENT_VERBS),
            mind: set(MIND_VERBS),
            stance: set(STANCE_VERBS),
            male: set(MALE_FIRST),
            female: set(FEMALE_FIRST),
            det: set(DETERMINERS),
            pron: set(PRONOUNS),
            between: set(BETWEEN),
            stop: set(STOP),
            titles: set(TITLES),
            org: set(ORG_WORDS),
            cap_function: set(CAP_FUNCTION),
            abbrev: set(ABBREVIATIONS),
            agents: set(AGENT_NOUNS),
        }
    })
}

/// Words that open the adverbials after a postposed attribution ("said on
/// Tuesday", "said in a statement", "said last week").
pub(crate) const TAIL_WORDS: &[&str] = &[
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "to",
    "with",
    "for",
    "from",
    "of",
    "by",
    "via",
    "while",
    "when",
    "as",
    "later",
    "earlier",
    "recently",
    "yesterday",
    "today",
    "tonight",
    "last",
    "this",
    "next",
    "afterward",
    "afterwards",
    "again",
    "too",
    "also",
    "then",
    "privately",
    "publicly",
    "told",
    "then",
    "outside",
    "inside",
    "about",
    "through",
    "over",
    "under",
    "without",
    "near",
    "following",
    "amid",
    "because",
    "since",
    "than",
    "once",
    "shortly",
    "late",
    "early",
    "here",
    "there",
    "now",
    "back",
    "in",
    "told",
    "recalled",
    "added",
];

/// Stance verbs whose form is also a common noun ("show", "plans", "support").
pub(crate) const NOUN_TOO: &[&str] = &[
    "show",
    "shows",
    "support",
    "supports",
    "plan",
    "plans",
    "question",
    "questions",
    "call",
    "calls",
    "attack",
    "attacks",
    "demand",
    "demands",
    "challenge",
    "challenges",
    "fear",
    "fears",
    "hope",
    "hopes",
    "doubt",
    "doubts",
    "wish",
    "favor",
    "favors",
    "praise",
    "blame",
    "offer",
    "offers",
    "promise",
    "promises",
    "pledge",
    "pledges",
    "vow",
    "vows",
    "estimate",
    "estimates",
    "worry",
    "worries",
    "echo",
    "label",
    "want",
    "wants",
];

/// Verbs that report what a document or data found ("the poll shows").
pub(crate) const FINDING_VERBS: &[&str] = &[
    "show",
    "shows",
    "showed",
    "shown",
    "found",
    "finds",
    "suggests",
    "suggested",
    "indicates",
    "indicated",
    "reveals",
    "revealed",
    "estimates",
    "estimated",
    "concluded",
    "concludes",
];

/// Nouns for documents and data that can hold a finding.
pub(crate) const DOCUMENT_NOUNS: &[&str] = &[
    "poll",
    "polls",
    "survey",
    "surveys",
    "study",
    "studies",
    "report",
    "reports",
    "analysis",
    "data",
    "figures",
    "numbers",
    "results",
    "research",
    "review",
    "audit",
    "investigation",
    "video",
    "footage",
    "transcript",
    "documents",
    "records",
    "filings",
    "returns",
    "average",
    "averages",
    "census",
    "model",
    "forecast",
    "memo",
    "letter",
    "emails",
    "report's",
    "records",
    "lawsuit",
    "lawsuits",
    "indictment",
    "statement",
    "statements",
    "filing",
    "ruling",
    "judgment",
    "verdict",
    "papers",
    "article",
    "articles",
    "editorial",
    "column",
    "book",
    "memoir",
];
