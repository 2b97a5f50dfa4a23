use super::*;
use crate::article::Article;
use crate::extract::{index_article, ArticleIndex};

fn index(text: &str) -> ArticleIndex {
    let article = Article::from_bytes("a.txt".into(), text.as_bytes().to_vec()).unwrap();
    index_article(&article, None)
}

/// Who an attribution credits: its source, or "(unnamed: desc)" / "(he?)".
fn who(a: &Attribution) -> String {
    match (&a.source, &a.speaker) {
        (Some(s), _) => s.clone(),
        (None, Speaker::Unnamed(d)) => format!("(unnamed: {d})"),
        (None, Speaker::Pronoun(p)) => format!("({p}?)"),
        (None, Speaker::Named { name, .. }) => name.clone(),
    }
}

/// Every attribution of `text` as "source <- cue [via X] [of Y] [aka Z]".
fn atts(text: &str) -> Vec<String> {
    index(text)
        .attributions
        .iter()
        .map(|a| {
            let mut out = format!("{} <- {}", who(a), a.cue);
            if let Some(v) = &a.via {
                out += &format!(" via {v}");
            }
            if let Some(f) = &a.affiliation {
                out += &format!(" of {f}");
            }
            for alias in &a.aliases {
                out += &format!(" aka {alias}");
            }
            out
        })
        .collect()
}

#[test]
fn according_to_names_the_source_and_its_acronym() {
    assert_eq!(
        atts("The US conducted more than 300 airstrikes, according to the Armed Conflict Location and Event Data Project (ACLED)."),
        ["Armed Conflict Location and Event Data Project <- according to aka ACLED"]
    );
    assert_eq!(atts("According to UN data, ISKP has up to 6,000 fighters."), ["UN <- according to"]);
    assert_eq!(atts("According to the Wall Street Journal, it grew."), ["Wall Street Journal <- according to"]);
    assert_eq!(
        atts("According to a 2018 report by the Washington-based Centre for Strategic and International Studies, it had support."),
        ["Centre for Strategic and International Studies <- according to … by"]
    );
    assert_eq!(
        atts("According to a voter registration card found by Afghan security forces, he is 31 years old."),
        ["(unnamed: a voter registration card found by Afghan security forces) <- according to"]
    );
}

#[test]
fn speech_verbs_credit_their_subject() {
    assert_eq!(atts("Meanwhile, the United Nations said IS continues."), ["United Nations <- said"]);
    assert_eq!(
        atts("The current affairs magazine Foreign Policy estimates that ISKP is small."),
        ["Foreign Policy <- estimates"]
    );
    assert_eq!(
        atts("The UN Assistance Mission in Afghanistan documented 77 attacks against US forces."),
        ["UN Assistance Mission in Afghanistan <- documented"]
    );
    assert_eq!(atts("In late 2021, the news website Politico showed how they competed."), ["Politico <- showed"]);
}

#[test]
fn titles_and_appositives_are_not_the_source() {
    assert_eq!(
        atts("In October 2021, Foreign Minister Amir Khan Muttaqi told Reuters that the government \"is able to control the threat.\""),
        ["Amir Khan Muttaqi <- told via Reuters"]
    );
    assert_eq!(
        atts("Clarke, a senior research fellow and director of policy at the Soufan Centre, estimated that ISKP had up to 2,200 fighters."),
        ["Clarke <- estimated of Soufan Centre"]
    );
    assert_eq!(
        atts("Bradley Bowman of the Centre on Military and Political Power at the Foundation for Defence of Democracies described ISKP as \"horrible\"."),
        ["Bradley Bowman <- described … as of Centre on Military and Political Power at the Foundation for Defence of Democracies"]
    );
    assert_eq!(
        atts("Afghan affairs specialist Rina Amiri told Foreign Affairs magazine in November 2021 that ISKP was growing."),
        ["Rina Amiri <- told via Foreign Affairs"]
    );
    assert_eq!(
        atts("ABC News interviewed Colin Clarke, a counterterrorism expert, who said ISKP followed a decentralised structure."),
        ["Colin Clarke <- said"]
    );
}

