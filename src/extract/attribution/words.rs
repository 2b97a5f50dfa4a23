//! The words that attribution reading relies on, each a `word_list!` of
//! [`crate::extract::lexicon`].

use crate::extract::lexicon::word_list;

/// Verbs that credit their subject with what they said: those that take a
/// statement freely and those that need one to follow.
pub(super) fn is_cue_verb(w: &str) -> bool {
    takes_statement(w) || needs_statement(w)
}

word_list!(
    /// Verbs that credit their subject with what follows, in every tense
    /// and person news copy uses.
    takes_statement: "acknowledged acknowledges added adds admits admitted agreed agrees alleges announced
    announces argue argued argues asserted asserts believe believes calculated cautioned claimed claims commented
    conceded concedes concluded confirmed confirms contended counted described describes
    detailed disclosed documented documents emphasised emphasized estimate estimated estimates explained explains
    feels felt forecast forecasts found highlighted highlights indicate indicated indicates insist insisted insists
    noted notes observed observes predict predicted predicts put puts quoted
    reckoned reckons recorded remarked replied replies reported reports revealed reveals said say says show
    showed shows stated stressed stresses suggest suggested suggests tell tells thinks told warn warned warns
    writes wrote"
);

word_list!(
    /// Verbs that report speech only when the words said follow them (a
    /// colon, a quotation or a "that" clause) or precede them ("…?" asked
    /// Mr Dobson): "welcomed the move" or "urged restraint" quotes nothing.
    /// Present forms that are mostly nouns ("Tory demands that …") are left out.
    needs_statement: "accepted accepts asked asks complained complains condemned condemns criticised
    criticises criticized declared declares demanded denied denies hailed hails maintained maintains pledged
    praised praises promised questioned recalled recalls responded responds urged urges vowed welcomed welcomes"
);

word_list!(
    /// Participles that carry on a speaker's account ("…, adding that").
    is_participle_cue: "adding arguing claiming explaining insisting noting saying stressing telling warning"
);

word_list!(
    /// Cue verbs that are also common nouns or need an object ("reports",
    /// "claims", "found"): these count only with a named or pronoun subject.
    needs_named_subject: "agreed claims counted documents estimates feels felt forecast forecasts found notes put puts
    recorded reports shows thinks"
);

word_list!(
    /// Verbs whose subject is a document when it has no name ("figures
    /// show", "reports suggest"): another unnamed subject is no source.
    is_document_verb: "found indicate indicated indicates reveal revealed reveals show showed showing shows suggest
    suggested suggesting suggests"
);

word_list!(
    /// Words skipped between a subject and its verb ("He also suggested",
    /// "she had only told").
    is_adverb: "again already also earlier even first further had has have herself himself however initially
    itself just last later now once only originally personally previously privately publicly recently
    repeatedly reportedly separately still subsequently themselves then today too will would yesterday"
);

word_list!(
    /// Nouns that name a document a source issued ("a report by X").
    is_document_noun: "analysis assessment census count data estimate estimates figures findings investigation
    numbers poll polls report reports research review statement statistics studies study survey surveys tally"
);

word_list!(
    /// Participles between a document and its author ("figures released by").
    is_issuing_participle: "collected commissioned compiled gathered issued produced published released"
);

word_list!(
    /// Words that join the parts of a name ("Centre for Strategic and
    /// International Studies", "Abu Bakr al-Baghdadi").
    is_name_connector: "& al and at bin da de del du for in la le of on the van von"
);

word_list!(
    /// Titles of office and rank, dropped before a name of two words or more
    /// ("Foreign Minister Amir Khan Muttaqi").
    is_title: "acting actor actress admiral adviser advisor ambassador analyst archbishop author bishop boss capt
    captain chair chairman chairwoman chancellor chief coach col colonel columnist commander commissioner constable
    correspondent councillor critic defence defense deputy designer detective director economist editor executive
    expert father finance first foreign former founder gen general gov governor head health home host inspector
    interior judge justice king lady leader lieutenant lt major manager mayor mep minister mp mullah novelist
    officer pope presenter president prime prince princess producer pundit reporter representative rep researcher
    secretary sen senator sergeant sgt sheikh singer spokesman spokesperson spokeswoman star strategist
    superintendent vice writer"
);

word_list!(
    /// Courtesy titles, dropped before any name and marking it as a person's
    /// ("Mr Binks", "Lord Goldsmith").
    is_courtesy_title: "baron baroness cllr dame dr lady lord miss mr mrs ms mx prof professor rev reverend sir"
);