#[test]
fn inverted_and_quoted_forms() {
    assert_eq!(
        atts("\"He ended up better positioned,\" said Ex-Trac, an organisation that analyses threats."),
        ["Ex-Trac <- said"]
    );
    assert_eq!(
        atts("A CBS News report from October 2021 quoted sources as saying that ISKP was \"working deliberately\"."),
        ["CBS News <- quoted … as saying"]
    );
}

#[test]
fn unnamed_sources_stay_unnamed() {
    assert_eq!(
        atts("The former officials say he kept his identity hidden."),
        ["(unnamed: The former officials) <- say"]
    );
    assert_eq!(atts("One security source said he met the deputy."), ["(unnamed: One security source) <- said"]);
    assert_eq!(
        atts("But two former Afghan officials told CBS that Shahab was a veteran."),
        ["(unnamed: two former Afghan officials) <- told via CBS"]
    );
}

#[test]
fn pronouns_carry_back_to_the_last_named_speaker() {
    let text = "Clarke, of the Soufan Centre, said the Taliban will benefit.\n\nHe added that it was \"a threat\".\n\nIt is unclear.\n\n\"I don't think so,\" he said.";
    assert_eq!(atts(text), ["Clarke <- said of Soufan Centre", "Clarke <- added of Soufan Centre", "(he?) <- said"]);
}

#[test]
fn a_resolved_pronoun_names_its_speaker_again() {
    let text = "Bowman said it was bad.\n\nHe added more.\n\nHe suggests bases.";
    assert_eq!(atts(text), ["Bowman <- said", "Bowman <- added", "Bowman <- suggests"]);
}

#[test]
fn it_resolves_to_an_organisation_past_a_heading() {
    let text = "\"He did well,\" said Ex-Trac, an organisation.\n\nHiding in plain sight\n\nIt said his leadership \"culminated in change\".";
    assert_eq!(atts(text), ["Ex-Trac <- said", "Ex-Trac <- said"]);
}

#[test]
fn claims_of_responsibility_and_object_clauses_are_not_attributions() {
    assert!(atts("The attack, which IS-KP claimed, killed 137 people.").is_empty());
    assert!(atts("IS claimed responsibility for the attack.").is_empty());
    assert!(atts("\"I don't think the US can trust Pakistan,\" which was said.").is_empty());
}

/// What each attribution of `text` covers, as "source: words, words".
fn covers(text: &str) -> Vec<String> {
    let index = index(text);
    (0..index.attributions.len())
        .map(|i| {
            let (figures, dates, quotes) = index.covered(i);
            let words = figures
                .iter()
                .map(|&f| index.figures[f].span)
                .chain(dates.iter().map(|&d| index.dates[d].span))
                .chain(quotes.iter().map(|&q| index.quotes[q].span))
                .map(|span| &text[span.start..span.end])
                .collect::<Vec<_>>();
            format!("{}: {}", who(&index.attributions[i]), words.join(", "))
        })
        .collect()
}

// Cue families, each in the tenses and word orders news copy uses.

#[test]
fn speech_verbs_in_every_tense() {
    assert_eq!(atts("The health ministry says 40 people died."), ["(unnamed: The health ministry) <- says"]);
    assert_eq!(atts("Oxfam has said that 40 people died."), ["Oxfam <- said"]);
    assert_eq!(atts("The Red Cross had warned of 40 deaths."), ["Red Cross <- warned"]);
    assert_eq!(atts("Amnesty International documented 40 deaths."), ["Amnesty International <- documented"]);
    assert_eq!(atts("The World Bank estimates the damage at $5bn."), ["World Bank <- estimates"]);
    assert_eq!(atts("Reuters reported 40 deaths on Monday."), ["Reuters <- reported"]);
    assert_eq!(atts("Mr Blair claimed that turnout would rise."), ["Blair <- claimed"]);
    assert_eq!(atts("Ofcom noted that 20% of homes had HD."), ["Ofcom <- noted"]);
    assert_eq!(atts("Dr Gibbons added that lists were falling."), ["Gibbons <- added"]);
}