word_list!(
    /// Words that mark a name as an organisation's.
    is_organisation_word: "affairs agence agency airlines airways alliance army assembly associated association
    authority bank board bureau center centre chamber chambers club coalition command commission committee company congress
    corporation council court daily data department directorate economist europe express federation forces
    foundation front fund government group guardian herald house inc institute institution international journal
    league ltd magazine mail military ministry mission monitor motors movement nations navy network news observer
    office organisation organization parliament party plc police policy politico post press program programme
    project radio relations reuters review senate service services society state states studies taliban
    telegraph television times tribune trust tv union unit university watch"
);

word_list!(
    /// Words that can only start a subject in lower case at the head of a
    /// sentence: "Officials said", "Some felt".
    is_common_subject: "activists all analysts another authorities both campaigners correspondents critics diplomats doctors
    each economists either executives experts fans few investigators investors lawyers leaders many members meps
    ministers most mps msps neither none observers officers officials one others people police prosecutors
    protesters reporters reports researchers residents scientists several some sources staff such teachers that these this
    those traders unions users various voters what witnesses workers"
);

word_list!(
    /// Capitalised words that open a sentence before its subject
    /// ("Meanwhile Ms Hutt said", "In November the BMA said").
    is_sentence_opener: "after also and asked at before but by commenting during earlier for however in indeed instead last
    later meanwhile moreover next now on responding separately since so speaking still then this today tonight until
    writing yesterday yet"
);

word_list!(
    /// Words that end a subject without a name: a clause boundary, an
    /// auxiliary or a relative ("… which can show", "as figures showed").
    is_subject_boundary: "after although am are aren't as be because been before being but can can't cannot could
    couldn't did didn't do does doesn't don't had hadn't has hasn't have haven't if is isn't may might must shall
    should shouldn't since so than that though unless until was wasn't were weren't when where whereas whether which
    while who whom whose will won't would wouldn't yet"
);

word_list!(
    /// Conjunctions that open a new clause, and with it a new account
    /// ("…, but the UN said").
    is_clause_conjunction: "although as because but though whereas while yet"
);

word_list!(
    /// Head nouns of a description that can stand for an organisation
    /// credited just before ("the US newspaper", "the aid agency").
    is_organisation_noun: "agency authority bank body broadcaster channel charity company council daily department
    firm group institute magazine ministry network newspaper organisation organization outlet paper party
    publication regulator service site station tabloid union watchdog website weekly"
);

word_list!(
    /// Organisation words that name no one organisation when they stand
    /// alone ("the Government said", "Police said").
    is_generic_institution: "agency army assembly authority bank board bureau club command commission committee
    company congress council court department forces government group house military ministry navy network news
    office parliament party police radio senate service services television tv union"
);

word_list!(
    /// Organisation nouns for news media, which may stand for the outlet a
    /// speaker told ("told the Guardian … the newspaper said").
    is_media_noun: "broadcaster channel daily magazine newspaper outlet paper publication site station tabloid
    website weekly"
);

word_list!(
    /// Titles that mark a man, for telling "he" from "she".
    is_male_title: "baron father king lord mr prince sir"
);

word_list!(
    /// Titles that mark a woman.
    is_female_title: "baroness dame lady miss mrs ms princess queen"
);

word_list!(
    /// Words of place names, which look like a person's name otherwise
    /// ("Middle East", "Sri Lanka", "Crocus City Hall").
    is_place_word: "africa america asia bay cape central city coast county district east europe fort great gulf
    hall hills hong island islands kingdom lake las los lower middle mount new north ocean port province region
    republic river road san santa saudi sea south square sri st street upper valley west"
);

word_list!(
    /// Acronyms of countries, which qualify a description without naming a
    /// source ("the US newspaper").
    is_country_acronym: "drc uae uk us usa ussr"
);

word_list!(
    /// Nouns of a time phrase that may stand between a subject and its verb
    /// ("this week", "last year").
    is_time_noun: "afternoon evening month morning night week weekend year"
);

word_list!(
    /// Words that open an indirect question ("asked why", "asked if").
    is_wh_word: "how if what when where whether which who why"
);

word_list!(
    /// Prepositions that are never conjunctions: a pronoun after one is its
    /// object ("membership of it demanded"), never a subject.
    is_preposition: "about above across against among around at behind below beside between by despite during
    except for from in inside into near of off on onto outside over past through to toward towards under upon via
    with within without"
);

/// Subject pronouns a cue verb can take.
pub(super) fn is_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she" | "it" | "they" | "we" | "i")
}

/// Prepositions that introduce a speaker's affiliation ("Clarke, of the
/// Soufan Centre"; "Kirsty Williams, for the Lib Dems").
pub(super) fn is_affiliation_preposition(w: &str) -> bool {
    matches!(w, "at" | "of" | "from" | "with" | "for")
}