#[test]
fn a_speaker_after_the_verb() {
    assert_eq!(
        atts("\"The region is very big,\" said Serge Troeber, deputy head of the department at Swiss Re."),
        ["Serge Troeber <- said of Swiss Re"]
    );
    assert_eq!(atts("\"The IMF stands ready,\" said managing director Rodrigo Rato."), ["Rodrigo Rato <- said"]);
    assert_eq!(
        atts("\"Foxx will and should win,\" says Total Film's Jamie Graham."),
        ["Jamie Graham <- says of Total Film"]
    );
    assert_eq!(atts("The toll rose to 40, said the United Nations."), ["United Nations <- said"]);
    assert_eq!(atts("Part of this is down to training, say industry experts."), ["(unnamed: industry experts) <- say"]);
    // A verb after a comma that takes a clause is no inverted cue.
    assert!(atts("A small number, 17%, said they would not miss it.").is_empty());
}

#[test]
fn documents_credit_their_author() {
    assert_eq!(atts("The UN's figures show that 6,000 fighters remain."), ["UN <- show"]);
    assert_eq!(
        atts("Office for National Statistics figures show a 5% rise."),
        ["Office for National Statistics <- show"]
    );
    assert_eq!(
        atts("Data from the World Bank put the cost at $5bn."),
        ["World Bank <- data from", "World Bank <- put"]
    );
    assert_eq!(
        atts("Figures released by the Home Office showed a 5% fall in crime."),
        ["Home Office <- figures released by", "Home Office <- showed"]
    );
    assert_eq!(
        atts("Growth was rapid, with World Tourism Organisation figures showing a 45% increase."),
        ["World Tourism Organisation <- showing"]
    );
    assert_eq!(atts("Various reports suggest that the group is growing."), ["(unnamed: Various reports) <- suggest"]);
    // A verb that needs a document as its subject has none here.
    assert!(atts("Few sets on sale can show HD in its full glory.").is_empty());
}

#[test]
fn quoted_as_saying_in_both_voices() {
    assert_eq!(
        atts("The EU's Humanitarian Aid Commissioner, Louis Michel, was quoted as saying that aid was key."),
        ["Louis Michel <- was quoted as saying of EU"]
    );
    assert_eq!(
        atts("The minister was quoted by Reuters as saying that 40 people died."),
        ["(unnamed: The minister) <- was quoted as saying via Reuters"]
    );
}

#[test]
fn citing_and_per() {
    assert_eq!(
        atts("Reuters put the toll at 40, citing hospital officials."),
        ["Reuters <- put", "(unnamed: hospital officials) <- citing"]
    );
    assert_eq!(atts("Aid needs are about $5bn, citing estimates from the World Bank."), ["World Bank <- citing"]);
    assert_eq!(atts("The fund lost $2bn last year, per the Financial Times."), ["Financial Times <- per"]);
    assert_eq!(atts("Per UN data, 6,000 fighters remain."), ["UN <- per"]);
    assert!(atts("Prices rose 5 per cent, or £3 per person.").is_empty());
}

#[test]
fn passives_credit_the_agent() {
    assert_eq!(atts("The deaths were reported by the Red Cross."), ["Red Cross <- reported by"]);
    assert_eq!(atts("It was estimated by the UN that 6,000 fighters remain."), ["UN <- estimated by"]);
    assert!(atts("The figure was reported on Monday.").is_empty());
}

#[test]
fn headlines_credit_the_name_before_the_colon() {
    assert_eq!(atts("UN: ISKP has up to 6,000 fighters\n\nBody text."), ["UN <- :"]);
    assert_eq!(atts("Goldsmith: 'I was not leant on'\n\nBody text."), ["Goldsmith <- :"]);
    // A question, a label without a claim, or a sentence of the body is no headline.
    assert!(atts("ISKP: Who are the terrorists behind the attack?\n\nBody.").is_empty());
    assert!(atts("Obituary: Dame Alicia Markova\n\nBody text.").is_empty());
    assert!(atts("Nadal wins\n\nResult: Nadal won 6-4 in the final set of the match.").is_empty());
}

#[test]
fn participles_carry_on_the_clause_speaker() {
    assert_eq!(
        atts("Clarke felt ISKP could attack Iran, adding that its advantage lay in recruiting."),
        ["Clarke <- felt", "Clarke <- adding"]
    );
    assert_eq!(
        atts("Meanwhile Ms Hutt defended her record, saying waiting times were only 10% of the agenda."),
        ["Hutt <- saying"]
    );
    assert_eq!(
        atts("A Labour Party spokesman criticised the record, saying police numbers had fallen by 1,132."),
        ["(unnamed: A Labour Party spokesman) <- saying of Labour Party"]
    );
}

// The source is the whole name, without titles, openers or appositives.

#[test]
fn descriptions_and_appositives_around_a_name() {
    assert_eq!(
        atts("The United Nations' emergency relief coordinator, Jan Egeland, said aid was needed."),
        ["Jan Egeland <- said of United Nations"]
    );
    assert_eq!(
        atts("Dr Gibbons, who was a GP in Blaengwynfi, in the Upper Afan Valley, said staff wanted calm."),
        ["Gibbons <- said"]
    );
    assert_eq!(
        atts("In response, Ieuan Wyn Jones, leader of the Plaid Cymru group in the assembly, said it was a reshuffle."),
        ["Ieuan Wyn Jones <- said of Plaid Cymru"]
    );
    assert_eq!(
        atts("Chairman of the Environmental Audit Committee Peter Ainsworth MP, said: \"It is alarming.\""),
        ["Peter Ainsworth <- said of Environmental Audit Committee"]
    );
    assert_eq!(
        atts("China's economy grew, the Deutsche Welle radio station reported."),
        ["Deutsche Welle <- reported"]
    );
}

#[test]
fn sentence_openers_are_not_part_of_the_name() {
    assert_eq!(
        atts("In November the British Medical Association said staff were weeping with despair."),
        ["British Medical Association <- said"]
    );
    assert_eq!(atts("Meanwhile Ms Hutt said she hoped for the best."), ["Hutt <- said"]);
    assert_eq!(
        atts("The new health minister for Wales says there are lessons to learn."),
        ["(unnamed: The new health minister for Wales) <- says of Wales"]
    );
}

#[test]
fn a_person_told_is_no_outlet() {
    assert_eq!(atts("Mr Morgan told Ms Hutt of the reshuffle on Monday."), ["Morgan <- told"]);
    assert_eq!(atts("Tony Blair has told Labour supporters he is back."), ["Tony Blair <- told"]);
    assert_eq!(
        atts("The Red Cross told the Reuters news agency that it was seeking $6.5m."),
        ["Red Cross <- told via Reuters"]
    );
}

// Carry-over.

#[test]
fn a_title_tells_he_from_she() {
    let text = "Ms Hutt said lists were falling. Mr Morgan said he agreed.\n\nShe added that it took time.";
    assert_eq!(atts(text), ["Hutt <- said", "Morgan <- said", "Hutt <- added"]);
}

#[test]
fn a_person_named_in_between_leaves_the_pronoun_unresolved() {
    let text = "\"I think Swank will win,\" said Mr French. Staunton is the choice of Steven Gaydos, an editor.\n\n\
                \"It could flip,\" he told the BBC News website.";
    assert_eq!(atts(text), ["French <- said", "(he?) <- told via BBC News"]);
}

#[test]
fn a_pronoun_two_paragraphs_away_stays_unresolved() {
    let text =
        "Clarke said ISKP will grow.\n\nISKP is against compromise.\n\nHe also suggested it may declare a caliphate.";
    assert_eq!(atts(text), ["Clarke <- said", "(he?) <- suggested"]);
}

#[test]
fn descriptions_stand_for_the_one_source_they_can_mean() {
    let text =
        "According to the Wall Street Journal, ISKP is a threat.\n\nThe US newspaper also highlighted its growth.";
    assert_eq!(atts(text), ["Wall Street Journal <- according to", "Wall Street Journal <- highlighted"]);
    let text =
        "Foreign Minister Amir Khan Muttaqi told Reuters the threat was contained. The minister added that 40 died.";
    assert_eq!(atts(text), ["Amir Khan Muttaqi <- told via Reuters", "Amir Khan Muttaqi <- added"]);
    let text = "Two former Afghan officials told CBS that Shahab was a veteran.\n\n\
                The former officials said he was trained in Pakistan.";
    assert_eq!(
        atts(text),
        ["(unnamed: Two former Afghan officials) <- told via CBS", "(unnamed: The former officials) <- said via CBS"]
    );
    // Two organisations fit "the group": nothing is guessed.
    let text = "The UN said 40 died. Oxfam said 50 died.\n\nThe group said more would follow.";
    assert_eq!(atts(text), ["UN <- said", "Oxfam <- said", "(unnamed: The group) <- said"]);
}

// Aliases learned from the text.

#[test]
fn aliases_from_brackets_or_and_surnames() {
    let index = index(
        "US Central Command (CentCom) launched strikes. The Islamic State Khorasan Province, or ISKP, grew.\n\n\
         Colin Clarke said it was a threat. Clarke added that it would grow.",
    );
    let expand = |name: &str| index.aliases.expand(&[name.to_string()]);
    assert_eq!(expand("CentCom"), ["CentCom", "US Central Command"]);
    assert_eq!(expand("Islamic State Khorasan Province"), ["Islamic State Khorasan Province", "ISKP"]);
    assert_eq!(expand("Clarke"), ["Clarke", "Colin Clarke"]);
    assert_eq!(expand("the US Central Command's"), ["the US Central Command's", "CentCom"]);
    // ", or" needs the short form to be built from the name's words.
    assert_eq!(expand("Britain"), ["Britain"]);
}

#[test]
fn a_surname_shared_by_two_persons_links_to_neither() {
    let index = index("Colin Clarke said it grew. Kenneth Clarke said it shrank. Clarke added that it would end.");
    assert_eq!(index.aliases.expand(&["Clarke".to_string()]), ["Clarke"]);
}

// Scope: what each attribution covers.

#[test]
fn a_trailing_cue_covers_the_clause_before_it() {
    assert_eq!(
        covers("Between 2017 and 2018, the US conducted more than 300 airstrikes, according to ACLED."),
        ["ACLED: more than 300, 2017 and 2018"]
    );
}

#[test]
fn a_conjunction_opens_another_speakers_clause() {
    assert_eq!(
        covers("The blast killed 170 people, and police said 20 of them were children."),
        ["(unnamed: police): 20"]
    );
    assert_eq!(
        covers("Clarke put the number at 2,200 fighters, while the UN says up to 6,000."),
        ["Clarke: 2,200", "UN: up to 6,000"]
    );
}

#[test]
fn a_quote_split_by_its_cue_is_covered_on_both_sides() {
    assert_eq!(covers("\"I don't think so,\" he said, \"not at all.\""), ["(he?): I don't think so,, not at all."]);
}

#[test]
fn a_quotation_over_several_sentences_keeps_its_speaker() {
    let text = "Amiri said: \"ISKP may mobilise 2,000 young men. It recruited women in Syria.\"";
    assert_eq!(covers(text), ["Amiri: 2,000, ISKP may mobilise 2,000 young men. It recruited women in Syria."]);
}

#[test]
fn a_quotation_running_into_the_next_paragraph_keeps_its_speaker() {
    let text = "Amiri said it \"may mobilise 2,000 young men.\n\n\"In Syria, IS recruited 500 women.\"";
    assert_eq!(covers(text), ["Amiri: 2,000, 500, may mobilise 2,000 young men., In Syria, IS recruited 500 women."]);
}

#[test]
fn a_quote_opening_the_next_paragraph_continues_the_account() {
    let text = "\"We cannot trust them,\" he said.\n\n\"In Central Asia, 3 bases would do.\"\n\nIt has 40 bases.";
    assert_eq!(covers(text), ["(he?): 3, We cannot trust them,, In Central Asia, 3 bases would do."]);
}

#[test]
fn a_pull_quote_repeating_earlier_words_is_no_continuation() {
    let text = "Bowman said they were \"the enemies of all humanity\".\n\n\"The enemies of all humanity\"";
    assert_eq!(covers(text), ["Bowman: the enemies of all humanity"]);
}

#[test]
fn a_quote_after_the_speakers_cue_continues_the_account() {
    let text = "But he said the NHS needed 3 new hospitals. \"We do need a consistent approach.\" It has 40.";
    assert_eq!(covers(text), ["(he?): 3, We do need a consistent approach."]);
}

#[test]
fn a_person_keeps_the_affiliation_given_once() {
    let text = "\"I'd be happy,\" said Charles Gant, film editor of Heat. \"She will win,\" said Mr Gant.";
    assert_eq!(atts(text), ["Charles Gant <- said of Heat aka Gant", "Gant <- said of Heat aka Charles Gant"]);
}

#[test]
fn a_participle_belongs_to_its_own_clause() {
    assert_eq!(
        atts("Thailand has said it wants no freeze, while India rejected aid, saying it can cope."),
        ["Thailand <- said"]
    );
    assert!(atts("Security warning over 'FBI virus'").is_empty());
    assert!(atts("Lycos has shut down the campaign saying it had started a debate.").is_empty());
}

#[test]
fn a_cue_verb_used_as_a_noun_is_no_cue() {
    assert!(atts("The trouble began on the Wright Stuff show, with a mother marching up to him.").is_empty());
    assert!(atts("Reality TV shows are popular with 40% of viewers.").is_empty());
    assert!(atts("Hereford Hospital Trust sent out a letter telling patients to wait.").is_empty());
}

#[test]
fn adverbs_stand_between_a_subject_and_its_verb_but_nouns_do_not() {
    assert_eq!(atts("Mr Brown has publicly said that 40 jobs would go."), ["Brown <- said"]);
    assert_eq!(atts("The family said 40 people came."), ["(unnamed: The family) <- said"]);
    assert!(atts("Relations are widely reported to be cool.").is_empty());
}

#[test]
fn dates_and_indefinite_descriptions_are_no_names() {
    assert_eq!(
        atts("Mr Blair told the Parliamentary Labour Party on Monday that 40 seats were at risk."),
        ["Blair <- told via Parliamentary Labour Party"]
    );
    assert_eq!(
        atts("He refused to answer, citing a California \"shield\" law."),
        ["(unnamed: a California \"shield\" law) <- citing"]
    );
}

#[test]
fn a_participle_before_its_agent_credits_only_the_agent() {
    assert!(atts("Solutions suggested by conservationists include fewer flights.").is_empty());
    assert_eq!(atts("Measures suggested by the World Bank include debt relief."), ["World Bank <- suggested by"]);
}

#[test]
fn curly_possessives_are_cut_on_character_boundaries() {
    assert_eq!(atts("He said Britain’s economy grew 3% last year."), ["(he?) <- said"]);
    assert_eq!(
        atts("Manchester City’s manager said the squad was tired."),
        ["(unnamed: Manchester City’s manager) <- said"]
    );
    assert_eq!(atts("“We lost,” said the Observer’s Philip French."), ["Philip French <- said of Observer"]);
    assert_eq!(
        atts("The United Nations’ envoy, Jan Egeland, said aid was late."),
        ["Jan Egeland <- said of United Nations"]
    );
    assert_eq!(atts("Sales rose 4%, according to Britain’s CBI."), ["CBI <- according to of Britain"]);
}
